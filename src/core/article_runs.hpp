// Work on items that point into articles (findings' places, claims, quotes), grouped by article
// so that each article is read once for all of its items: a large run has released the text and
// reads each file again, which must not happen once an item.
#pragma once

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <span>
#include <vector>

namespace quotecheck {

// Calls `visit(article, items)` once for each article that some of `count` items point into
// (`article_of(i)` for item i), with the indices of that article's items in increasing order.
// Articles run in parallel; one article's items on one thread, so `visit` may write what
// belongs to those items alone.
template <typename ArticleOf, typename Visit>
void for_each_article_run(size_t count, ArticleOf article_of, Visit visit) {
    std::vector<uint32_t> order(count);  // the items grouped by article, in item order within
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
        const uint32_t a = article_of(x), b = article_of(y);
        return a != b ? a < b : x < y;
    });
    std::vector<size_t> runs;  // where each article's items start in `order`, then the end
    for (size_t k = 0; k < order.size(); ++k)
        if (k == 0 || article_of(order[k]) != article_of(order[k - 1])) runs.push_back(k);
    runs.push_back(order.size());
    tbb::parallel_for(size_t{0}, runs.size() - 1, [&](size_t r) {
        visit(article_of(order[runs[r]]),
              std::span<const uint32_t>(order).subspan(runs[r], runs[r + 1] - runs[r]));
    });
}

}  // namespace quotecheck
