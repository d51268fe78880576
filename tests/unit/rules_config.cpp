// .quotecheck.toml: parsing, strict errors, and what it changes in a run.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <stdlib.h>

#include "check/run_check.hpp"
#include "core/diagnostic.hpp"
#include "load/load.hpp"
#include "rules/config.hpp"
#include "rules/rule_set.hpp"
#include "temp_dir.hpp"

using namespace quotecheck;
namespace fs = std::filesystem;

namespace {

using testing::TempDir;

std::string config_error(const std::string& text) {
    TempDir dir;
    try {
        const Config config = load_config(dir.write(".quotecheck.toml", text));
        RuleSet::load(config, {}, {"quotes.glued-mark"});
    } catch (const ConfigError& e) {
        return std::string(e.what()).substr(dir.path.string().size() + 1);
    }
    return "no error";
}

}  // namespace

TEST_CASE("a configuration file is read into its settings") {
    TempDir dir;
    const fs::path file = dir.write(".quotecheck.toml", R"(rule_dirs = ["house"]
ignore = ["drafts/*"]
roster_files = ["people.toml"]

[packs]
names = false

[rules]
"style.loaded-language" = "info"
"attribution.vague-attribution" = false

[spelling]
prefer = ["Binyamin Netanyahu"]

[roster]
extra = "kept as written"

[[article]]
path = "a.txt"
published = "2016-06-07"
outlet = "Harbour Gazette"
)");
    const Config config = load_config(file);
    CHECK(config.rule_dirs == std::vector<fs::path>{dir.path / "house"});
    CHECK(config.roster_files == std::vector<fs::path>{dir.path / "people.toml"});
    CHECK_FALSE(config.packs.at("names").enabled);
    CHECK(config.rules.at("style.loaded-language").severity == Severity::info);
    CHECK(config.rules.at("attribution.vague-attribution").enabled == false);
    CHECK(config.preferred_spellings == std::vector<std::string>{"Binyamin Netanyahu"});
    CHECK(config.roster["extra"].value_or(std::string{}) == "kept as written");
    REQUIRE(config.articles.size() == 1);
    CHECK(config.articles[0].outlet == "Harbour Gazette");
    CHECK(config.ignores(dir.path / "drafts" / "x.md"));
    CHECK_FALSE(config.ignores(dir.path / "published" / "x.md"));
}

TEST_CASE("configuration errors name the file, line and key") {
    CHECK(config_error("severity = 1\n") ==
          ".quotecheck.toml:1: configuration: unknown key 'severity'");
    CHECK(config_error("rule_dir = [\"x\"]\n") ==
          ".quotecheck.toml:1: configuration: unknown key 'rule_dir' (did you mean 'rule_dirs'?)");
    CHECK(config_error("[rules]\n\"style.loaded-langage\" = false\n") ==
          ".quotecheck.toml:2: rules.\"style.loaded-langage\": no rule with that id (did you mean "
          "'style.loaded-language'?)");
    CHECK(config_error("[rules]\n\"style.loaded-language\" = \"loud\"\n") ==
          ".quotecheck.toml:2: rules.\"style.loaded-language\": severity must be \"error\", "
          "\"warning\" or \"info\", "
          "not \"loud\"");
    CHECK(config_error("[packs]\nstyel = false\n") ==
          ".quotecheck.toml:2: packs.styel: no rule pack of that name (did you mean 'style'?)");
    CHECK(config_error("[[article]]\npath = \"a.txt\"\npublished = \"June 2016\"\n") ==
          ".quotecheck.toml:3: [[article]]: 'published' must be a date like 2016-06-07, not \"June "
          "2016\"");
    CHECK(
        config_error("rule_dirs = [\"missing\"]\n").ends_with("missing: rule directory not found"));
    CHECK(config_error("[rules\n").starts_with(".quotecheck.toml:1:"));
}

TEST_CASE("built-in rules can be named, disabled and re-graded by the configuration") {
    TempDir dir;
    const Config config =
        load_config(dir.write(".quotecheck.toml", "[rules]\n\"quotes.glued-mark\" = \"error\"\n"));
    const auto rules = RuleSet::load(config, {}, {"quotes.glued-mark"});
    Finding glued{"quotes.glued-mark", Severity::info, "m", {}, {}, {}};
    CHECK(rules->adjust(glued));
    CHECK(glued.severity == Severity::error);

    const Config off = load_config(dir.write(".quotecheck.toml", "[packs]\nquotes = false\n"));
    Finding other{"quotes.glued-mark", Severity::info, "m", {}, {}, {}};
    CHECK_FALSE(RuleSet::load(off, {}, {"quotes.glued-mark"})->adjust(other));
}

