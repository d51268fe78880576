// extract + merge must give exactly what one `check` run gives, however the inputs are sharded.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/article_record.hpp"
#include "check/run_check.hpp"
#include "check/run_extract.hpp"
#include "check/run_merge.hpp"
#include "core/diagnostic.hpp"
#include "corpus_fixtures.hpp"
#include "load/load.hpp"
#include "report/github.hpp"
#include "report/report.hpp"
#include "report/sarif.hpp"
#include "temp_dir.hpp"

namespace fs = std::filesystem;
using namespace quotecheck;

namespace {

const std::string kScaleFixtures = QUOTECHECK_FIXTURES "/scale";

std::string json_of(const CheckResult& result) {
    std::ostringstream out;
    write_json_report(out, result);
    return out.str();
}

std::string text_of(const CheckResult& result) {
    std::ostringstream out;
    write_text_report(out, result, ReportOptions{});
    return out.str();
}

using testing::TempDir;

std::vector<std::string> extract_shards(const std::string& input, unsigned count,
                                        const TempDir& dir, unsigned jobs) {
    std::vector<std::string> files;
    for (unsigned shard = 0; shard < count; ++shard) {
        ExtractOptions options;
        options.check.paths = {input};
        options.shard = shard;
        options.shard_count = count;
        options.check.jobs = jobs;
        const std::string file =
            (dir.path / ("shard-" + std::to_string(shard) + ".jsonl")).string();
        std::ofstream out(file);
        run_extract(options, out);
        files.push_back(file);
    }
    return files;
}

}  // namespace

TEST_CASE("extracting in shards and merging gives exactly the findings of a single run") {
    CheckOptions check;
    check.paths = {kScaleFixtures};
    const CheckResult single = run_check(check);
    REQUIRE(single.articles.size() == 5);
    REQUIRE(single.findings.size() >= 5);  // the fixtures carry broken marks and bad bytes

    const TempDir dir;
    for (unsigned shards : {1u, 2u, 3u, 5u}) {
        CAPTURE(shards);
        // Shards listed in reverse: merge must not depend on the order its files are given in.
        std::vector<std::string> files =
            extract_shards(kScaleFixtures, shards, dir, shards % 2 + 1);
        std::reverse(files.begin(), files.end());
        const CheckResult merged = run_merge(files, CheckOptions{});
        CHECK(json_of(merged) == json_of(single));
        CHECK(text_of(merged) == text_of(single));
    }
}

TEST_CASE("extract writes one line per article of its shard, in discovery order") {
    ExtractOptions options;
    options.check.paths = {kScaleFixtures};
    options.shard = 1;
    options.shard_count = 2;
    std::ostringstream out;
    const ExtractSummary summary = run_extract(options, out);
    CHECK(summary.articles == 2);
    std::istringstream lines(out.str());
    std::vector<std::string> paths;
    for (std::string line; std::getline(lines, line);)
        paths.push_back(nlohmann::json::parse(line).at("path").get<std::string>());
    REQUIRE(paths.size() == 2);
    CHECK(paths[0] == kScaleFixtures + "/ferry-fares.txt");
    CHECK(paths[1] == kScaleFixtures + "/market-hall.txt");
}

TEST_CASE("an article with invalid UTF-8 travels as raw bytes and comes back unchanged") {
    const std::string bytes = "Caf\xe9 owner said \xe2\x80\x9cwe stay open\xe2\x80\x9d.\n";
    const ArticleAnalysis original =
        analyse_article(load_bytes("cafe.txt", bytes, ArticleFormat::text), 0);
    const nlohmann::json record = article_record(original);
    CHECK(record.contains("source_bytes"));
    CHECK_FALSE(record.contains("source"));
    const ArticleAnalysis back = read_article_record(
        nlohmann::json::parse(record.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict)),
        0);
    CHECK(back.article.source().bytes() == bytes);
    REQUIRE(back.findings.size() == original.findings.size());
    CHECK(back.findings.front().rule == "input.invalid-utf8");
    REQUIRE(back.extraction.quotes.size() == 1);
    CHECK(back.extraction.quotes[0].text == original.extraction.quotes[0].text);
}

TEST_CASE("a malformed record line is an error naming the file and line") {
    const TempDir dir;
    const std::string file = (dir.path / "bad.jsonl").string();
    {
        ExtractOptions options;
        options.check.paths = {kScaleFixtures + "/market-hall.txt"};
        std::ofstream out(file);
        run_extract(options, out);
        out << "{\"record\": \"quotecheck-article\", \"version\": 1}\n";
    }
    CHECK_THROWS_WITH(run_merge({file}, CheckOptions{}),
                      Catch::Contains(file + ":2: bad article record"));
    CHECK_THROWS_WITH(run_merge({(dir.path / "missing.jsonl").string()}, CheckOptions{}),
                      Catch::Contains("missing.jsonl: cannot read records"));
}

TEST_CASE("check output is identical whatever the number of jobs") {
    CheckOptions options;
    options.paths = {kScaleFixtures, QUOTECHECK_FIXTURES "/examples"};
    options.jobs = 1;
    const std::string one = json_of(run_check(options));
    for (unsigned jobs : {2u, 3u, 8u}) {
        CAPTURE(jobs);
        options.jobs = jobs;
        CHECK(json_of(run_check(options)) == one);
    }
}

