// Words for phrase lookup: runs of letters and digits (joined across an inner hyphen or
// apostrophe, so "foreign-backed" and "Israel's" are one word), each with a case-folded key.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

struct Word {
    Span span;
    std::string folded;  // Unicode case folding; ’ is folded to '
};

std::vector<Word> words_in(std::string_view text, Span range);
// The folded words of a phrase joined by single spaces: the key PhraseSet looks up.
std::string phrase_key(std::string_view phrase);

}  // namespace quotecheck
