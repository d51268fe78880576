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
    // Each item's article, asked once: `article_of` may chase pointers into a corpus far beyond
    // the cache, and a comparison sort asked it twice a comparison.
    std::vector<uint32_t> article(count);
    uint32_t last = 0;
    for (size_t i = 0; i < count; ++i) last = std::max(last, article[i] = article_of(i));
    // A counting sort by article, stable, so in item order within an article.
    std::vector<uint32_t> start(count == 0 ? 1 : size_t{last} + 2, 0);
    for (const uint32_t a : article) ++start[size_t{a} + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<uint32_t> order(count);  // the items grouped by article
    {
        std::vector<uint32_t> next(start.begin(), start.end() - 1);
        for (size_t i = 0; i < count; ++i) order[next[article[i]]++] = static_cast<uint32_t>(i);
    }
    std::vector<uint32_t> runs;  // the articles with items
    for (uint32_t a = 0; a + 1 < start.size(); ++a)
        if (start[a + 1] > start[a]) runs.push_back(a);
    tbb::parallel_for(size_t{0}, runs.size(), [&](size_t r) {
        const uint32_t a = runs[r];
        visit(a, std::span<const uint32_t>(order).subspan(start[a], start[a + 1] - start[a]));
    });
}

}  // namespace quotecheck
