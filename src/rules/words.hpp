// Words for phrase lookup: runs of letters and digits (joined across an inner hyphen or
// apostrophe, so "foreign-backed" and "Israel's" are one word), each with a case-folded key.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

struct Word {
    Span span;
    std::string folded;  // Unicode case folding; ’ is folded to '
    uint64_t hash = 0;   // of `folded`, so phrase lookups need not hash it again
};

std::vector<Word> words_in(std::string_view text, Span range);
// How many words words_in would find, without building them.
size_t count_words(std::string_view text, Span range);

}  // namespace quotecheck
