// Findings that come straight from loading and extraction (bad input bytes, broken quote
// marks), with the rule descriptions reporters show for them.
#pragma once

#include <vector>

#include "attribute/analysis.hpp"
#include "check/result.hpp"

namespace quotecheck {

const std::vector<RuleInfo>& builtin_rules();
// Adds input.* and quotes.* findings for one article.
void add_builtin_findings(ArticleAnalysis& analysis, uint32_t article_index);

}  // namespace quotecheck
