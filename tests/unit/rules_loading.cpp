// Loading rule packs: what a valid pack gives, and the error every malformed pack gives.
#include <catch2/catch.hpp>

#include <string>

#include "core/diagnostic.hpp"
#include "rules/rule_set.hpp"

using namespace quotecheck;

namespace {

const std::string kValidRule = R"([pack]
description = "test pack"

[[rule]]
id = "house.russia-title"
kind = "pattern"
severity = "warning"
summary = "Russia as a title adjective"
message = "write Russian {1}, not {match}"
description = "House style."
fix = "Use the adjective."
pattern = '\bRussia (President|Minister)\b'
replacement = "Russian {1}"

[[rule.examples]]
text = "Russia President Petrov spoke."
expect = ["Russia President"]

[[rule.examples]]
text = "Russian President Petrov spoke."
expect = []
)";

std::string with(std::string pack, const std::string& from, const std::string& to) {
    const size_t at = pack.find(from);
    REQUIRE(at != std::string::npos);
    return pack.replace(at, from.size(), to);
}

std::string load_error(const std::string& pack) {
    try {
        load_pack(pack, "house.toml", {});
    } catch (const ConfigError& e) {
        return e.what();
    }
    return "loaded without error";
}

}  // namespace

TEST_CASE("a valid pack loads with its rules, examples and compiled check") {
    const auto pack = load_pack(kValidRule, "house.toml", {});
    REQUIRE(pack);
    CHECK(pack->name == "house");
    CHECK(pack->description == "test pack");
    REQUIRE(pack->rules.size() == 1);
    const Rule& rule = *pack->rules[0];
    CHECK(rule.id == "house.russia-title");
    CHECK(rule.severity == Severity::warning);
    CHECK(rule.line == 4);
    CHECK(rule.examples.size() == 2);
    CHECK(rule.examples[0].expect == std::vector<std::string>{"Russia President"});
}

TEST_CASE("a TOML file without [pack] or [[rule]] is a lexicon, not a pack") {
    CHECK_FALSE(load_pack("[[cue]]\nlemma = \"say\"\n", "cues.toml", {}));
}

TEST_CASE("an unknown key is an error with its line and a suggestion") {
    CHECK(load_error(with(kValidRule, "severity = \"warning\"", "severty = \"warning\"")) ==
          "house.toml:7: rule 'house.russia-title': unknown key 'severty' (did you mean "
          "'severity'?)");
}

TEST_CASE("an unknown key inside an example is an error") {
    CHECK(load_error(with(kValidRule, "expect = []", "expect = []\nexpected = 1")) ==
          "house.toml:22: rule 'house.russia-title' example: unknown key 'expected' (did you mean "
          "'expect'?)");
}

TEST_CASE("a value of the wrong type is an error naming the key") {
    CHECK(load_error(with(kValidRule, "severity = \"warning\"", "severity = 2")) ==
          "house.toml:7: rule 'house.russia-title': 'severity' must be a string, not an integer");
}

TEST_CASE("an invalid regex is an error naming the key and the pattern") {
    const std::string error =
        load_error(with(kValidRule, R"('\bRussia (President|Minister)\b')", "'Russia (President'"));
    CHECK_THAT(error, Catch::StartsWith("house.toml:12: rule 'house.russia-title': 'pattern' is "
                                        "not a valid regular expression"));
    CHECK_THAT(error, Catch::Contains("/Russia (President/"));
}

TEST_CASE("a placeholder the kind does not offer is an error") {
    CHECK_THAT(
        load_error(with(kValidRule, "{match}", "{speker}")),
        Catch::StartsWith(
            "house.toml:9: rule 'house.russia-title': 'message' unknown placeholder {speker}"));
    CHECK_THAT(load_error(with(kValidRule, "replacement = \"Russian {1}\"",
                               "replacement = \"Russian {2}\"")),
               Catch::Contains("'replacement' unknown placeholder {2}"));
}

TEST_CASE("an unknown kind is an error with a suggestion") {
    CHECK(load_error(with(kValidRule, "kind = \"pattern\"", "kind = \"patern\"")) ==
          "house.toml:6: rule 'house.russia-title': 'kind' unknown kind \"patern\" (did you mean "
          "'pattern'?)");
}

TEST_CASE("a rule without examples that trigger and examples that do not does not load") {
    const std::string no_quiet =
        with(kValidRule,
             "[[rule.examples]]\ntext = \"Russian President Petrov spoke.\"\nexpect = []\n", "");
    CHECK_THAT(
        load_error(no_quiet),
        Catch::StartsWith("house.toml:4: rule 'house.russia-title' needs [[rule.examples]]"));
    CHECK_THAT(load_error(with(kValidRule, "expect = [\"Russia President\"]\n", "")),
               Catch::Contains("'expect' is required"));
}

TEST_CASE("a severity that is not error, warning or info is an error") {
    CHECK_THAT(
        load_error(with(kValidRule, "severity = \"warning\"", "severity = \"fatal\"")),
        Catch::EndsWith("'severity' must be \"error\", \"warning\" or \"info\", not \"fatal\""));
}

TEST_CASE("TOML syntax errors carry the line") {
    CHECK_THAT(load_error(with(kValidRule, "summary = \"Russia", "summary = \"Russia\n")),
               Catch::StartsWith("house.toml:8:"));
}

TEST_CASE("rules without a [pack] table are rejected") {
    CHECK_THAT(load_error(with(kValidRule, "[pack]\ndescription = \"test pack\"\n", "")),
               Catch::Contains("a rule pack needs a [pack] table"));
}

TEST_CASE("a duplicate rule id across packs names both places") {
    Config config;
    const std::string dir = std::string(QUOTECHECK_FIXTURES) + "/rules/duplicate-id";
    try {
        RuleSet::load(config, {dir}, {}, false);
        FAIL("duplicate ids loaded");
    } catch (const ConfigError& e) {
        CHECK_THAT(e.what(), Catch::Contains("b.toml:3: rule id 'dup.same' is already defined at"));
        CHECK_THAT(e.what(), Catch::EndsWith("a.toml:3"));
    }
}

TEST_CASE("the default packs load and every default rule has examples") {
    const auto rules = RuleSet::load(Config{}, {}, {});
    REQUIRE(rules->packs().size() >= 3);
    for (const RulePack& pack : rules->packs())
        for (const auto& rule : pack.rules) CHECK(rule->examples.size() >= 2);
    CHECK(rules->find("attribution.unattributed-quote"));
    CHECK(rules->find("style.loaded-language"));
}