TEST_CASE("a run finds the nearest configuration, applies it and ignores paths") {
    TempDir dir;
    dir.write(
        ".quotecheck.toml",
        "ignore = [\"drafts/*\"]\n[rules]\n\"attribution.vague-attribution\" = \"error\"\n"
        "\"style.loaded-language\" = false\n"
        "[[article]]\npath = \"news/a.txt\"\npublished = \"2020-05-04\"\noutlet = \"Gazette\"\n");
    dir.write("news/a.txt", "Title\n\nThe infamous ferry reportedly sank.\n");
    dir.write("drafts/b.txt", "Title\n\nThe ferry reportedly sank.\n");
    dir.write("other/.quotecheck.toml", "[packs]\nattribution = false\n");
    dir.write("other/c.txt", "Title\n\nThe ferry reportedly sank.\n");
    CheckOptions options;
    options.paths = {dir.path.string()};
    const CheckResult result = run_check(options);
    REQUIRE(result.articles.size() == 2);  // drafts/b.txt ignored
    const Article& a = result.articles[0].article;
    CHECK(a.published == parse_iso_date("2020-05-04"));
    CHECK(a.outlet == "Gazette");
    REQUIRE(result.findings.size() == 1);
    CHECK(result.findings[0].rule == "attribution.vague-attribution");
    CHECK(result.findings[0].severity == Severity::error);
    CHECK(result.findings[0].where.article == 0);
}

TEST_CASE("a configuration given with --config replaces discovery for every article") {
    TempDir dir;
    const fs::path config = dir.write("custom.toml", "[packs]\nattribution = false\n");
    dir.write("a.txt", "Title\n\nThe ferry reportedly sank.\n");
    CheckOptions options;
    options.paths = {(dir.path / "a.txt").string()};
    CHECK(run_check(options).findings.size() == 1);
    options.config = config.string();
    CHECK(run_check(options).findings.empty());
}

TEST_CASE("the manifest fills metadata the article lacks and does not override its own") {
    TempDir dir;
    dir.write(".quotecheck.toml",
              "[[article]]\npath = \"a.md\"\npublished = \"2020-05-04\"\noutlet = \"Gazette\"\n"
              "[[article]]\npath = \"b.txt\"\npublished = \"2021-01-02\"\n");
    dir.write("a.md", "---\ntitle: Ferry\ndate: 2019-03-02\n---\n\nThe ferry sank.\n");
    dir.write("b.txt", "Barge\n\nThe barge sank.\n");
    CheckOptions options;
    options.paths = {dir.path.string()};
    const CheckResult result = run_check(options);
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].article.published == parse_iso_date("2019-03-02"));
    CHECK(result.articles[0].article.outlet == "Gazette");
    CHECK(result.articles[1].article.published == parse_iso_date("2021-01-02"));
}

TEST_CASE("roster additions in the configuration reach the attribution stage") {
    TempDir dir;
    dir.write(".quotecheck.toml",
              "roster_files = [\"people.toml\"]\n"
              "[[roster.person]]\nname = \"Ana Lopez\"\naliases = [\"Lopez\"]\n");
    dir.write("people.toml", "[[person]]\nname = \"Benjamin Netanyahu\"\naliases = [\"Bibi\"]\n");
    dir.write("a.txt",
              "Title\n\n“We will rebuild the port,” Bibi said.\n\n“The port stays,” Lopez said.\n");
    CheckOptions options;
    options.paths = {dir.path.string()};
    const CheckResult result = run_check(options);
    REQUIRE(result.articles.size() == 1);
    const auto& attributions = result.articles[0].attributions;
    REQUIRE(attributions.size() == 2);
    REQUIRE(attributions[0].speaker);
    CHECK(attributions[0].speaker->name == "Benjamin Netanyahu");
    REQUIRE(attributions[1].speaker);
    CHECK(attributions[1].speaker->name == "Ana Lopez");
}

TEST_CASE("a roster addition with an error stops the run with its file") {
    TempDir dir;
    dir.write(".quotecheck.toml", "roster_files = [\"people.toml\"]\n");
    dir.write("people.toml", "[[person]]\nnme = \"Ana Lopez\"\n");
    dir.write("a.txt", "Title\n\nText.\n");
    CheckOptions options;
    options.paths = {dir.path.string()};
    CHECK_THROWS_WITH(run_check(options), Catch::Contains("people.toml:2"));
}
