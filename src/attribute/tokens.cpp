#include "attribute/tokens.hpp"

#include <unicode/uchar.h>

#include "core/utf8.hpp"

namespace quotecheck {

namespace {

bool is_apostrophe(char32_t c) {
    return c == U'\'' || c == U'\u2019';
}

bool is_joiner(char32_t c) {
    return c == U'-' || is_apostrophe(c) || c == U'.';
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const std::vector<Span>& paragraphs,
                            const std::vector<Quote>& quotes) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5);
    // Top-level quotes in order, each from its opening mark to its closing mark.
    std::vector<std::pair<Span, uint32_t>> top;
    for (uint32_t q = 0; q < quotes.size(); ++q) {
        if (quotes[q].depth != 0) continue;
        const Quote& quote = quotes[q];
        top.push_back({{quote.open.start, quote.closed() ? quote.close.end : quote.text.end}, q});
    }
    size_t next_quote = 0;
    for (uint32_t p = 0; p < paragraphs.size(); ++p) {
        const Span paragraph = paragraphs[p];
        uint32_t i = paragraph.start;
        while (i < paragraph.end) {
            // ASCII white space, a fifth of the text, without decoding.
            if (const char b = text[i]; b == ' ' || b == '\n' || b == '\t' || b == '\r') {
                ++i;
                continue;
            }
            const uint32_t start = i;
            const char32_t c = next_code_point(text, i);
            if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' ||
                (c >= 0x80 && u_isspace(static_cast<UChar32>(c))))
                continue;
            Token& token = tokens.emplace_back();  // filled in place
            if (is_word_code_point(c)) {
                token.word = true;
                token.capitalised = c < 0x80 ? (c >= 'A' && c <= 'Z')
                                             : u_isupper(static_cast<UChar32>(c)) ||
                                                   u_istitle(static_cast<UChar32>(c));
                uint32_t end = i;
                while (end < paragraph.end) {
                    // ASCII letters and digits, the bulk of news text, a run at a time.
                    if (is_ascii_alnum(text[end])) {
                        ++end;
                        continue;
                    }
                    uint32_t j = end;
                    const char32_t d = next_code_point(text, j);
                    if (is_word_code_point(d)) {
                        end = j;
                        continue;
                    }
                    // Join "al-Malki", "Netanyahu’s", "U.S" but not a sentence-final period.
                    if (!is_joiner(d) || j >= paragraph.end) break;
                    uint32_t k = j;
                    const char32_t after = next_code_point(text, k);
                    if (!is_word_code_point(after)) break;
                    if (d == U'.' && !(end - start <= 2 && k - j == 1)) break;
                    end = k;
                }
                i = end;
                token.span = {start, end};
                token.lower.resize(end - start);  // the word's bytes, copied lower-cased
                for (uint32_t k = start; k < end; ++k)
                    token.lower[k - start] = ascii_lower(text[k]);
                // A possessive ends in s, ' or ’ (whose last byte is 0x99).
                const char last = token.lower.back();
                if (last == 's' || last == '\'' || last == '\x99')
                    for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
                        if (token.lower.size() > suffix.size() + 1 &&
                            token.lower.ends_with(suffix)) {
                            token.lower.resize(token.lower.size() - suffix.size());
                            token.possessive = true;
                            break;
                        }
                    }
                // "Mr.", "Gen." and the initial in "John F. Kennedy": the period belongs to the
                // word.
                if (i < paragraph.end && text[i] == '.' && token.lower.size() <= 4 &&
                    token.capitalised && (i + 1 >= paragraph.end || text[i + 1] == ' ')) {
                    static constexpr std::string_view kAbbreviations[] = {
                        "mr",   "mrs", "ms",  "dr",  "sen",  "rep", "gov",
                        "gen",  "lt",  "col", "sgt", "capt", "maj", "adm",
                        "prof", "rev", "st",  "jr",  "sr",   "cpl", "pvt"};
                    const bool initial = token.lower.size() == 1;
                    for (std::string_view abbreviation : kAbbreviations)
                        if (initial || token.lower == abbreviation) {
                            ++i;
                            token.span.end = i;
                            break;
                        }
                }
            } else {
                token.span = {start, i};
                token.lower.assign(token.span.in(text));
            }
            token.paragraph = p;
            while (next_quote < top.size() && top[next_quote].first.end <= token.span.start)
                ++next_quote;
            if (next_quote < top.size() && top[next_quote].first.contains(token.span.start))
                token.quote = top[next_quote].second;
        }
    }
    return tokens;
}

}  // namespace quotecheck
