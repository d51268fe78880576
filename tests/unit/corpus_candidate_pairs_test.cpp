// Candidate pairs from the inverted index: who gets compared with whom.
#include <catch2/catch.hpp>

#include <algorithm>
#include <mutex>

#include "corpus/candidate_pairs.hpp"

using namespace quotecheck;

using Pairs = std::vector<std::pair<uint32_t, uint32_t>>;

TEST_CASE("items sharing keys are paired once - items sharing none are not") {
    const std::vector<std::vector<uint64_t>> keys = {{1, 2, 3}, {3, 4}, {5}, {1, 2}};
    CHECK(candidate_pairs(keys) == Pairs{{0, 1}, {0, 3}});
}

TEST_CASE("a minimum of shared keys drops chance matches but not items with few keys") {
    const std::vector<std::vector<uint64_t>> keys = {
        {1, 2, 3, 4, 5, 6}, {6, 7, 8, 9, 10, 11}, {1, 2, 12, 13, 14, 15}, {20, 21}, {21, 22, 23}};
    CHECK(candidate_pairs(keys, 2) == Pairs{{0, 2}, {3, 4}});
}

TEST_CASE("a key shared by very many items pairs them with a few representatives only") {
    std::vector<std::vector<uint64_t>> keys(100, std::vector<uint64_t>{42});
    const Pairs pairs = candidate_pairs(keys);
    CHECK(pairs.size() == kGroupRepresentatives * (keys.size() - kGroupRepresentatives) +
                              kGroupRepresentatives * (kGroupRepresentatives - 1) / 2);
    for (const auto& [x, y] : pairs) CHECK(x < kGroupRepresentatives);
}

TEST_CASE("items sharing a list of keys are paired as if each had its own copy") {
    // Lists {1, 2, 3}, {3, 4}, {1, 2} and {5}; the items' lists repeat, as copies of one quote do.
    const std::vector<uint32_t> list_of = {0, 1, 0, 3, 2, 0, 1};
    KeyLists lists{{1, 2, 3, 3, 4, 1, 2, 5}, {0, 3, 5, 7, 8}};
    std::vector<std::vector<uint64_t>> copies;
    for (const uint32_t list : list_of)
        copies.emplace_back(lists.keys.begin() + lists.first[list],
                            lists.keys.begin() + lists.first[list + 1]);
    for (const size_t min_shared : {1, 2}) {
        Pairs shared;
        std::mutex lock;
        for_each_candidate_pair(lists, list_of, min_shared,
                                [&](uint32_t x, std::span<const uint32_t> partners) {
                                    const std::lock_guard<std::mutex> hold(lock);
                                    for (const uint32_t y : partners) shared.emplace_back(y, x);
                                });
        std::sort(shared.begin(), shared.end());
        CHECK(shared == candidate_pairs(copies, min_shared));
        CHECK_FALSE(shared.empty());
    }
}

TEST_CASE("items sharing more keys than a count's byte holds are still paired, once") {
    // 256 shared keys: a byte counting them without stopping at 255 would be back at 0.
    std::vector<uint64_t> many(256);
    for (size_t k = 0; k < many.size(); ++k) many[k] = 1000 + k;
    std::vector<uint64_t> more = many;
    more.push_back(7);
    const std::vector<std::vector<uint64_t>> keys = {many, {1, 2}, more};
    CHECK(candidate_pairs(keys, 2) == Pairs{{0, 2}});
    CHECK(candidate_pairs(keys, 255) == Pairs{{0, 2}});
    CHECK_THROWS_AS(candidate_pairs(keys, 256), std::invalid_argument);
}
