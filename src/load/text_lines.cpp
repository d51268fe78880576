#include "load/text_lines.hpp"

#include <algorithm>
#include <cctype>

namespace quotecheck {

namespace {

bool blank(std::string_view line) {
    return trim(line).empty();
}

bool ends_sentence(std::string_view line) {
    line = trim(line);
    if (line.empty()) return true;
    static constexpr std::string_view kEnds[] = {".",      "!",      "?",      ":", "\"",    "'",
                                                 "\u201D", "\u2019", "\u00BB", ")", "\u2026"};
    return std::any_of(std::begin(kEnds), std::end(kEnds),
                       [&](std::string_view e) { return line.ends_with(e); });
}

bool starts_lowercase(std::string_view line) {
    return !line.empty() && std::islower(static_cast<unsigned char>(line.front()));
}

// Hard-wrapped prose: several lines of similar, moderate length, most of which stop in the
// middle of a sentence.
bool hard_wrapped(std::string_view text, const std::vector<Span>& block) {
    if (block.size() < 3) return false;
    size_t mid_sentence = 0, moderate = 0;
    for (size_t i = 0; i + 1 < block.size(); ++i) {
        const std::string_view line = block[i].in(text);
        if (!ends_sentence(line)) ++mid_sentence;
        if (line.size() >= 30 && line.size() <= 110) ++moderate;
    }
    const size_t inner = block.size() - 1;
    return moderate * 10 >= inner * 8 && mid_sentence * 2 >= inner;
}

}  // namespace

std::string_view trim(std::string_view text) {
    auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    while (!text.empty() && space(text.front())) text.remove_prefix(1);
    while (!text.empty() && space(text.back())) text.remove_suffix(1);
    // Non-breaking spaces pad many pasted articles.
    while (text.starts_with("\u00A0")) text.remove_prefix(2);
    while (text.ends_with("\u00A0")) text.remove_suffix(2);
    return text;
}

std::vector<Span> split_lines(std::string_view text) {
    std::vector<Span> lines;
    uint32_t start = 0;
    const auto size = static_cast<uint32_t>(text.size());
    while (start <= size) {
        size_t nl = text.find('\n', start);
        const auto end = nl == std::string_view::npos ? size : static_cast<uint32_t>(nl);
        lines.push_back({start, end});
        if (nl == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

std::vector<Span> paragraphs_from_lines(std::string_view text, const std::vector<Span>& lines) {
    std::vector<Span> paragraphs;
    std::vector<Span> block;
    auto trimmed = [&](Span line) {
        const std::string_view body = trim(line.in(text));
        if (body.empty()) return Span{line.start, line.start};
        const auto start = static_cast<uint32_t>(body.data() - text.data());
        return Span{start, start + static_cast<uint32_t>(body.size())};
    };
    auto flush = [&] {
        if (block.empty()) return;
        if (hard_wrapped(text, block)) {
            paragraphs.push_back({trimmed(block.front()).start, trimmed(block.back()).end});
        } else {
            // A line that stops mid-sentence and a next line that carries on in lower case
            // are one paragraph broken by the editor, not two.
            for (size_t i = 0; i < block.size(); ++i) {
                Span paragraph = trimmed(block[i]);
                while (i + 1 < block.size() && !ends_sentence(block[i].in(text)) &&
                       starts_lowercase(trim(block[i + 1].in(text)))) {
                    paragraph.end = trimmed(block[++i]).end;
                }
                paragraphs.push_back(paragraph);
            }
        }
        block.clear();
    };
    for (Span line : lines) {
        if (line.empty() || blank(line.in(text))) {
            flush();
            continue;
        }
        block.push_back(line);
    }
    flush();
    return paragraphs;
}

}  // namespace quotecheck
