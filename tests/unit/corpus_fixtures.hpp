// Loads a folder of fixtures/corpus as one run would (sorted paths, per-article analysis) so
// the corpus tests can check what the cross-article stage reports for them.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "check/run_check.hpp"
#include "core/finding.hpp"
#include "corpus/check_corpus.hpp"
#include "load/load.hpp"

namespace quotecheck::testing {

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
