#include "corpus/candidate_pairs.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_sort.h>

#include <algorithm>

namespace quotecheck {

// A pair (y, x), y < x, is proposed once for each key they share where y may partner x: in a
// small group always, in a large one when y is among the group's first members. Proposals are
// counted at the larger item, one item at a time, so memory holds the index and a count per item
// for each thread, but never the list of proposals, nor (visited as they are found) the list of
// pairs.
void for_each_candidate_pair(std::vector<std::vector<uint64_t>> keys, size_t min_shared,
                             const std::function<void(uint32_t, uint32_t)>& visit) {
    // The inverted index: (key, item) sorted, so a group is a run of one key, members by item.
    std::vector<std::pair<uint64_t, uint32_t>> postings;
    size_t total = 0;
    for (const auto& item_keys : keys) total += item_keys.size();
    postings.reserve(total);
    const size_t items = keys.size();
    std::vector<uint32_t> key_count(items);
    for (uint32_t item = 0; item < items; ++item) {
        for (uint64_t key : keys[item]) postings.emplace_back(key, item);
        key_count[item] = static_cast<uint32_t>(keys[item].size());
    }
    std::vector<std::vector<uint64_t>>().swap(keys);
    tbb::parallel_sort(postings.begin(), postings.end());

    // Where each posting's group starts, and each item's postings (a compressed row list).
    std::vector<uint32_t> group_start(postings.size()), group_size(postings.size());
    for (size_t begin = 0; begin < postings.size();) {
        size_t end = begin + 1;
        while (end < postings.size() && postings[end].first == postings[begin].first) ++end;
        for (size_t p = begin; p < end; ++p) {
            group_start[p] = static_cast<uint32_t>(begin);
            group_size[p] = static_cast<uint32_t>(end - begin);
        }
        begin = end;
    }
    std::vector<uint32_t> first_posting(items + 1, 0);
    for (const auto& posting : postings) ++first_posting[posting.second + 1];
    for (size_t item = 0; item < items; ++item) first_posting[item + 1] += first_posting[item];
    std::vector<uint32_t> item_postings(postings.size());
    {
        std::vector<uint32_t> next(first_posting.begin(), first_posting.end() - 1);
        for (uint32_t p = 0; p < postings.size(); ++p)
            item_postings[next[postings[p].second]++] = p;
    }

    // Scratch: the proposals to the current item counted per partner (zero between items), and
    // the partners counted, so that only they are read and reset.
    struct Proposals {
        std::vector<uint32_t> count;
        std::vector<uint32_t> partners;
    };
    tbb::enumerable_thread_specific<Proposals> proposals_local;
    tbb::parallel_for(size_t{0}, items, [&](size_t item) {
        const auto x = static_cast<uint32_t>(item);
        Proposals& proposals = proposals_local.local();
        if (proposals.count.empty()) proposals.count.resize(items);
        for (uint32_t k = first_posting[x]; k < first_posting[x + 1]; ++k) {
            const uint32_t p = item_postings[k];
            const uint32_t begin = group_start[p];
            const size_t partners =
                group_size[p] > kFullGroupLimit ? kGroupRepresentatives : group_size[p];
            const uint32_t last = std::min<uint32_t>(p, begin + static_cast<uint32_t>(partners));
            for (uint32_t q = begin; q < last; ++q) {
                const uint32_t y = postings[q].second;
                if (y != x && proposals.count[y]++ == 0) proposals.partners.push_back(y);
            }
        }
        for (const uint32_t y : proposals.partners) {
            // A short quote with one word changed keeps only one of its few word pairs.
            const size_t fewer_keys = std::min(key_count[x], key_count[y]);
            const size_t needed = std::min(min_shared, std::max<size_t>(1, fewer_keys / 3));
            if (proposals.count[y] >= needed) visit(y, x);
            proposals.count[y] = 0;
        }
        proposals.partners.clear();
    });
}

std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs(std::vector<std::vector<uint64_t>> keys,
                                                           size_t min_shared) {
    tbb::enumerable_thread_specific<std::vector<std::pair<uint32_t, uint32_t>>> found;
    for_each_candidate_pair(std::move(keys), min_shared,
                            [&](uint32_t y, uint32_t x) { found.local().emplace_back(y, x); });
    std::vector<std::pair<uint32_t, uint32_t>> result;
    for (const auto& pairs : found) result.insert(result.end(), pairs.begin(), pairs.end());
    tbb::parallel_sort(result.begin(), result.end());
    return result;
}

}  // namespace quotecheck
