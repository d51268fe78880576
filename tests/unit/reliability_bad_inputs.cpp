// Bad articles are findings on that article, never a crash: empty, binary, invalid UTF-8, too
// large, HTML nested past libxml2's limit, a hundred thousand unclosed quote marks.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "check/run_check.hpp"
#include "load/load.hpp"
#include "quotes/extract.hpp"

using namespace quotecheck;

namespace {

ArticleAnalysis analyse(const std::string& path, std::string bytes, ArticleFormat format) {
    return analyse_article(load_bytes(path, std::move(bytes), format), 0);
}

size_t count_rule(const ArticleAnalysis& analysis, std::string_view rule) {
    return static_cast<size_t>(std::count_if(analysis.findings.begin(), analysis.findings.end(),
                                             [&](const Finding& f) { return f.rule == rule; }));
}

}  // namespace

TEST_CASE("an empty or blank file is a warning, not an error", "[reliability][bad-input]") {
    for (const std::string bytes : {"", "  \n\t\r\n", "\xEF\xBB\xBF\n"}) {
        const ArticleAnalysis analysis = analyse("a.md", bytes, ArticleFormat::markdown);
        REQUIRE(analysis.findings.size() == 1);
        CHECK(analysis.findings[0].rule == "input.empty");
        CHECK(analysis.findings[0].severity == Severity::warning);
    }
}

TEST_CASE("a NUL byte makes the file binary and the message says where",
          "[reliability][bad-input]") {
    const ArticleAnalysis analysis =
        analyse("a.txt", std::string("Title\n\nText\0more", 16), ArticleFormat::text);
    REQUIRE(analysis.findings.size() == 1);
    CHECK(analysis.findings[0].rule == "input.binary");
    CHECK(analysis.findings[0].message.find("at byte 11") != std::string::npos);
    CHECK(analysis.article.text().empty());
}

TEST_CASE("a UTF-16 or UTF-32 file is named as such, with the command that converts it",
          "[reliability][bad-input]") {
    using namespace std::string_literals;
    const std::pair<std::string, std::string> cases[] = {
        {"\xFF\xFET\0i\0t\0l\0e\0"s, "UTF-16"},
        {"\xFE\xFF\0T\0i\0t\0l\0e"s, "UTF-16"},
        {"\xFF\xFE\0\0T\0\0\0"s, "UTF-32"},
    };
    for (const auto& [bytes, encoding] : cases) {
        const ArticleAnalysis analysis = analyse("a.txt", bytes, ArticleFormat::text);
        REQUIRE(analysis.findings.size() == 1);
        CHECK(analysis.findings[0].rule == "input.invalid-utf8");
        CHECK(analysis.findings[0].message.find("file is " + encoding) != std::string::npos);
        CHECK(analysis.findings[0].message.find("iconv -f " + encoding + " -t UTF-8") !=
              std::string::npos);
        CHECK(analysis.article.text().empty());
    }
}

TEST_CASE("invalid UTF-8 inside a quote is reported and the quote is still found",
          "[reliability][bad-input]") {
    const ArticleAnalysis analysis = analyse(
        "a.txt", "Title\n\n\xE2\x80\x9CWe \xFF\xFE welcome this,\xE2\x80\x9D the mayor said.\n",
        ArticleFormat::text);
    CHECK(count_rule(analysis, "input.invalid-utf8") == 1);
    REQUIRE(analysis.extraction.quotes.size() == 1);
    CHECK(analysis.extraction.quotes[0].closed());
}

TEST_CASE("an article over the size limit is not analysed", "[reliability][bad-input]") {
    const ArticleAnalysis analysis =
        analyse("a.txt", std::string(kMaxArticleBytes + 1, 'a'), ArticleFormat::text);
    REQUIRE(analysis.findings.size() == 1);
    CHECK(analysis.findings[0].rule == "input.too-large");
    CHECK(analysis.article.text().empty());
}

TEST_CASE("HTML nested a hundred thousand deep keeps the text before the cut and says so",
          "[reliability][bad-input]") {
    std::string html = "<p>Before the nesting.</p>";
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "deep";
    for (int i = 0; i < 100000; ++i) html += "</div>";
    const ArticleAnalysis analysis = analyse("a.html", html, ArticleFormat::html);
    REQUIRE(count_rule(analysis, "input.html-too-deep") == 1);
    CHECK(analysis.article.text().starts_with("Before the nesting."));

    std::string shallow = "<p>Before.</p>";
    for (int i = 0; i < 200; ++i) shallow += "<div>";
    shallow += "deep";
    const ArticleAnalysis fine = analyse("b.html", shallow, ArticleFormat::html);
    CHECK(fine.findings.empty());
    CHECK(fine.article.text().ends_with("deep"));
}

TEST_CASE("a hundred thousand unclosed quote marks give bounded quotes and issues",
          "[reliability][bad-input]") {
    std::string curly = "Title\n\n";
    std::string straight = "Title\n\n";
    for (int i = 0; i < 100000; ++i) {
        curly += "\xE2\x80\x9C";
        straight += " \"a";
    }
    for (const std::string& text : {curly, straight}) {
        const ArticleAnalysis analysis = analyse("a.txt", text, ArticleFormat::text);
        CHECK(analysis.extraction.quotes.size() <= kMaxQuoteNesting);
        CHECK(analysis.extraction.issues.size() <= kMaxMarkIssues + 1);
        CHECK(count_rule(analysis, "quotes.too-deep") >= 1);
    }
}
