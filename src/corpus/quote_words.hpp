// A quote reduced to the words two articles can be compared on: case, accents, curly vs
// straight marks, dashes, whitespace, contractions and British/American spelling no longer
// matter; ellipses and editorial [brackets] become gaps where words may be missing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

struct QuoteWords {
    std::vector<std::string> words;  // normalised
    std::vector<uint64_t> hashes;    // xxHash of each normalised word
    std::vector<Span> spans;         // the article words each came from
    // open_gap[i]: words may be missing between words[i-1] and words[i] (an ellipsis or a
    // bracket stands there); size words.size() + 1.
    std::vector<uint8_t> open_gap;
    // The hashes of the first kMaxComparedWords words, sorted: words in common in any order,
    // a cheap bound on how many two quotes can match in order.
    std::vector<uint64_t> sorted_hashes;
};

// Quotes longer than this are compared on their first words only, which keeps the cost of one
// comparison bounded.
inline constexpr size_t kMaxComparedWords = 400;

QuoteWords quote_words(std::string_view text, Span span);

// The normalised form of one folded word, possibly several words ("don't" → "do not").
std::vector<std::string> normalise_quote_word(std::string_view folded_with_apostrophes);

uint64_t hash_word(std::string_view word);

}  // namespace quotecheck
