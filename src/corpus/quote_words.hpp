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
#include "corpus/word_numbers.hpp"

namespace quotecheck {

// One quote's words as a comparison reads them, a number and a few flags per word, not the words
// themselves (their spans are found again for a finding's message with quote_word_spans): a view
// into arrays kept elsewhere, since a corpus run keeps all of an article's quotes' words in one
// pair of arrays rather than a pair of vectors per quote.
struct QuoteWords {
    enum Flag : uint8_t {
        article = 1,
        stopword = 2,
        speech_verb = 4,
        gap_before = 8,
        negation = 16,  // "not": left out at a quote's edge, no mere truncation
    };

    // Each normalised word's number (WordNumbers): the same number, the same word. Numbers are
    // compared only with numbers from the same WordNumbers.
    std::span<const uint32_t> ids;
    // Flag bits, size size() + 1: of word i ("the", "of", "said"), and gap_before when words may
    // be missing between words i-1 and i (an ellipsis or a bracket stands there; i may be
    // size()).
    std::span<const uint8_t> flags;
    // The numbers of the first kMaxComparedWords words, sorted: words in common in any order, a
    // cheap upper bound on how many two quotes can match in order. Read by compare_quotes and
    // align_words only, and derived from the numbers (sort_ids), so not kept with the words: a
    // corpus run keeps them once per distinct wording while it compares quotes.
    std::span<const uint32_t> sorted_ids;

    size_t size() const { return ids.size(); }
    bool has(size_t word, Flag flag) const { return (flags[word] & flag) != 0; }
    bool open_gap(size_t slot) const { return has(slot, gap_before); }
};

// The words of one quote in arrays of their own, for a quote compared by itself.
struct QuoteWordList {
    std::vector<uint32_t> ids;
    std::vector<uint8_t> flags;
    std::vector<uint32_t> sorted_ids;

    size_t size() const { return ids.size(); }
    operator QuoteWords() const { return {ids, flags, sorted_ids}; }
};

// Quotes longer than this are compared on their first words only, which keeps the cost of one
// comparison bounded.
inline constexpr size_t kMaxComparedWords = 400;

// The quote's words numbered by `numbers`, which the quotes it is compared with share.
QuoteWordList quote_words(std::string_view text, Span span, WordNumbers& numbers);
// Adds the quote's words' hashes (hash_word, to be numbered by WordNumbers) to the end of
// `hashes` and their flags to the end of `flags` (one more than the words); returns how many
// words were added.
size_t append_quote_words(std::string_view text, Span span, std::vector<uint64_t>& hashes,
                          std::vector<uint8_t>& flags);
// Writes QuoteWords::sorted_ids of the words to `sorted`, whose size is
// min(ids.size(), kMaxComparedWords).
void sort_ids(std::span<const uint32_t> ids, std::span<uint32_t> sorted);
// The same words with the same flags: one wording (sorted_ids follow from the words).
inline bool same_words(const QuoteWords& a, const QuoteWords& b) {
    // (Not std::ranges: clang 14, the fuzz preset's compiler, cannot instantiate libstdc++ 12's.)
    return std::equal(a.ids.begin(), a.ids.end(), b.ids.begin(), b.ids.end()) &&
           std::equal(a.flags.begin(), a.flags.end(), b.flags.begin(), b.flags.end());
}
// The same words spelled out ("isn't" → "is", "not"), and the article words each came from;
// word k of quote_words(text, span, numbers) is word k of both.
std::vector<std::string> normalised_quote_words(std::string_view text, Span span);
std::vector<Span> quote_word_spans(std::string_view text, Span span);

// The normalised form of one folded word, possibly several words ("don't" → "do not").
std::vector<std::string> normalise_quote_word(std::string_view folded_with_apostrophes);

uint64_t hash_word(std::string_view word);

}  // namespace quotecheck
