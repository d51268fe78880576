// End to end over the five real seed articles (skipped when ../shared/seeds is absent), with
// the publication dates their corpus manifest gives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "check/run_check.hpp"
#include "corpus/check_corpus.hpp"
#include "corpus_fixtures.hpp"
#include "load/load.hpp"

using namespace quotecheck;
using testing::seeds_dir;

namespace {

std::vector<ArticleAnalysis> load_seeds() {
    const auto& seeds = testing::seed_publication_dates();
    std::vector<ArticleAnalysis> articles;
    for (const auto& [name, date] : seeds) {
        Article article = load_input({seeds_dir() + "/" + name, ArticleFormat::text});
        article.published = parse_iso_date(date);
        articles.push_back(
            analyse_article(std::move(article), static_cast<uint32_t>(articles.size())));
    }
    return articles;
}

std::vector<const Finding*> with_rule(const std::vector<Finding>& findings, std::string_view rule) {
    std::vector<const Finding*> result;
    for (const Finding& finding : findings)
        if (finding.rule == rule) result.push_back(&finding);
    return result;
}

}  // namespace

TEST_CASE(
    "seed articles: name drift and the casualty conflict are found, consistent facts are not") {
    if (!std::filesystem::exists(seeds_dir())) return;
    const std::vector<ArticleAnalysis> articles = load_seeds();
    const std::vector<Finding> findings = check_corpus(articles);
    for (const Finding& finding : findings)
        UNSCOPED_INFO(finding.rule << " " << finding.where.article << ": " << finding.message);

    const auto names = with_rule(findings, "corpus.name-variants");
    const auto netanyahu = std::find_if(names.begin(), names.end(), [](const Finding* f) {
        return f->message.find("Binyamin Netanyahu") != std::string::npos;
    });
    REQUIRE(netanyahu != names.end());
    CHECK((*netanyahu)->message.find("“Benjamin Netanyahu” ×5") != std::string::npos);
    CHECK((*netanyahu)->fix == "write “Benjamin Netanyahu”");
    CHECK((*netanyahu)->where.article == 0);
    CHECK(std::any_of((*netanyahu)->related.begin(), (*netanyahu)->related.end(),
                      [](const RelatedLocation& r) { return r.where.article == 1; }));

    const auto facts = with_rule(findings, "corpus.conflicting-facts");
    REQUIRE(facts.size() == 1);
    CHECK(facts[0]->where.article == 4);
    CHECK(facts[0]->message.find("1 killed here") != std::string::npos);
    REQUIRE(facts[0]->related.size() == 1);
    CHECK(facts[0]->related[0].where.article == 0);
    CHECK(facts[0]->related[0].message.find("2 killed") != std::string::npos);

    CHECK(with_rule(findings, "corpus.misquote").empty());
    CHECK(with_rule(findings, "corpus.misattribution").empty());
}
