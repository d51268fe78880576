#include <catch2/catch.hpp>

#include <filesystem>

#include "report/sarif.hpp"
#include "report_sample.hpp"

using namespace quotecheck;
using nlohmann::json;

namespace {

const json* result_for(const json& sarif, std::string_view rule) {
    for (const json& result : sarif["runs"][0]["results"])
        if (result["ruleId"] == rule) return &result;
    return nullptr;
}

}  // namespace

TEST_CASE("SARIF has one run whose driver lists every rule with help and level",
          "[report][sarif]") {
    const CheckResult result = testing::sample_result();
    const json sarif = sarif_report(result);
    CHECK(sarif["version"] == "2.1.0");
    REQUIRE(sarif["runs"].size() == 1);
    const json& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == result.rules.size());
    const json* misquote = nullptr;
    for (const json& rule : rules)
        if (rule["id"] == "corpus.misquote") misquote = &rule;
    REQUIRE(misquote);
    CHECK((*misquote)["shortDescription"]["text"] == "Same quote, different words");
    CHECK((*misquote)["defaultConfiguration"]["level"] == "warning");
    CHECK((*misquote)["help"]["text"].get<std::string>().find("How to fix: Check the source") !=
          std::string::npos);
}

TEST_CASE("SARIF results carry rule, level, relative location and related locations",
          "[report][sarif]") {
    const json sarif = sarif_report(testing::sample_result());
    const json& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
    const json* misquote = result_for(sarif, "corpus.misquote");
    REQUIRE(misquote);
    CHECK((*misquote)["level"] == "warning");
    CHECK(rules[(*misquote)["ruleIndex"].get<size_t>()]["id"] == "corpus.misquote");
    const json& location = (*misquote)["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"] == "fixtures/reports/council-vote.md");
    // The quote starts after the opening mark on line 9: Councillor Mira Holt … "This line …
    CHECK(location["region"]["startLine"] == 9);
    CHECK(location["region"]["startColumn"] == 55);
    CHECK(location["region"]["endLine"] == 9);
    CHECK(location["region"]["endColumn"] == 55 + 47);
    const json& related = (*misquote)["relatedLocations"];
    REQUIRE(related.size() == 1);
    CHECK(related[0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "fixtures/reports/tram-wire.txt");
    CHECK(related[0]["physicalLocation"]["region"]["startLine"] == 5);
    CHECK(related[0]["message"]["text"] == "Metro Wire's wording");
    CHECK((*misquote)["message"]["text"].get<std::string>().find("(Check the recording") !=
          std::string::npos);
    const json* unattributed = result_for(sarif, "attribution.unattributed-quote");
    REQUIRE(unattributed);
    CHECK((*unattributed)["level"] == "error");
    CHECK(result_for(sarif, "corpus.name-variants")->at("level") == "note");
}

TEST_CASE("SARIF fingerprints stay the same when lines are added above", "[report][sarif]") {
    const std::string article = "Title\n\nThe mayor said “we are ready.\n\nThe end.\n";
    const json before = sarif_report(testing::single_article_result("a.txt", article));
    const json after =
        sarif_report(testing::single_article_result("a.txt", "New first line\n\n" + article));
    const json* first = result_for(before, "quotes.unclosed-mark");
    const json* second = result_for(after, "quotes.unclosed-mark");
    REQUIRE(first);
    REQUIRE(second);
    CHECK((*first)["locations"][0]["physicalLocation"]["region"]["startLine"] == 3);
    CHECK((*second)["locations"][0]["physicalLocation"]["region"]["startLine"] == 5);
    CHECK((*first)["partialFingerprints"] == (*second)["partialFingerprints"]);
    CHECK_FALSE((*first)["partialFingerprints"]["quotecheck/v1"].get<std::string>().empty());
}

TEST_CASE("a finding of a rule missing from the rule table still gets a descriptor",
          "[report][sarif]") {
    CheckResult result = testing::sample_result();
    result.findings[0].rule = "house.custom-rule";
    const json sarif = sarif_report(result);
    const json* custom = result_for(sarif, "house.custom-rule");
    REQUIRE(custom);
    CHECK(sarif["runs"][0]["tool"]["driver"]["rules"][(*custom)["ruleIndex"].get<size_t>()]["id"] ==
          "house.custom-rule");
}

TEST_CASE("artifact URIs are relative and percent-encoded", "[report][sarif]") {
    CHECK(artifact_uri("news/a b.txt") == "news/a%20b.txt");
    CHECK(artifact_uri("./news/../news/ü.md") == "news/%C3%BC.md");
    const std::string inside = (std::filesystem::current_path() / "desk" / "x#1.txt").string();
    CHECK(artifact_uri(inside) == "desk/x%231.txt");
    CHECK(artifact_uri("/nonexistent-root-dir/a.txt").starts_with("file:///"));
}
