// Pairs of items (quotes, claims) worth comparing, found through an inverted index of hashed
// keys (word pairs) instead of comparing all pairs: the work grows with the number of keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace quotecheck {

// Items sharing a key form a group. A group larger than `full_group_limit` (a phrase every
// article repeats) pairs each member only with its first `representatives` members, so one
// very common key cannot make the pairing quadratic.
inline constexpr size_t kFullGroupLimit = 48;
inline constexpr size_t kGroupRepresentatives = 6;

// Unique pairs (i < j) of items sharing at least one key.
std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs(
    const std::vector<std::vector<uint64_t>>& keys);

}  // namespace quotecheck
