// Lines up the words of two quotes to find where they say the same thing and where they
// differ: a local alignment, so that an excerpt lines up with the part of a longer quote it
// was taken from, and words missing at an ellipsis or editorial bracket cost nothing.
#pragma once

#include <cstddef>
#include <vector>

#include "corpus/quote_words.hpp"

namespace quotecheck {

// Words [a_from, a_to) of one quote stand where the other has [b_from, b_to).
struct WordHunk {
    size_t a_from = 0, a_to = 0;
    size_t b_from = 0, b_to = 0;

    size_t a_size() const { return a_to - a_from; }
    size_t b_size() const { return b_to - b_from; }
};

struct WordAlignment {
    size_t matched = 0;                                     // words equal in both
    size_t a_begin = 0, a_end = 0, b_begin = 0, b_end = 0;  // the aligned stretch
    std::vector<WordHunk> hunks;  // differences inside the aligned stretch, in order
};

inline constexpr size_t kMaxAlignedWords = kMaxComparedWords;

WordAlignment align_words(const QuoteWords& a, const QuoteWords& b);

}  // namespace quotecheck
