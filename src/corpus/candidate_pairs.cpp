#include "corpus/candidate_pairs.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_sort.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <stdexcept>

namespace quotecheck {

// A pair (y, x), y < x, is proposed once for each key they share where y may partner x: in a
// small group always, in a large one when y is among the group's first members. Proposals are
// counted at the larger item, one item at a time, so memory holds the index and a count per item
// for each thread, but never the list of proposals, nor (visited as they are found) the list of
// pairs.
namespace {

// Items whose keys are lists, which several items may share: keys_of(list) is a list's keys,
// list_of(item) an item's list, and release() frees the lists once they are indexed.
template <typename KeysOf, typename ListOf, typename Release>
void visit_candidate_pairs(size_t lists, size_t items, const KeysOf& keys_of, const ListOf& list_of,
                           const Release& release, size_t min_shared,
                           const std::function<void(uint32_t, std::span<const uint32_t>)>& visit) {
    // The inverted index: each key's group of items, in item order, numbered by first
    // appearance through an open-addressing table of the keys (hashes already). A posting is one
    // key of one list; a list's postings are consecutive, in list order. The items sharing a list
    // share its postings; each is a member of the groups of its list's keys.
    size_t total = 0;
    for (size_t list = 0; list < lists; ++list) total += keys_of(list).size();
    std::vector<uint32_t> first_posting(lists + 1, 0);
    std::vector<uint32_t> posting_group(total);
    std::vector<uint32_t> group_start;
    {
        constexpr uint32_t kEmpty = UINT32_MAX;
        std::vector<uint64_t> group_key;
        std::vector<uint32_t> slots(std::bit_ceil(total + total / 2 + 1), kEmpty);
        const size_t mask = slots.size() - 1;
        size_t p = 0;
        for (size_t list = 0; list < lists; ++list) {
            for (const uint64_t key : keys_of(list)) {
                size_t slot = key & mask;
                while (slots[slot] != kEmpty && group_key[slots[slot]] != key)
                    slot = (slot + 1) & mask;
                if (slots[slot] == kEmpty) {
                    slots[slot] = static_cast<uint32_t>(group_key.size());
                    group_key.push_back(key);
                }
                posting_group[p++] = slots[slot];
            }
            first_posting[list + 1] = static_cast<uint32_t>(p);
        }
        group_start.assign(group_key.size() + 1, 0);
    }
    release();
    // Each group's members, one group after another, in item order.
    for (size_t item = 0; item < items; ++item) {
        const uint32_t list = list_of(item);
        for (uint32_t p = first_posting[list]; p < first_posting[list + 1]; ++p)
            ++group_start[posting_group[p] + 1];
    }
    for (size_t g = 1; g < group_start.size(); ++g) group_start[g] += group_start[g - 1];
    std::vector<uint32_t> members(group_start.back());
    {
        std::vector<uint32_t> filled(group_start.begin(), group_start.end() - 1);
        for (uint32_t item = 0; item < items; ++item) {
            const uint32_t list = list_of(item);
            for (uint32_t p = first_posting[list]; p < first_posting[list + 1]; ++p)
                members[filled[posting_group[p]]++] = item;
        }
    }

    // Scratch: the proposals to the current item counted per partner (zero between items), and
    // the partners counted, so that only they are read and reset; those proposed often enough
    // are kept at the front of `partners` for the visit. A count is only ever compared with
    // min_shared or less, so it stops at 255: a byte per item and thread (a large archive has a
    // million quotes, and each thread held 4 MB of counts as 32-bit numbers).
    struct Proposals {
        std::vector<uint8_t> count;
        std::vector<uint32_t> partners;
    };
    if (min_shared > UINT8_MAX)
        throw std::invalid_argument("for_each_candidate_pair: min_shared above 255");
    auto key_count = [&](uint32_t item) {
        const uint32_t list = list_of(item);
        return first_posting[list + 1] - first_posting[list];
    };
    tbb::enumerable_thread_specific<Proposals> proposals_local;
    tbb::parallel_for(size_t{0}, items, [&](size_t item) {
        const auto x = static_cast<uint32_t>(item);
        Proposals& proposals = proposals_local.local();
        if (proposals.count.empty()) proposals.count.resize(items);
        const uint32_t list = list_of(x);
        for (uint32_t p = first_posting[list]; p < first_posting[list + 1]; ++p) {
            const uint32_t group = posting_group[p];
            const size_t size = group_start[group + 1] - group_start[group];
            const size_t partners = size > kFullGroupLimit ? kGroupRepresentatives : size;
            // The members before x (they are in item order), up to the partners a member has.
            const uint32_t* member = members.data() + group_start[group];
            for (size_t q = 0; q < partners && member[q] != x; ++q) {
                const uint32_t y = member[q];
                uint8_t& count = proposals.count[y];
                if (count == 0) proposals.partners.push_back(y);
                if (count < UINT8_MAX) ++count;
            }
        }
        size_t kept = 0;
        for (const uint32_t y : proposals.partners) {
            // A short quote with one word changed keeps only one of its few word pairs.
            const size_t fewer_keys = std::min(key_count(x), key_count(y));
            const size_t needed = std::min(min_shared, std::max<size_t>(1, fewer_keys / 3));
            if (proposals.count[y] >= needed) proposals.partners[kept++] = y;
            proposals.count[y] = 0;
        }
        if (kept > 0) visit(x, std::span<const uint32_t>(proposals.partners.data(), kept));
        proposals.partners.clear();
    });
}

}  // namespace

void for_each_candidate_pair(
    std::vector<std::vector<uint64_t>> keys, size_t min_shared,
    const std::function<void(uint32_t, std::span<const uint32_t>)>& visit) {
    const size_t items = keys.size();
    visit_candidate_pairs(
        items, items, [&](size_t item) -> const std::vector<uint64_t>& { return keys[item]; },
        [](size_t item) { return static_cast<uint32_t>(item); },
        [&] { std::vector<std::vector<uint64_t>>().swap(keys); }, min_shared, visit);
}

void for_each_candidate_pair(
    KeyLists lists, std::span<const uint32_t> list_of, size_t min_shared,
    const std::function<void(uint32_t, std::span<const uint32_t>)>& visit) {
    visit_candidate_pairs(
        lists.first.size() - 1, list_of.size(),
        [&](size_t list) {
            return std::span<const uint64_t>(lists.keys.data() + lists.first[list],
                                             lists.first[list + 1] - lists.first[list]);
        },
        [&](size_t item) { return list_of[item]; },
        [&] {
            std::vector<uint64_t>().swap(lists.keys);
            std::vector<uint32_t>().swap(lists.first);
        },
        min_shared, visit);
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
