// Quotation extraction: pairs quote marks of every common style into quotes, tells quote marks
// from apostrophes and primes, joins quotes that run over several paragraphs, and reports
// broken marks instead of guessing silently.
#pragma once

#include "load/article.hpp"
#include "quotes/quote.hpp"

namespace quotecheck {

// Marks nested deeper than this are reported (too_deep) and not followed; it also bounds the
// work per closing mark, so a paragraph of a hundred thousand opening marks stays linear.
inline constexpr size_t kMaxQuoteNesting = 16;
// Mark problems reported per article at most; the rest are counted in one last issue.
inline constexpr size_t kMaxMarkIssues = 200;

Extraction extract_quotes(const Article& article);

}  // namespace quotecheck
