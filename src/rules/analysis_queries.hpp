// Questions rule kinds ask of an ArticleAnalysis: is this inside a quotation (someone else's
// words, not the writer's voice), which quote is it, does the sentence name a source.
#pragma once

#include <vector>

#include "attribute/analysis.hpp"
#include "rules/words.hpp"

namespace quotecheck {

// Each quotation from its opening mark to its closing mark (to the end of its text when
// unclosed), sorted and merged.
std::vector<Span> quoted_regions(const ArticleAnalysis& analysis);
bool inside_regions(const std::vector<Span>& regions, Span span);
// Words of `range` that lie outside every region.
std::vector<Word> words_outside(std::string_view text, Span range,
                                const std::vector<Span>& regions);

// The quote whose text contains `span`, innermost first; -1 when none.
int quote_containing(const ArticleAnalysis& analysis, Span span);
// The sentence around `offset` (the whole paragraph when there are no sentences).
Span sentence_around(const ArticleAnalysis& analysis, uint32_t offset);
// True when the attribution stage found a named source (an outlet or intermediary) inside
// `sentence`.
bool sentence_names_source(const ArticleAnalysis& analysis, Span sentence);
// True when `sentence` names a speaker of a quote or of reported speech, or a source.
bool sentence_names_speaker_or_source(const ArticleAnalysis& analysis, Span sentence);
// True when the attribution stage has run on this article (one attribution per quote).
bool attribution_ran(const ArticleAnalysis& analysis);

}  // namespace quotecheck
