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

// Where the run of ASCII letters and digits that starts at `from` ends, at `to` at the latest.
uint32_t ascii_alnum_run_end(std::string_view text, uint32_t from, uint32_t to) {
    const char* const first = text.data();
    const char* const last = first + to;
    const char* p = first + from;
    while (p != last && is_ascii_alnum(*p)) ++p;
    return static_cast<uint32_t>(p - first);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::string_view lowered,
                            const std::vector<Span>& paragraphs, const std::vector<Quote>& quotes) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5);
    // Top-level quotes in order, each from its opening mark to its closing mark.
    std::vector<std::pair<Span, uint32_t>> top;
    for (uint32_t q = 0; q < quotes.size(); ++q) {
        if (quotes[q].depth != 0) continue;
        const Quote& quote = quotes[q];
        top.push_back({{quote.open.start, quote.closed() ? quote.close.end : quote.text.end}, q});
    }
    // Past every token, so that the search for a token's quote needs no bounds check.
    top.push_back({{UINT32_MAX, UINT32_MAX}, kOutsideQuotes});
    const std::pair<Span, uint32_t>* next_quote = top.data();
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
                while (true) {
                    // ASCII letters and digits, the bulk of news text, a run at a time.
                    end = ascii_alnum_run_end(text, end, paragraph.end);
                    // Most words end at a space: no code point to decode.
                    if (end >= paragraph.end || text[end] == ' ') break;
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
                std::string_view lower(lowered.data() + start, end - start);
                // A possessive ends in s, ' or ’ (whose last byte is 0x99).
                const char last = lower.back();
                if (last == 's' || last == '\'' || last == '\x99')
                    for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
                        if (lower.size() > suffix.size() + 1 && lower.ends_with(suffix)) {
                            lower.remove_suffix(suffix.size());
                            token.possessive = true;
                            break;
                        }
                    }
                token.lower = lower;
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
                token.lower = token.span.in(lowered);  // the mark's own bytes
            }
            token.paragraph = p;
            while (next_quote->first.end <= token.span.start) ++next_quote;
            if (next_quote->first.contains(token.span.start)) token.quote = next_quote->second;
        }
    }
    return tokens;
}

}  // namespace quotecheck
