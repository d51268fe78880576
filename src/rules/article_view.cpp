#include "rules/article_view.hpp"

#include "rules/analysis_queries.hpp"

namespace quotecheck {

const std::vector<Span>& ArticleView::quoted() const {
    if (!quoted_) quoted_ = quoted_regions(analysis);
    return *quoted_;
}

const std::vector<Word>& ArticleView::words(size_t index) const {
    if (words_.empty()) words_.resize(analysis.article.paragraphs.size());
    auto& slot = words_.at(index);
    if (!slot) slot = words_in(text(), analysis.article.paragraphs[index]);
    return *slot;
}

const std::vector<Word>& ArticleView::writer_words(size_t index) const {
    if (writer_words_.empty()) writer_words_.resize(analysis.article.paragraphs.size());
    auto& slot = writer_words_.at(index);
    if (!slot) {
        const std::vector<Word>& all = words(index);
        const std::vector<Span>& regions = quoted();
        slot.emplace();
        slot->reserve(all.size());
        // Words and the (merged, disjoint) regions are both in text order: one walk over both
        // gives inside_regions(regions, word.span) for every word.
        size_t r = 0;
        for (const Word& word : all) {
            while (r < regions.size() && regions[r].end <= word.span.start) ++r;
            if (r < regions.size() && regions[r].start <= word.span.start) continue;
            slot->push_back(word);
        }
    }
    return *slot;
}

}  // namespace quotecheck
