// A quotation found in an article, and the quote-mark problems found on the way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

enum class QuoteKind {
    direct,   // a full utterance: “We welcome this process,” Putin said.
    partial,  // a fragment inside the writer's sentence: praised the “new quality” of ties
    block,    // runs over several paragraphs, the opening mark repeated on each
    scare,    // a term or title in quote marks that is nobody's speech
};

std::string_view to_string(QuoteKind kind);

struct Quote {
    Span text;   // between the marks, marks excluded (a block quote: first opening to last closing)
    Span open;   // the opening mark
    Span close;  // the closing mark; empty when the quote was never closed
    std::vector<Span>
        continuation_marks;  // block quotes: opening marks repeated on later paragraphs
    QuoteKind kind = QuoteKind::direct;
    uint32_t first_paragraph = 0;
    uint32_t last_paragraph = 0;
    uint8_t depth = 0;  // 0 for a quote that is not inside another quote

    bool closed() const { return !close.empty(); }
};

// The quoted words as a reader sees them: a block quote's repeated opening marks and paragraph
// breaks become single spaces.
std::string quote_text(std::string_view article_text, const Quote& quote);

enum class MarkProblem {
    unclosed,       // an opening mark never closed before the paragraph ends
    mismatched,     // closed with a mark of another style (‘…”, “…")
    stray_closing,  // a closing mark with no opening mark
    glued_after,    // a closing mark run into the next word (”he said)
    glued_before,   // an opening mark run into the previous word (said,“We)
    too_deep,       // more nested opening marks than quotecheck follows
};

std::string_view to_string(MarkProblem problem);

struct MarkIssue {
    MarkProblem problem;
    Span mark;   // the mark at fault
    Span other;  // the opening mark it pairs with (mismatched), else empty
};

struct Extraction {
    std::vector<Quote> quotes;  // ordered by opening mark
    std::vector<MarkIssue> issues;
};

}  // namespace quotecheck
