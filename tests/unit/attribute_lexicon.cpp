#include "attribute_support.hpp"

#include "core/diagnostic.hpp"

using namespace quotecheck;
using namespace quotecheck::test;

TEST_CASE("the default lexicon loads cues, outlets and vague phrases") {
    const AttributionLexicon& lexicon = default_lexicon();
    REQUIRE(lexicon.cue_forms("said"));
    CHECK(lexicon.cue_forms("said")->front().lemma == "say");
    REQUIRE(lexicon.cue_forms("pointed"));
    CHECK(lexicon.cue_forms("pointed")->front().words ==
          std::vector<std::string>{"pointed", "out"});
    REQUIRE(lexicon.outlet("ap"));
    CHECK(lexicon.outlet("ap")->name == "Associated Press");
    CHECK(lexicon.vague.contains("reportedly"));
    CHECK(lexicon.people.empty());
}

TEST_CASE("extra lexicon text adds people and cues") {
    const std::vector<LexiconText> extra{
        {"mine.toml",
         "[[cue]]\nlemma = \"opine\"\nforms = [\"opined\"]\n\n"
         "[[person]]\nname = \"Ada Lovelace\"\naliases = [\"Countess Lovelace\"]\n"}};
    const AttributionLexicon lexicon = load_attribution_lexicon(extra);
    REQUIRE(lexicon.cue_forms("opined"));
    REQUIRE(lexicon.roster_person("countess lovelace"));
    CHECK(lexicon.roster_person("countess lovelace")->name == "Ada Lovelace");
    CHECK(lexicon.cue_forms("said"));
}

TEST_CASE("an unknown key is a config error with file, line and a suggestion") {
    const std::vector<LexiconText> extra{
        {"mine.toml", "titles = [\"duke\"]\n[[person]]\nnmae = \"X\"\n"}};
    try {
        load_attribution_lexicon(extra);
        FAIL("no error");
    } catch (const ConfigError& error) {
        CHECK(error.path() == "mine.toml");
        CHECK(error.line() == 3);
        CHECK(std::string(error.what()).find("unknown key 'nmae' (did you mean 'name'?)") !=
              std::string::npos);
    }
}

TEST_CASE("a value of the wrong type is a config error") {
    const std::vector<LexiconText> extra{{"mine.toml", "\n\ntitles = \"duke\"\n"}};
    CHECK_THROWS_MATCHES(load_attribution_lexicon(extra), ConfigError,
                         Catch::Matchers::Predicate<ConfigError>(
                             [](const ConfigError& e) { return e.line() == 3; }, "line 3"));
}

TEST_CASE("invalid TOML is a config error with its line") {
    const std::vector<LexiconText> extra{{"bad.toml", "titles = [\"a\"]\n[[cue]\n"}};
    CHECK_THROWS_AS(load_attribution_lexicon(extra), ConfigError);
}

TEST_CASE("a cue kind outside the known ones is rejected") {
    const std::vector<LexiconText> extra{
        {"mine.toml", "[[cue]]\nlemma = \"x\"\nforms = [\"x\"]\nkind = \"loud\"\n"}};
    CHECK_THROWS_AS(load_attribution_lexicon(extra), ConfigError);
}

TEST_CASE("first names may be one string of words") {
    const std::vector<LexiconText> extra{
        {"mine.toml", "male_names = \"\"\"\nzorbaq\nquillon  vextor\n\"\"\"\n"}};
    const AttributionLexicon lexicon = load_attribution_lexicon(extra);
    CHECK(lexicon.male_words.contains("quillon"));
    CHECK(lexicon.male_words.contains("vextor"));
    CHECK(lexicon.male_words.contains("neville"));  // the default list's, still there
    CHECK_FALSE(lexicon.female_words.contains("zorbaq"));
}

TEST_CASE("the default first names know common American names, not surnames or men's Rana") {
    const AttributionLexicon lexicon = load_attribution_lexicon();
    for (const char* name : {"darlene", "marisol", "lorna", "celeste", "farah"})
        CHECK(lexicon.female_words.contains(name));
    for (const char* name : {"kaleb", "maxwell", "geoffrey"})
        CHECK(lexicon.male_words.contains(name));
    // A surname given to boys now and then, and names that are men's elsewhere.
    for (const char* name : {"brandt", "franklin", "rana", "michele", "ola", "kari"}) {
        CHECK_FALSE(lexicon.female_words.contains(name));
        CHECK_FALSE(lexicon.male_words.contains(name));
    }
}

TEST_CASE("a cue form given again replaces the one before, as a newsroom's own file would") {
    const std::vector<LexiconText> extra{
        {"mine.toml", "[[cue]]\nlemma = \"assert\"\nforms = [\"said\"]\nintroduces = false\n"}};
    const AttributionLexicon lexicon = load_attribution_lexicon(extra);
    REQUIRE(lexicon.cue_forms("said"));
    const auto& forms = *lexicon.cue_forms("said");
    CHECK(std::count_if(forms.begin(), forms.end(), [](const CueForm& f) {
              return f.words == std::vector<std::string>{"said"};
          }) == 1);
    CHECK(forms.back().lemma == "assert");
    CHECK_FALSE(forms.back().introduces);
    // The default lexicon gives each form once.
    for (const char* word : {"urged", "hailed", "condemned", "criticised", "quipped"}) {
        REQUIRE(default_lexicon().cue_forms(word));
        CHECK(default_lexicon().cue_forms(word)->size() == 1);
    }
}

TEST_CASE("people_only marks the cues only a person does, and must be true or false") {
    REQUIRE(default_lexicon().cue_forms("reflected"));
    CHECK(default_lexicon().cue_forms("reflected")->front().people_only);
    REQUIRE(default_lexicon().cue_forms("said"));
    CHECK_FALSE(default_lexicon().cue_forms("said")->front().people_only);
    const std::vector<LexiconText> extra{
        {"mine.toml", "[[cue]]\nlemma = \"ponder\"\nforms = [\"pondered\"]\npeople_only = 1\n"}};
    CHECK_THROWS_AS(load_attribution_lexicon(extra), ConfigError);
}

TEST_CASE("a plural in -s, -es or -ies has its singular's classes") {
    const AttributionLexicon& lexicon = default_lexicon();
    CHECK((lexicon.singular_classes_of("officials") & word_class::role) != 0);
    CHECK((lexicon.singular_classes_of("witnesses") & word_class::role) != 0);
    CHECK((lexicon.singular_classes_of("deputies") & word_class::role) != 0);
    CHECK(lexicon.singular_classes_of("witness") == 0);
    CHECK(lexicon.singular_classes_of("xyzzies") == 0);
    auto a = attribute_text(
        "Title\n\nShe died at the scene. Witnesses told police the driver had been \"weaving "
        "between lanes\" for blocks.\n");
    CHECK(speaker_of(a, "weaving between") == "witnesses");
}