TEST_CASE("a run that drops the analyses reports exactly what a run that keeps them reports") {
    // Text, SARIF and GitHub runs let go of sentences and attributions once an article's
    // findings and corpus material exist; nothing they write may change.
    std::vector<std::string> paths = {kScaleFixtures, QUOTECHECK_FIXTURES "/examples",
                                      QUOTECHECK_FIXTURES "/corpus",
                                      QUOTECHECK_FIXTURES "/attribution"};
    if (std::filesystem::is_directory(testing::seeds_dir())) paths.push_back(testing::seeds_dir());
    CheckOptions options;
    options.paths = paths;
    options.keep_analyses = true;
    const CheckResult kept = run_check(options);
    options.keep_analyses = false;
    const CheckResult dropped = run_check(options);
    REQUIRE(kept.findings.size() > 20);
    REQUIRE(dropped.findings.size() == kept.findings.size());
    CHECK(std::any_of(kept.findings.begin(), kept.findings.end(),
                      [](const Finding& f) { return f.rule.starts_with("corpus."); }));
    CHECK(dropped.articles.front().attributions.empty());
    // Markdown and HTML articles keep their columns, not their bytes.
    CHECK(std::any_of(dropped.articles.begin(), dropped.articles.end(),
                      [](const ArticleAnalysis& a) { return a.article.source().columns_only(); }));
    CHECK(dropped.quote_count() == kept.quote_count());
    auto text_of = [](const CheckResult& result) {
        std::ostringstream out;
        write_text_report(out, result, ReportOptions{});
        return out.str();
    };
    CHECK(text_of(dropped) == text_of(kept));
    CHECK(sarif_report(dropped).dump() == sarif_report(kept).dump());
}

TEST_CASE(
    "a run that releases its articles' text reports exactly what a run that holds it reports") {
    // Past CheckOptions::release_text_above bytes, a lean run releases each article's source
    // and text after its per-article work; the cross-article stage (excerpts, word
    // differences, suppressions) and the reports (lines, columns, fingerprints) read the files
    // again. Nothing written may change.
    testing::TempDir dir;
    // A byte-order mark, CRLF line ends and suppression comments: the columns and lines the
    // released file must still give.
    dir.write("suppressed.md",
              "\xEF\xBB\xBF# Talks\r\n\r\n<!-- quotecheck-disable-next-line -->\r\n"
              "“We will not sign,” said minister Jon Smith.\r\n\r\n"
              "Critics said it was a “historic” failure, it is believed.\r\n");
    std::vector<std::string> paths = {kScaleFixtures, QUOTECHECK_FIXTURES "/examples",
                                      QUOTECHECK_FIXTURES "/corpus",
                                      QUOTECHECK_FIXTURES "/attribution", dir.path.string()};
    if (std::filesystem::is_directory(testing::seeds_dir())) paths.push_back(testing::seeds_dir());
    CheckOptions options;
    options.paths = paths;
    options.keep_analyses = false;
    options.release_text_above = UINT64_MAX;
    const CheckResult held = run_check(options);
    // Read back from the spill file, or, where none can be made, from the articles' files.
    const bool spill = GENERATE(true, false);
    CAPTURE(spill);
    options.release_text_above = 0;
    if (!spill) options.spill_directory = (dir.path / "no-such-directory").string();
    const CheckResult released = run_check(options);
    // Markdown and HTML articles, and only they among the released ones with their own bytes
    // as text, went to the spill.
    size_t spilled = 0;
    for (const ArticleAnalysis& analysis : released.articles) {
        const Article& article = analysis.article;
        if (!article.released()) continue;
        if (article.format() != ArticleFormat::text) CHECK(article.spilled() == spill);
        spilled += article.spilled();
    }
    if (spill)
        CHECK(spilled > 10);
    else
        CHECK(spilled == 0);
    REQUIRE(held.findings.size() > 20);
    REQUIRE(released.findings.size() == held.findings.size());
    CHECK(std::any_of(held.findings.begin(), held.findings.end(),
                      [](const Finding& f) { return f.rule.starts_with("corpus."); }));
    // Every article but the one with a load problem.
    CHECK(std::count_if(released.articles.begin(), released.articles.end(),
                        [](const ArticleAnalysis& a) { return !a.article.released(); }) ==
          std::count_if(held.articles.begin(), held.articles.end(),
                        [](const ArticleAnalysis& a) { return a.article.problem != nullptr; }));
    for (size_t i = 0; i < held.findings.size(); ++i) {
        const Finding& a = held.findings[i];
        const Finding& b = released.findings[i];
        CHECK(a.rule == b.rule);
        CHECK(a.message == b.message);
        CHECK(a.fix == b.fix);
        CHECK(a.where.article == b.where.article);
        CHECK(a.where.span == b.where.span);
        REQUIRE(a.related.size() == b.related.size());
        for (size_t r = 0; r < a.related.size(); ++r) {
            CHECK(a.related[r].where.article == b.related[r].where.article);
            CHECK(a.related[r].where.span == b.related[r].where.span);
            CHECK(a.related[r].message == b.related[r].message);
        }
    }
    auto text_of = [](const CheckResult& result) {
        std::ostringstream out;
        write_text_report(out, result, ReportOptions{});
        return out.str();
    };
    auto github_of = [](const CheckResult& result) {
        std::ostringstream out;
        write_github_annotations(out, result);
        write_github_summary(out, result);
        return out.str();
    };
    CHECK(text_of(released) == text_of(held));
    CHECK(github_of(released) == github_of(held));
    CHECK(sarif_report(released).dump() == sarif_report(held).dump());
}
