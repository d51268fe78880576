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

// The article's paragraphs with the breaks such a paragraph lost put back where the quotes show
// them: before the repeated opening mark of a quote that carried on over a break, and before a
// quote that opens a sentence right after another quote's closing mark. (Before every quote
// that opens a sentence was measured too, and gave fewer speakers right: the writer's sentence
// before such a quote as often names its speaker.) Empty when no paragraph is that long or none
// needs a break; the caller extracts the quotes again from the paragraphs returned.
std::vector<Span> restored_paragraphs(const Article& article, const Extraction& extraction);

}  // namespace quotecheck
