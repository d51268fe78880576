// A quotation found in an article, and the quote-mark problems found on the way.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

enum class QuoteKind : uint8_t {
    direct,   // a full utterance: “We welcome this process,” Putin said.
    partial,  // a fragment inside the writer's sentence: praised the “new quality” of ties
    block,    // runs over several paragraphs, the opening mark repeated on each
    scare,    // a term or title in quote marks that is nobody's speech
};

std::string_view to_string(QuoteKind kind);

// A block quote's opening marks repeated on later paragraphs are kept with the article's
// extraction (Extraction::continuation_marks), not in each quote: few quotes have any, and every
// article's quotes are held for the whole run.
struct Quote {
    Span text;   // between the marks, marks excluded (a block quote: first opening to last closing)
    Span open;   // the opening mark
    Span close;  // the closing mark; empty when the quote was never closed
    uint32_t first_paragraph = 0;
    uint32_t last_paragraph = 0;
    QuoteKind kind = QuoteKind::direct;
    uint8_t depth = 0;  // 0 for a quote that is not inside another quote

    bool closed() const { return !close.empty(); }
};

// A block quote's opening mark repeated on a later paragraph.
struct ContinuationMark {
    uint32_t quote = 0;  // the quote's open.start: one quote per opening mark
    Span mark;
};

// The quoted words as a reader sees them: a block quote's repeated opening marks
// (`continuation_marks`, Extraction::continuation_marks) and paragraph breaks become single
// spaces.
std::string quote_text(std::string_view article_text, const Quote& quote,
                       std::span<const ContinuationMark> continuation_marks);

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
    std::vector<ContinuationMark> continuations;  // by quote, then in text order

    // The repeated opening marks of `quote`, one of `quotes`.
    std::span<const ContinuationMark> continuation_marks(const Quote& quote) const;
    // quote_text of `quote`, one of `quotes`, with its continuation marks.
    std::string text_of(std::string_view article_text, const Quote& quote) const {
        return quote_text(article_text, quote, continuation_marks(quote));
    }
};

}  // namespace quotecheck
