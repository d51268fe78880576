#include "corpus/candidate_pairs.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_sort.h>

#include <algorithm>
#include <bit>
#include <cstdint>

namespace quotecheck {

// A pair (y, x), y < x, is proposed once for each key they share where y may partner x: in a
// small group always, in a large one when y is among the group's first members. Proposals are
// counted at the larger item, one item at a time, so memory holds the index and a count per item
// for each thread, but never the list of proposals, nor (visited as they are found) the list of
// pairs.
void for_each_candidate_pair(
    std::vector<std::vector<uint64_t>> keys, size_t min_shared,
    const std::function<void(uint32_t, std::span<const uint32_t>)>& visit) {
    // The inverted index: each key's group of items, in item order, numbered by first
    // appearance through an open-addressing table of the keys (hashes already). A posting is one
    // key of one item; an item's postings are consecutive, in item order.
    size_t total = 0;
    for (const auto& item_keys : keys) total += item_keys.size();
    const size_t items = keys.size();
    std::vector<uint32_t> key_count(items);
    std::vector<uint32_t> posting_group(total), posting_place(total);
    std::vector<uint32_t> group_size;
    {
        constexpr uint32_t kEmpty = UINT32_MAX;
        std::vector<uint64_t> group_key;
        std::vector<uint32_t> slots(std::bit_ceil(total + total / 2 + 1), kEmpty);
        const size_t mask = slots.size() - 1;
        size_t p = 0;
        for (size_t item = 0; item < items; ++item) {
            for (uint64_t key : keys[item]) {
                size_t slot = key & mask;
                while (slots[slot] != kEmpty && group_key[slots[slot]] != key)
                    slot = (slot + 1) & mask;
                if (slots[slot] == kEmpty) {
                    slots[slot] = static_cast<uint32_t>(group_key.size());
                    group_key.push_back(key);
                    group_size.push_back(0);
                }
                posting_group[p] = slots[slot];
                posting_place[p] = group_size[slots[slot]]++;
                ++p;
            }
            key_count[item] = static_cast<uint32_t>(keys[item].size());
        }
    }
    std::vector<std::vector<uint64_t>>().swap(keys);
    // Each group's members, one group after another, and each item's first posting.
    std::vector<uint32_t> group_start(group_size.size() + 1, 0);
    for (size_t g = 0; g < group_size.size(); ++g)
        group_start[g + 1] = group_start[g] + group_size[g];
    std::vector<uint32_t> first_posting(items + 1, 0);
    for (size_t item = 0; item < items; ++item)
        first_posting[item + 1] = first_posting[item] + key_count[item];
    std::vector<uint32_t> members(total);
    for (uint32_t item = 0; item < items; ++item)
        for (uint32_t p = first_posting[item]; p < first_posting[item + 1]; ++p)
            members[group_start[posting_group[p]] + posting_place[p]] = item;

    // Scratch: the proposals to the current item counted per partner (zero between items), and
    // the partners counted, so that only they are read and reset; those proposed often enough
    // are kept at the front of `partners` for the visit.
    struct Proposals {
        std::vector<uint32_t> count;
        std::vector<uint32_t> partners;
    };
    tbb::enumerable_thread_specific<Proposals> proposals_local;
    tbb::parallel_for(size_t{0}, items, [&](size_t item) {
        const auto x = static_cast<uint32_t>(item);
        Proposals& proposals = proposals_local.local();
        if (proposals.count.empty()) proposals.count.resize(items);
        for (uint32_t p = first_posting[x]; p < first_posting[x + 1]; ++p) {
            const uint32_t group = posting_group[p];
            const size_t partners =
                group_size[group] > kFullGroupLimit ? kGroupRepresentatives : group_size[group];
            const uint32_t* member = members.data() + group_start[group];
            const size_t last = std::min<size_t>(posting_place[p], partners);
            for (size_t q = 0; q < last; ++q) {
                const uint32_t y = member[q];
                if (y != x && proposals.count[y]++ == 0) proposals.partners.push_back(y);
            }
        }
        size_t kept = 0;
        for (const uint32_t y : proposals.partners) {
            // A short quote with one word changed keeps only one of its few word pairs.
            const size_t fewer_keys = std::min(key_count[x], key_count[y]);
            const size_t needed = std::min(min_shared, std::max<size_t>(1, fewer_keys / 3));
            if (proposals.count[y] >= needed) proposals.partners[kept++] = y;
            proposals.count[y] = 0;
        }
        if (kept > 0) visit(x, std::span<const uint32_t>(proposals.partners.data(), kept));
        proposals.partners.clear();
    });
}

std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs(std::vector<std::vector<uint64_t>> keys,
                                                           size_t min_shared) {
    tbb::enumerable_thread_specific<std::vector<std::pair<uint32_t, uint32_t>>> found;
    for_each_candidate_pair(std::move(keys), min_shared,
                            [&](uint32_t x, std::span<const uint32_t> partners) {
                                auto& pairs = found.local();
                                for (const uint32_t y : partners) pairs.emplace_back(y, x);
                            });
    std::vector<std::pair<uint32_t, uint32_t>> result;
    for (const auto& pairs : found) result.insert(result.end(), pairs.begin(), pairs.end());
    tbb::parallel_sort(result.begin(), result.end());
    return result;
}

}  // namespace quotecheck
