// Plain-text articles: BOM and CR removed (mapped back), paragraphs found from line layout.
#include <algorithm>
#include <cctype>

#include <unicode/uchar.h>

#include "core/utf8.hpp"
#include "load/load.hpp"
#include "load/text_lines.hpp"

namespace quotecheck {

namespace {

// Words of letters (Unicode), an apostrophe or hyphen inside a word joining it: what makes a
// line read like a headline. Spaces of any kind (a no-break space in "News / Syria") and
// punctuation separate words and are not letters.
size_t alphabetic_words(std::string_view line) {
    size_t words = 0;
    bool in_word = false;
    uint32_t i = 0;
    while (i < line.size()) {
        const char32_t c = next_code_point(line, i);
        const bool letter = c < 0x80 ? std::isalpha(static_cast<int>(c)) != 0
                                     : u_isalpha(static_cast<UChar32>(c)) != 0;
        if (letter && !in_word) ++words;
        in_word = letter || (in_word && (c == U'\'' || c == U'-' || c == U'\u2019'));
    }
    return words;
}

bool is_ascii_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

// Where a paragraph break was lost with not even a space left, as text scraped by joining the
// paragraphs of a page gives it ("…she said.“Almost every house…", "…the vote.The council…"):
// after a sentence's end, and its closing mark, right before a capital or an opening mark. Only
// in a line of kLostBreaksParagraph bytes or more, which no real paragraph is; not after a title's
// or an initial's period ("Mr.Smith", "U.S.Army").
std::vector<uint32_t> glued_breaks(std::string_view bytes) {
    static constexpr std::string_view kCurlyOpen[] = {"\u201C", "\u2018"};
    static constexpr std::string_view kCurlyClose[] = {"\u201D", "\u2019"};
    static const std::string_view kTitles[] = {"mr",  "mrs", "ms",  "dr",   "st",  "jr",
                                               "sr",  "gov", "sen", "rep",  "lt",  "col",
                                               "gen", "sgt", "no",  "prof", "capt"};
    std::vector<uint32_t> breaks;
    // The long lines only, found a line break at a time (most articles have none).
    for (size_t from = 0; from < bytes.size();) {
        const size_t nl = bytes.find('\n', from);
        const Span line{static_cast<uint32_t>(from),
                        static_cast<uint32_t>(nl == std::string_view::npos ? bytes.size() : nl)};
        from = nl == std::string_view::npos ? bytes.size() : nl + 1;
        if (line.size() < kLostBreaksParagraph) continue;
        for (uint32_t i = line.start; i < line.end; ++i) {
            const char c = bytes[i];
            if (c != '.' && c != '?' && c != '!') continue;
            // A word of two letters or more before it, not a title's abbreviation.
            uint32_t word = i;
            while (word > line.start && std::isalpha(static_cast<unsigned char>(bytes[word - 1])))
                --word;
            if (i - word < 2) continue;
            // (Not between two words in capitals: "ASP.NET" is one name; "the NHS.The" is not.)
            const auto lower_case = [](char l) { return l >= 'a' && l <= 'z'; };
            if (std::none_of(bytes.begin() + word, bytes.begin() + i, lower_case)) {
                uint32_t after = i + 1;
                while (after < line.end && std::isalpha(static_cast<unsigned char>(bytes[after])))
                    ++after;
                if (after - i > 2 &&
                    std::none_of(bytes.begin() + i + 1, bytes.begin() + after, lower_case))
                    continue;
            }
            std::string lower(bytes.substr(word, i - word));
            for (char& l : lower)
                l = static_cast<char>(std::tolower(static_cast<unsigned char>(l)));
            if (std::find(std::begin(kTitles), std::end(kTitles), lower) != std::end(kTitles))
                continue;
            uint32_t at = i + 1;  // after the sentence's end, and its closing mark
            const std::string_view rest = bytes.substr(at, line.end - at);
            if (rest.size() >= 2 && (rest[0] == '"' || rest[0] == '\'')) {
                if (!is_ascii_upper(rest[1])) continue;
                // A straight mark between the sentence's end and a capital opens a quote when
                // the text up to the next straight mark ends as speech does ("…night."We paid
                // for light," said); otherwise it closes one ("…again."Police said). (A single
                // mark between two letters is an apostrophe: "we're".)
                size_t close = rest.find(rest[0], 1);
                while (rest[0] == '\'' && close != std::string_view::npos &&
                       close + 1 < rest.size() &&
                       std::isalpha(static_cast<unsigned char>(rest[close - 1])) &&
                       std::isalpha(static_cast<unsigned char>(rest[close + 1])))
                    close = rest.find('\'', close + 1);
                const std::string_view quoted =
                    trim(rest.substr(1, close == std::string_view::npos ? 0 : close - 1));
                const bool opening =
                    !quoted.empty() && (quoted.back() == ',' || quoted.back() == '.' ||
                                        quoted.back() == '?' || quoted.back() == '!');
                breaks.push_back(opening ? at : at + 1);
                continue;
            }
            for (std::string_view close : kCurlyClose)
                if (rest.starts_with(close)) at += static_cast<uint32_t>(close.size());
            if (at >= line.end) continue;
            const std::string_view next = bytes.substr(at, line.end - at);
            bool opens = is_ascii_upper(next[0]);
            for (std::string_view open : kCurlyOpen)
                if (!opens && next.starts_with(open) && next.size() > open.size())
                    opens = is_ascii_upper(next[open.size()]);
            if (opens) breaks.push_back(at);
        }
    }
    return breaks;
}

}  // namespace

void load_plain_text(Article& article) {
    const std::string_view bytes = article.source().bytes();
    const bool bom = bytes.starts_with("\xEF\xBB\xBF");
    const std::vector<uint32_t> breaks = glued_breaks(bytes);
    if (!bom && bytes.find('\r') == std::string_view::npos && breaks.empty()) {
        article.use_source_as_text();
    } else {
        std::string text;
        text.reserve(bytes.size() + 2 * breaks.size());
        OffsetMap map;
        size_t i = bom ? 3 : 0;
        map.add(0, static_cast<uint32_t>(i));
        auto next_break = breaks.begin();
        for (; i < bytes.size(); ++i) {
            // A lost paragraph break: a blank line that stands for no byte of the file.
            if (next_break != breaks.end() && *next_break == i) {
                const auto at = static_cast<uint32_t>(i);
                map.add(static_cast<uint32_t>(text.size()), at);
                text.append("\n\n");
                map.add(static_cast<uint32_t>(text.size()), at);
                ++next_break;
            }
            if (bytes[i] != '\r') {
                text.push_back(bytes[i]);
                continue;
            }
            // CRLF becomes LF (the LF is kept); a lone CR becomes LF.
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') {
                map.add(static_cast<uint32_t>(text.size()), static_cast<uint32_t>(i + 1));
            } else {
                map.add(static_cast<uint32_t>(text.size()), static_cast<uint32_t>(i));
                text.push_back('\n');
                map.add(static_cast<uint32_t>(text.size()), static_cast<uint32_t>(i + 1));
            }
        }
        article.set_text(std::move(text), std::move(map));
    }

    const std::string_view text = article.text();
    std::vector<Span> lines = split_lines(text);
    // Whole-line HTML comments carry quotecheck directives in plain text too.
    std::vector<Span> content;
    content.reserve(lines.size());
    for (Span line : lines) {
        std::string_view body = trim(line.in(text));
        // At least "<!---->": in "<!--->" the opening and closing marks overlap.
        if (body.size() >= 7 && body.starts_with("<!--") && body.ends_with("-->")) {
            body.remove_prefix(4);
            body.remove_suffix(3);
            article.comments.push_back({std::string(trim(body)), article.to_source(line)});
            content.push_back({line.start, line.start});  // acts as a blank line
            continue;
        }
        content.push_back(line);
    }
    article.paragraphs = paragraphs_from_lines(text, content);
    // The title is the first line that reads like a headline: pasted pages often start with
    // page furniture such as "Share" or "News / Syria".
    for (Span line : lines) {
        std::string_view body = trim(line.in(text));
        if (body.empty()) continue;
        if (article.title.empty()) article.title = std::string(body.substr(0, 300));
        if (alphabetic_words(body) >= 3) {
            article.title = std::string(body.substr(0, 300));
            break;
        }
    }
}

}  // namespace quotecheck
