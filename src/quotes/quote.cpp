#include "quotes/quote.hpp"

#include <algorithm>

namespace quotecheck {

std::string_view to_string(QuoteKind kind) {
    switch (kind) {
        case QuoteKind::direct:
            return "direct";
        case QuoteKind::partial:
            return "partial";
        case QuoteKind::block:
            return "block";
        case QuoteKind::scare:
            return "scare";
    }
    return "direct";
}

std::string_view to_string(MarkProblem problem) {
    switch (problem) {
        case MarkProblem::unclosed:
            return "unclosed";
        case MarkProblem::mismatched:
            return "mismatched";
        case MarkProblem::stray_closing:
            return "stray-closing";
        case MarkProblem::glued_after:
            return "glued-after";
        case MarkProblem::glued_before:
            return "glued-before";
        case MarkProblem::too_deep:
            return "too-deep";
    }
    return "unclosed";
}

std::span<const ContinuationMark> Extraction::continuation_marks(const Quote& quote) const {
    // (Not std::ranges: clang 14, the fuzz preset's compiler, cannot instantiate libstdc++ 12's
    // range algorithms.)
    struct ByQuote {
        bool operator()(const ContinuationMark& m, uint32_t at) const { return m.quote < at; }
        bool operator()(uint32_t at, const ContinuationMark& m) const { return at < m.quote; }
    };
    const auto [first, last] =
        std::equal_range(continuations.begin(), continuations.end(), quote.open.start, ByQuote{});
    return {first, last};
}

std::string quote_text(std::string_view article_text, const Quote& quote,
                       std::span<const ContinuationMark> continuation_marks) {
    std::string result;
    uint32_t from = quote.text.start;
    auto append = [&](uint32_t to) {
        std::string_view piece = article_text.substr(from, to - std::min(to, from));
        for (char c : piece) {
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';
            if (c == ' ' && (result.empty() || result.back() == ' ')) continue;
            result.push_back(c);
        }
    };
    for (const ContinuationMark& continuation : continuation_marks) {
        const Span mark = continuation.mark;
        if (mark.start < from || mark.end > quote.text.end) continue;
        append(mark.start);
        from = mark.end;
    }
    append(quote.text.end);
    while (!result.empty() && result.back() == ' ') result.pop_back();
    return result;
}

}  // namespace quotecheck
