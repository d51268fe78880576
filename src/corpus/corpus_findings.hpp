// Shared by the cross-article checks: the corpus they read (each article's analysis and
// index material) and how they word and place findings.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/analysis.hpp"
#include "attribute/lexicon.hpp"
#include "core/article_runs.hpp"
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
        for_each_article_run(
            items.size(), [&](uint32_t i) { return article_of(items[i]); },
            [&](uint32_t article, std::span<const uint32_t> run) {
                const ArticleText read = text(article);
                for (const uint32_t i : run) use(items[i], read.text());
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
