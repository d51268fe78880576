// Loads a folder of fixtures/corpus as one run would (sorted paths, per-article analysis) so
// the corpus tests can check what the cross-article stage reports for them.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "check/run_check.hpp"
#include "core/finding.hpp"
#include "corpus/check_corpus.hpp"
#include "load/load.hpp"

namespace quotecheck::testing {

// The seeds sit beside the main checkout; a worktree elsewhere can point at them with
// QUOTECHECK_SEEDS_DIR.
inline std::string seeds_dir() {
    const char* dir = std::getenv("QUOTECHECK_SEEDS_DIR");
    return dir ? dir : QUOTECHECK_SEEDS;
}

// The seed articles and their publication dates (the corpus manifest of the corpus issue).
inline const std::vector<std::pair<std::string, std::string>>& seed_publication_dates() {
    static const std::vector<std::pair<std::string, std::string>> seeds = {
        {"000_a03345d0c05e6b26.txt", "2016-06-07"},
        {"001_7f9e4ed848110364.txt", "2016-06-07"},
        {"002_5b54a4f99fe10dbb.txt", "2019-09-12"},
        {"003_f6a2bb8c5d2e93d5.txt", "2016-08-09"},
        {"004_79d67f101bb9e229.txt", "2017-03-10"}};
    return seeds;
}

inline std::vector<ArticleAnalysis> load_corpus_fixture(const std::string& folder) {
    const Discovery found =
        discover_inputs({std::string(QUOTECHECK_FIXTURES) + "/corpus/" + folder});
    std::vector<ArticleAnalysis> articles;
    for (const InputFile& file : found.files)
        articles.push_back(
            analyse_article(load_input(file), static_cast<uint32_t>(articles.size())));
    return articles;
}

// Speaker of every quote of one article, as the attribution stage would give it.
inline void attribute_all_quotes(ArticleAnalysis& analysis, const std::string& speaker) {
    analysis.attributions.resize(analysis.extraction.quotes.size());
    for (Attribution& attribution : analysis.attributions)
        attribution.speaker = Speaker{speaker, {}, Resolution::name, false};
}

inline std::vector<Finding> findings_of(const std::vector<Finding>& findings,
                                        std::string_view rule) {
    std::vector<Finding> result;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(result),
                 [&](const Finding& finding) { return finding.rule == rule; });
    return result;
}

}  // namespace quotecheck::testing
