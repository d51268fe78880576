// Decides whether two quotes are the same words, the same quote misquoted, or different
// quotes: an excerpt, a truncation, an ellipsis or an editorial [bracket] is the same quote; a
// changed, added or dropped word is a misquote; many changes are another translation or
// paraphrase of the statement, which is not reported.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "corpus/quote_words.hpp"
#include "corpus/word_alignment.hpp"

namespace quotecheck {

enum class QuoteVerdict : uint8_t {
    unrelated,  // too little in common to be one quote
    same,       // identical where they overlap
    misquote,   // a few words changed, added or dropped
    variant,    // too many differences for a slip: another rendering of the statement
};

// A misquote differs in at most this many places; more is a variant.
inline constexpr size_t kMaxMisquoteEdits = 2;

struct QuoteComparison {
    QuoteVerdict verdict = QuoteVerdict::unrelated;
    std::vector<WordHunk> edits;  // for a misquote: the differing words
    size_t matched = 0;  // words the two have in common, in order (0 when too few to align)
};

QuoteComparison compare_quotes(const QuoteWords& a, const QuoteWords& b);
// compare_quotes of two quotes known to have the same words (same_words), without comparing
// them again: an archive's many copies of one quote.
QuoteComparison compare_copies(const QuoteWords& a, const QuoteWords& b);

}  // namespace quotecheck
