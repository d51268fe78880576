// Words for phrase lookup: runs of letters and digits (joined across an inner hyphen or
// apostrophe, so "foreign-backed" and "Israel's" are one word), each with a case-folded key.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

struct Word {
    Span span;
    uint64_t hash = 0;  // of the folded word (fold_word_at), so phrase lookups need not hash it
};

std::vector<Word> words_in(std::string_view text, Span range);
// The most words `range` can hold: each takes a byte, and two are never next to each other.
inline size_t most_words_in(Span range) {
    return range.end > range.start ? range.size() / 2 + 1 : 0;
}
// words_in written to `out`, which has room for most_words_in(range) words: how many it wrote.
size_t write_words_in(std::string_view text, Span range, std::span<Word> out);
// The word at `span` case-folded (Unicode case folding; ’ is folded to '), replacing what
// `folded` held: the key a word's hash is taken of.
void fold_word_at(std::string_view text, Span span, std::string& folded);
// How many words words_in would find, without building them, counting no further than up_to
// (a caller asking whether there are enough stops at the first `up_to`).
size_t count_words(std::string_view text, Span range, size_t up_to);

}  // namespace quotecheck
