#include "corpus/candidate_pairs.hpp"

#include <oneapi/tbb/parallel_sort.h>

#include <algorithm>

namespace quotecheck {

std::vector<std::pair<uint32_t, uint32_t>> candidate_pairs(
    const std::vector<std::vector<uint64_t>>& keys, size_t min_shared) {
    std::vector<std::pair<uint64_t, uint32_t>> postings;
    size_t total = 0;
    for (const auto& item_keys : keys) total += item_keys.size();
    postings.reserve(total);
    for (uint32_t item = 0; item < keys.size(); ++item)
        for (uint64_t key : keys[item]) postings.emplace_back(key, item);
    tbb::parallel_sort(postings.begin(), postings.end());

    std::vector<uint64_t> pairs;
    auto add = [&](uint32_t x, uint32_t y) {
        if (x == y) return;
        if (x > y) std::swap(x, y);
        pairs.push_back(uint64_t{x} << 32 | y);
    };
    for (size_t begin = 0; begin < postings.size();) {
        size_t end = begin + 1;
        while (end < postings.size() && postings[end].first == postings[begin].first) ++end;
        const size_t size = end - begin;
        const size_t partners = size > kFullGroupLimit ? kGroupRepresentatives : size;
        for (size_t i = begin; i < end; ++i)
            for (size_t j = begin; j < begin + partners && j < i; ++j)
                add(postings[i].second, postings[j].second);
        begin = end;
    }
    tbb::parallel_sort(pairs.begin(), pairs.end());

    std::vector<std::pair<uint32_t, uint32_t>> result;
    for (size_t begin = 0; begin < pairs.size();) {
        size_t end = begin + 1;
        while (end < pairs.size() && pairs[end] == pairs[begin]) ++end;
        const auto x = static_cast<uint32_t>(pairs[begin] >> 32);
        const auto y = static_cast<uint32_t>(pairs[begin]);
        // A short quote with one word changed keeps only one of its few word pairs.
        const size_t fewer_keys = std::min(keys[x].size(), keys[y].size());
        const size_t needed = std::min(min_shared, std::max<size_t>(1, fewer_keys / 3));
        if (end - begin >= needed) result.emplace_back(x, y);
        begin = end;
    }
    return result;
}

}  // namespace quotecheck
