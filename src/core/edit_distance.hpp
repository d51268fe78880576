// Levenshtein distance between two byte strings: "did you mean" suggestions for unknown keys and
// near-identical spellings of a name.
#pragma once

#include <cstddef>
#include <string_view>

namespace quotecheck {

size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace quotecheck
