#include "rules/article_view.hpp"

#include <algorithm>

#include "rules/analysis_queries.hpp"

namespace quotecheck {

const std::vector<Span>& ArticleView::quoted() const {
    if (!quoted_) quoted_ = quoted_regions(analysis);
    return *quoted_;
}

const std::vector<Word>& ArticleView::words(size_t index) const {
    if (words_.empty()) words_.resize(analysis.article.paragraphs.size());
    auto& slot = words_.at(index);
    if (!slot) {
        // Written to a buffer kept for the whole article, then copied at their exact number.
        const Span paragraph = analysis.article.paragraphs[index];
        if (scratch_.size() < most_words_in(paragraph)) scratch_.resize(most_words_in(paragraph));
        const size_t count = write_words_in(text(), paragraph, scratch_);
        slot.emplace(scratch_.begin(), scratch_.begin() + static_cast<std::ptrdiff_t>(count));
    }
    return *slot;
}

const std::vector<Word>& ArticleView::writer_words(size_t index) const {
    if (writer_words_.empty()) writer_words_.resize(analysis.article.paragraphs.size());
    const std::vector<Word>*& writer = writer_words_.at(index);
    if (writer) return *writer;
    const std::vector<Word>& all = words(index);
    const std::vector<Span>& regions = quoted();
    // Words and the (merged, disjoint) regions are both in text order: from the first region
    // that ends inside the paragraph, each region's words (those starting inside it) are found by
    // binary search, and the words between regions are kept a run at a time.
    const Span paragraph = analysis.article.paragraphs[index];
    auto region = std::partition_point(regions.begin(), regions.end(),
                                       [&](Span r) { return r.end <= paragraph.start; });
    auto starting_before = [](const Word& word, uint32_t offset) {
        return word.span.start < offset;
    };
    std::vector<Word>* removed = nullptr;
    auto kept_from = all.begin();
    for (; region != regions.end() && region->start < paragraph.end; ++region) {
        const auto quoted = std::lower_bound(kept_from, all.end(), region->start, starting_before);
        const auto past = std::lower_bound(quoted, all.end(), region->end, starting_before);
        if (quoted == past) continue;
        if (!removed) {
            if (quotes_removed_.empty()) quotes_removed_.resize(analysis.article.paragraphs.size());
            removed = &quotes_removed_[index].emplace();
        }
        removed->insert(removed->end(), kept_from, quoted);
        kept_from = past;
    }
    if (!removed) return *(writer = &all);
    removed->insert(removed->end(), kept_from, all.end());
    return *(writer = removed);
}

}  // namespace quotecheck
