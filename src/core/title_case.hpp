// When a line reads as written in title case, as a headline may be: the loader (which splits a
// title-case first line from the paragraph under it) and the mention finder (which reads a
// headline's words apart from names) count words their own way and judge them by this one rule.
#pragma once

#include <cstddef>

namespace quotecheck {

// Of a line's words of four letters or more after its first (`long_words`), `capitalised`
// begin with a capital: at least three such words, and all but one in five capitalised.
constexpr bool mostly_capitalised(size_t long_words, size_t capitalised) {
    return long_words >= 3 && capitalised * 5 >= long_words * 4;
}

}  // namespace quotecheck
