// The cross-article stage: index material is extracted from each article in parallel, merged
// once, and compared through candidate pairs from the index (never all pairs).
#pragma once

#include <vector>

#include "attribute/analysis.hpp"
#include "attribute/lexicon.hpp"
#include "core/finding.hpp"
#include "corpus/article_material.hpp"

namespace quotecheck {

class ProposedFixes;

// Findings whose locations index `articles` (the run's article order). With a roster, a name
// spelled several ways is proposed in the roster's spelling.
std::vector<Finding> check_corpus(const std::vector<ArticleAnalysis>& articles,
                                  const AttributionLexicon* roster = nullptr);
// Each article's material, extracted in parallel (material[i] from articles[i]), its quote words
// numbered (number_quote_words).
std::vector<ArticleMaterial> extract_material(const std::vector<ArticleAnalysis>& articles);

// The same with each article's material already extracted (material[i] from articles[i]) and
// its quote words numbered: a run extracts it as each article is analysed and may then drop
// what only the rules read. The material is used up: each check's part of it is freed once that
// check is done. With `proposed`, what the article findings already correct is not proposed
// again.
std::vector<Finding> check_corpus(const std::vector<ArticleAnalysis>& articles,
                                  std::vector<ArticleMaterial> material,
                                  const AttributionLexicon* roster,
                                  const ProposedFixes* proposed = nullptr);

}  // namespace quotecheck
