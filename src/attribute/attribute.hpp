// Attribution: who said each quotation, through which secondary source, which attribution is
// vague, and which reported speech has no quote marks. Fills ArticleAnalysis::attributions (one
// per quote), ::vague and ::indirect, and turns a scare quote that a speech cue governs into a
// partial quote.
#pragma once

#include <string>

#include "attribute/analysis.hpp"
#include "attribute/lexicon.hpp"

namespace quotecheck {

// Needs analysis.segments and analysis.extraction filled in. `lowered` is the article's text
// with A-Z lower-cased (lowercase_ascii), which extract_material reads too: a run lower-cases
// each article once for both.
void attribute_article(ArticleAnalysis& analysis, const AttributionLexicon& lexicon,
                       const std::string& lowered);
// The same, lower-casing the text itself.
void attribute_article(ArticleAnalysis& analysis, const AttributionLexicon& lexicon);

}  // namespace quotecheck
