// One article as the rules see it: the analysis plus the work several rule kinds share (the
// quoted regions, each paragraph's words), done once per article instead of once per rule.
// One view per article and thread: its caches are not shared.
#pragma once

#include <optional>
#include <vector>

#include "attribute/analysis.hpp"
#include "rules/words.hpp"

namespace quotecheck {

class ArticleView {
  public:
    explicit ArticleView(const ArticleAnalysis& article_analysis) : analysis(article_analysis) {}

    const ArticleAnalysis& analysis;
    std::string_view text() const { return analysis.article.text(); }
    // Quotations from opening to closing mark, sorted and merged (see quoted_regions).
    const std::vector<Span>& quoted() const;
    // The words of paragraph `index`, and those of them outside every quotation (the writer's).
    const std::vector<Word>& words(size_t index) const;
    const std::vector<Word>& writer_words(size_t index) const;

  private:
    mutable std::optional<std::vector<Span>> quoted_;
    mutable std::vector<std::optional<std::vector<Word>>> words_, quotes_removed_;
    // Per paragraph, once asked for: its writer's words, which are the slot of words_ itself
    // when no quotation takes a word away (most paragraphs), else the slot of quotes_removed_.
    mutable std::vector<const std::vector<Word>*> writer_words_;
    mutable std::vector<Word> scratch_;  // room for the words of any paragraph seen so far
};

}  // namespace quotecheck
