// A quote reduced to the words two articles can be compared on: case, accents, curly vs
// straight marks, dashes, whitespace, contractions and British/American spelling no longer
// matter; ellipses and editorial [brackets] become gaps where words may be missing.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

// One quote's words as a comparison reads them, a hash and a few flags per word, not the words
// themselves (their spans are found again for a finding's message with quote_word_spans): a view
// into arrays kept elsewhere, since a corpus run keeps all of an article's quotes' words in one
// pair of arrays rather than a pair of vectors per quote.
struct QuoteWords {
    enum Flag : uint8_t { article = 1, stopword = 2, speech_verb = 4, gap_before = 8 };

    std::span<const uint64_t> hashes;  // xxHash of each normalised word
    // Flag bits, size size() + 1: of word i ("the", "of", "said"), and gap_before when words may
    // be missing between words i-1 and i (an ellipsis or a bracket stands there; i may be
    // size()).
    std::span<const uint8_t> flags;
    // The low 32 bits of the hashes of the first kMaxComparedWords words, sorted: words in
    // common in any order, a cheap upper bound on how many two quotes can match in order (a
    // collision can only raise it). Read by compare_quotes and align_words only, and derived
    // from the hashes (sort_hashes), so not kept with the words: a corpus run keeps them once
    // per distinct wording while it compares quotes.
    std::span<const uint32_t> sorted_hashes;

    size_t size() const { return hashes.size(); }
    bool has(size_t word, Flag flag) const { return (flags[word] & flag) != 0; }
    bool open_gap(size_t slot) const { return has(slot, gap_before); }
};

// The words of one quote in arrays of their own, for a quote compared by itself.
struct QuoteWordList {
    std::vector<uint64_t> hashes;
    std::vector<uint8_t> flags;
    std::vector<uint32_t> sorted_hashes;

    size_t size() const { return hashes.size(); }
    operator QuoteWords() const { return {hashes, flags, sorted_hashes}; }
};

// Quotes longer than this are compared on their first words only, which keeps the cost of one
// comparison bounded.
inline constexpr size_t kMaxComparedWords = 400;

QuoteWordList quote_words(std::string_view text, Span span);
// Adds the quote's words to the end of `hashes` and their flags to the end of `flags` (one more
// than the words); returns how many words were added.
size_t append_quote_words(std::string_view text, Span span, std::vector<uint64_t>& hashes,
                          std::vector<uint8_t>& flags);
// Writes QuoteWords::sorted_hashes of the words to `sorted`, whose size is
// min(hashes.size(), kMaxComparedWords).
void sort_hashes(std::span<const uint64_t> hashes, std::span<uint32_t> sorted);
// The same words with the same flags: one wording (sorted_hashes follow from the words).
inline bool same_words(const QuoteWords& a, const QuoteWords& b) {
    return std::ranges::equal(a.hashes, b.hashes) && std::ranges::equal(a.flags, b.flags);
}
// The same words spelled out ("isn't" → "is", "not"), and the article words each came from;
// word k of quote_words(text, span) is word k of both.
std::vector<std::string> normalised_quote_words(std::string_view text, Span span);
std::vector<Span> quote_word_spans(std::string_view text, Span span);

// The normalised form of one folded word, possibly several words ("don't" → "do not").
std::vector<std::string> normalise_quote_word(std::string_view folded_with_apostrophes);

uint64_t hash_word(std::string_view word);

}  // namespace quotecheck
