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
    if (!slot) slot = words_in(text(), analysis.article.paragraphs[index]);
    return *slot;
}

const std::vector<Word>& ArticleView::writer_words(size_t index) const {
    if (writer_words_.empty()) writer_words_.resize(analysis.article.paragraphs.size());
    const std::vector<Word>*& writer = writer_words_.at(index);
    if (writer) return *writer;
    const std::vector<Word>& all = words(index);
    const std::vector<Span>& regions = quoted();
    // Words and the (merged, disjoint) regions are both in text order: one walk over both,
    // from the first region that ends inside the paragraph, gives
    // inside_regions(regions, word.span) for every word.
    const Span paragraph = analysis.article.paragraphs[index];
    size_t r = static_cast<size_t>(
        std::partition_point(regions.begin(), regions.end(),
                             [&](Span region) { return region.end <= paragraph.start; }) -
        regions.begin());
    if (r == regions.size() || regions[r].start >= paragraph.end) return *(writer = &all);
    auto quoted_word = [&](const Word& word) {
        while (r < regions.size() && regions[r].end <= word.span.start) ++r;
        return r < regions.size() && regions[r].start <= word.span.start;
    };
    size_t kept = 0;
    while (kept < all.size() && !quoted_word(all[kept])) ++kept;
    if (kept == all.size()) return *(writer = &all);
    if (quotes_removed_.empty()) quotes_removed_.resize(analysis.article.paragraphs.size());
    std::vector<Word>& removed = quotes_removed_[index].emplace(all.begin(), all.begin() + kept);
    for (size_t w = kept + 1; w < all.size(); ++w)
        if (!quoted_word(all[w])) removed.push_back(all[w]);
    return *(writer = &removed);
}

}  // namespace quotecheck
