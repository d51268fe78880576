// Attribution: who said each quotation, through which secondary source, which attribution is
// vague, and which reported speech has no quote marks. Fills ArticleAnalysis::attributions (one
// per quote), ::vague and ::indirect, and turns a scare quote that a speech cue governs into a
// partial quote.
#pragma once

#include "attribute/analysis.hpp"
#include "attribute/lexicon.hpp"

namespace quotecheck {

// Needs analysis.segments and analysis.extraction filled in.
void attribute_article(ArticleAnalysis& analysis, const AttributionLexicon& lexicon);

}  // namespace quotecheck
