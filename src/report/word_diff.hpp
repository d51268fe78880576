// Word-level difference between two passages (the same quote as two articles give it), so the
// HTML report can show what a misquote changed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace quotecheck {

struct DiffPiece {
    enum class Kind { same, removed, added };
    Kind kind;
    std::string text;  // whitespace-separated words, joined by single spaces
};

// Longest-common-subsequence diff of the whitespace-separated words of `before` and `after`.
// Words compare by case-folded letters and digits, so "Peace," and "peace" are the same word.
// Passages over `max_words` words give an empty result (the report then shows no diff).
std::vector<DiffPiece> word_diff(std::string_view before, std::string_view after,
                                 size_t max_words = 300);

}  // namespace quotecheck
