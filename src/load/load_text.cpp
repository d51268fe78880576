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

}  // namespace

void load_plain_text(Article& article) {
    const std::string_view bytes = article.source().bytes();
    const bool bom = bytes.starts_with("\xEF\xBB\xBF");
    if (!bom && bytes.find('\r') == std::string_view::npos) {
        article.use_source_as_text();
    } else {
        std::string text;
        text.reserve(bytes.size());
        OffsetMap map;
        size_t i = bom ? 3 : 0;
        map.add(0, static_cast<uint32_t>(i));
        for (; i < bytes.size(); ++i) {
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
