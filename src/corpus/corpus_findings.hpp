// Shared by the cross-article checks: the corpus they read (each article's analysis and
// index material) and how they word and place findings.
#pragma once

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/analysis.hpp"
#include "attribute/lexicon.hpp"
#include "core/finding.hpp"
#include "corpus/article_material.hpp"

namespace quotecheck {

// The corrections the per-article findings already propose (a house spelling, a title rule):
// a cross-article finding that would propose the same wording at the same places repeats them,
// and is left out.
class ProposedFixes {
  public:
    explicit ProposedFixes(const std::vector<Finding>& article_findings);

    // Whether an article finding inside `place` proposes `fix`.
    bool covers(const Location& place, std::string_view fix) const;

  private:
    struct Entry {
        Location where;
        std::string_view fix;  // into the findings given to the constructor
    };
    std::vector<Entry> entries_;  // by article, then start
};

struct Corpus {
    const std::vector<ArticleAnalysis>& articles;
    const std::vector<ArticleMaterial>& material;
    const AttributionLexicon* roster = nullptr;  // known people's house spellings, if any
    const ProposedFixes* proposed = nullptr;     // what the article findings already propose

    // The article's text, read again from its file when the run released it
    // (Article::release_text): the views it gives live as long as it does.
    ArticleText text(uint32_t article) const { return articles[article].article.read(); }
    // Calls `use(item, text)` for each of `items` with the text of its article,
    // `article_of(item)`: for a check that words many findings, so that a released article's
    // file is read once for all of its items, not once an item. Articles run in parallel; one
    // article's items run on one thread, so `use` may write what belongs to its item alone.
    template <typename Item, typename ArticleOf, typename Use>
    void for_each_text(const std::vector<Item>& items, ArticleOf article_of, Use use) const {
        std::vector<uint32_t> order(items.size());  // the items grouped by article
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
            return article_of(items[x]) < article_of(items[y]);
        });
        std::vector<size_t> runs;  // where each article's items start in `order`, then the end
        for (size_t k = 0; k < order.size(); ++k)
            if (k == 0 || article_of(items[order[k]]) != article_of(items[order[k - 1]]))
                runs.push_back(k);
        runs.push_back(order.size());
        tbb::parallel_for(size_t{0}, runs.size() - 1, [&](size_t r) {
            const ArticleText read = text(article_of(items[order[runs[r]]]));
            for (size_t k = runs[r]; k < runs[r + 1]; ++k) use(items[order[k]], read.text());
        });
    }
    // The file name, enough to tell articles apart in a message.
    std::string name(uint32_t article) const;
    // The article the reader is more likely to have got wrong when two disagree: the one
    // published later, or the later one in the run when the dates are unknown or equal.
    bool later(uint32_t a, uint32_t b) const;
};

// Article text for a message: one line, at most `limit` code points.
std::string excerpt(std::string_view text, Span span, size_t limit = 80);

// Related locations per finding are capped so one repeated quote or name in a large archive
// cannot make a report unreadable.
inline constexpr size_t kMaxRelated = 40;

}  // namespace quotecheck
