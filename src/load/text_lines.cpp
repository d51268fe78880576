#include "load/text_lines.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/title_case.hpp"

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

// Whether a line is in title case, as a headline may be (see mostly_capitalised).
bool title_case(std::string_view line) {
    size_t long_words = 0, capitalised = 0;
    bool first = true;
    for (size_t i = 0; i < line.size();) {
        while (i < line.size() && !std::isalpha(static_cast<unsigned char>(line[i]))) ++i;
        const size_t start = i;
        while (i < line.size() && (std::isalpha(static_cast<unsigned char>(line[i])) ||
                                   (static_cast<unsigned char>(line[i]) & 0x80)))
            ++i;
        if (i == start) break;
        if (std::exchange(first, false) || i - start < 4) continue;
        ++long_words;
        capitalised += std::isupper(static_cast<unsigned char>(line[start])) != 0;
    }
    return mostly_capitalised(long_words, capitalised);
}

// Whether a line opens with "By" and a capitalised name, as a byline does.
bool byline(std::string_view line) {
    return line.size() > 4 && (line.starts_with("By ") || line.starts_with("BY ")) &&
           std::isupper(static_cast<unsigned char>(line[3]));
}

// Characters of a line (UTF-8 continuation bytes not counted), as a wrapping editor counts.
size_t columns(std::string_view line) {
    return static_cast<size_t>(std::count_if(line.begin(), line.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

size_t first_word_columns(std::string_view line) {
    return columns(line.substr(0, line.find(' ')));
}

// The width a hard-wrapped article was wrapped at, or 0 when its lines do not read as wrapped.
// A line was wrapped when the next line's first word would not have fitted on it: that holds
// for most lines followed by another in wrapped text, whether or not its paragraphs are
// separated by blank lines (at least half in a short article, whose paragraphs' last lines
// weigh more), and for few in text of one paragraph per line.
size_t wrap_width(std::string_view text, const std::vector<Span>& lines) {
    std::vector<size_t> followed;  // the lengths of lines a non-blank line follows
    for (size_t i = 0; i + 1 < lines.size(); ++i)
        if (!blank(lines[i].in(text)) && !blank(lines[i + 1].in(text)))
            followed.push_back(columns(trim(lines[i].in(text))));
    if (followed.size() < 4) return 0;
    std::sort(followed.begin(), followed.end());
    const size_t width = followed[followed.size() * 9 / 10];
    if (width < 40 || width > 100) return 0;
    size_t wrapped = 0, pairs = 0;
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string_view line = trim(lines[i].in(text));
        const std::string_view next = trim(lines[i + 1].in(text));
        if (line.empty() || next.empty()) continue;
        ++pairs;
        wrapped += columns(line) + 1 + first_word_columns(next) > width;
    }
    return wrapped * 2 >= pairs ? width : 0;
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
    const size_t width = wrap_width(text, lines);
    auto flush = [&] {
        if (block.empty()) return;
        if (width != 0) {
            // Wrapped text: a line carries on into the next when the next one's first word
            // would not have fitted on it; a shorter line ends its paragraph.
            for (size_t i = 0; i < block.size(); ++i) {
                Span paragraph = trimmed(block[i]);
                while (i + 1 < block.size() &&
                       columns(trim(block[i].in(text))) + 1 +
                               first_word_columns(trim(block[i + 1].in(text))) >
                           width)
                    paragraph.end = trimmed(block[++i]).end;
                paragraphs.push_back(paragraph);
            }
        } else if (hard_wrapped(text, block)) {
            // ("Delia Marsh Cancels Rest of Fall Tour …" over a standfirst and a byline: an
            // article's first line in title case is its headline, a paragraph of its own.)
            // (And a byline under it, "By Owen Castellano  September 9, 2025", ends the
            // standfirst before it.)
            size_t from = 0;
            if (paragraphs.empty() && title_case(block.front().in(text))) {
                paragraphs.push_back(trimmed(block.front()));
                from = 1;
                for (size_t i = from + 1; i < block.size(); ++i)
                    if (byline(trim(block[i].in(text)))) {
                        paragraphs.push_back(
                            {trimmed(block[from]).start, trimmed(block[i - 1]).end});
                        from = i;
                        break;
                    }
            }
            paragraphs.push_back({trimmed(block[from]).start, trimmed(block.back()).end});
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
