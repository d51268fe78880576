// `rules test`: every example of every rule is checked, and a broken one is named.
#include <catch2/catch.hpp>

#include "check/run_check.hpp"
#include "rules/rule_examples.hpp"

using namespace quotecheck;

namespace {

ArticleAnalysis analyse(Article article) {
    return analyse_article(std::move(article), 0);
}

}  // namespace

TEST_CASE("every example of the default packs passes") {
    const ExampleReport report = test_rule_examples(*RuleSet::load(Config{}, {}, {}), analyse);
    for (const ExampleFailure& failure : report.failures) INFO(failure.describe());
    CHECK(report.failures.empty());
    CHECK(report.rules >= 6);
    CHECK(report.examples >= 2 * report.rules);
}

TEST_CASE("a broken example is reported with its rule, number, line and what went wrong") {
    Config config;
    const std::string dir = std::string(QUOTECHECK_FIXTURES) + "/rules/broken-example";
    const ExampleReport report =
        test_rule_examples(*RuleSet::load(config, {dir}, {}, false), analyse);
    CHECK(report.rules == 1);
    CHECK(report.examples == 3);
    REQUIRE(report.failures.size() == 2);
    CHECK(report.failures[0].rule == "broken.ferry");
    CHECK(report.failures[0].example == 2);
    CHECK(report.failures[0].line == 18);
    CHECK(report.failures[0].problem == "must not fire, but found [\"ferry\"]");
    CHECK(report.failures[1].example == 3);
    CHECK(report.failures[1].problem == "expected [\"barge\"], found [\"ferry\"]");
    CHECK_THAT(report.failures[1].describe(),
               Catch::EndsWith("pack.toml:22: rule 'broken.ferry' example 3: expected "
                               "[\"barge\"], found [\"ferry\"]"));
}
