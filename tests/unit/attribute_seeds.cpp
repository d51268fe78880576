// End-to-end attribution over the real articles in ../shared/seeds (skipped when absent). The
// expectations list each article's quotes in order: the speaker's canonical name ("" for a scare
// quote nobody said, "?" where the article itself does not say) and the secondary source.
#include <cstdlib>
#include <filesystem>

#include "attribute_support.hpp"

using namespace quotecheck;
using namespace quotecheck::test;

namespace {

struct Expected {
    const char* speaker;
    const char* source;
};

struct SeedCase {
    const char* file;
    std::vector<Expected> quotes;
};

// QUOTECHECK_SEEDS in the environment overrides the built-in path (a worktree elsewhere).
std::filesystem::path seeds_dir() {
    if (const char* dir = std::getenv("QUOTECHECK_SEEDS")) return dir;
    return QUOTECHECK_SEEDS;
}

const std::vector<SeedCase>& seed_cases() {
    static const std::vector<SeedCase> cases{
        {"000_a03345d0c05e6b26.txt",
         {{"Vladimir Putin", "Haaretz"},
          {"Vladimir Putin", "Haaretz"},
          {"Vladimir Putin", "Haaretz"}}},
        {"001_7f9e4ed848110364.txt",
         {{"Benjamin Netanyahu", ""},
          {"Sergei Lavrov", ""},
          {"Mikhail Bogdanov", ""},
          {"Mikhail Bogdanov", ""},
          {"", ""},
          {"Benjamin Netanyahu", ""},
          {"Benjamin Netanyahu", ""},
          {"Benjamin Netanyahu", ""},
          {"Benjamin Netanyahu", ""},
          {"Vladimir Putin", ""},
          {"Vladimir Putin", ""}}},
        {"002_5b54a4f99fe10dbb.txt",
         {{"Vladimir Putin", ""},
          {"Vladimir Putin", ""},
          {"Vladimir Putin", ""},
          {"Vladimir Putin", ""},
          {"Benjamin Netanyahu", ""},
          {"Benjamin Netanyahu", ""},
          {"Vladimir Putin", ""},
          {"Benjamin Netanyahu", ""}}},
        {"003_f6a2bb8c5d2e93d5.txt",
         {{"Vladimir Putin", ""},
          {"Vladimir Putin", ""},
          {"Aydin Sezer", "Sputnik"},
          {"Mevlut Cavusoglu", ""},
          {"Vladimir Putin", ""},
          {"Vladimir Putin", ""},
          {"?", ""},
          {"", ""}}},
        {"004_79d67f101bb9e229.txt",
         {{"Vladimir Putin", ""},
          {"Vladimir Putin", ""},
          {"Vladimir Putin", ""},
          {"Vladimir Putin", ""}}},
    };
    return cases;
}

}  // namespace

TEST_CASE("seeds: every quotation has the right speaker and source") {
    const std::filesystem::path seeds = seeds_dir();
    if (!std::filesystem::is_directory(seeds)) {
        WARN("seeds folder absent, skipped: " << seeds);
        return;
    }
    for (const SeedCase& seed : seed_cases()) {
        const std::filesystem::path path = seeds / seed.file;
        if (!std::filesystem::exists(path)) continue;
        const ArticleAnalysis a =
            analyse_article(load_input({path.string(), ArticleFormat::text}), 0, default_lexicon());
        INFO(seed.file);
        REQUIRE(a.extraction.quotes.size() == seed.quotes.size());
        for (size_t i = 0; i < seed.quotes.size(); ++i) {
            INFO("quote " << i << ": "
                          << a.extraction.quotes[i].text.in(a.article.text()).substr(0, 60));
            const Attribution& attribution = a.attributions.at(i);
            const std::string speaker = attribution.speaker ? attribution.speaker->name : "";
            if (std::string_view(seed.quotes[i].speaker) != "?")
                CHECK(speaker == seed.quotes[i].speaker);
            std::string sources;
            for (const SourceRef& s : attribution.sources)
                sources += (sources.empty() ? "" : ", ") + s.name;
            CHECK(sources == seed.quotes[i].source);
        }
    }
}

TEST_CASE("seeds: pronoun, descriptor and previous-speaker resolutions are recorded") {
    const std::filesystem::path seeds = seeds_dir();
    if (!std::filesystem::is_directory(seeds)) {
        WARN("seeds folder absent, skipped: " << seeds);
        return;
    }
    size_t pronouns = 0, descriptors = 0;
    for (const SeedCase& seed : seed_cases()) {
        const std::filesystem::path path = seeds / seed.file;
        if (!std::filesystem::exists(path)) continue;
        const ArticleAnalysis a =
            analyse_article(load_input({path.string(), ArticleFormat::text}), 0, default_lexicon());
        for (const Attribution& attribution : a.attributions) {
            if (!attribution.speaker) continue;
            pronouns += attribution.speaker->resolution == Resolution::pronoun;
            descriptors += attribution.speaker->resolution == Resolution::descriptor;
        }
    }
    CHECK(pronouns >= 7);
    CHECK(descriptors >= 3);
}
