// Pairs of items (quotes, claims) worth comparing, found through an inverted index of hashed
// keys (word pairs) instead of comparing all pairs: the work grows with the number of keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace quotecheck {

// Items sharing a key form a group. A group larger than `kFullGroupLimit` (a phrase many
// articles repeat) pairs each member only with its first `kGroupRepresentatives` members, so a
// common key cannot make the pairing quadratic.
inline constexpr size_t kFullGroupLimit = 16;
inline constexpr size_t kGroupRepresentatives = 6;

// Unique pairs (i < j) of items sharing at least `min_shared` keys: one shared word pair is
// often chance, two rarely are. Items with fewer than three keys per required key need fewer.
// The keys are taken by value and freed once they are indexed.
std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs(std::vector<std::vector<uint64_t>> keys,
                                                           size_t min_shared = 1);

// The same pairs handed over as they are found, so that a large corpus never holds the list:
// `visit(j, partners)` once for each item j with partners, each i < j paired with it, in no
// particular order; items from several threads at once. One call per item rather than per pair
// lets a visitor fetch its per-thread state once for all of an item's pairs.
void for_each_candidate_pair(std::vector<std::vector<uint64_t>> keys, size_t min_shared,
                             const std::function<void(uint32_t, std::span<const uint32_t>)>& visit);

// Keys as lists that several items may share (the copies of one quote have its wording's keys),
// one list after another: list l is keys[first[l], first[l + 1]).
struct KeyLists {
    std::vector<uint64_t> keys;
    std::vector<uint32_t> first;  // one more than the lists
};

// The same, item i having the keys of list list_of[i]. The lists are taken by value and freed
// once they are indexed.
void for_each_candidate_pair(KeyLists lists, std::span<const uint32_t> list_of, size_t min_shared,
                             const std::function<void(uint32_t, std::span<const uint32_t>)>& visit);

}  // namespace quotecheck
