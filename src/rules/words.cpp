#include "rules/words.hpp"

#include <unicode/uchar.h>
#include <xxhash.h>

#include "core/utf8.hpp"

namespace quotecheck {

namespace {

bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return u_isalnum(static_cast<UChar32>(c));
}
bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_joiner(char32_t c) {
    return c == U'\'' || c == U'’' || c == U'-' || c == U'‐' || c == U'‑';
}

char32_t fold(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
    if (c == U'’') return U'\'';
    if (c == U'‐' || c == U'‑') return U'-';
    return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

}  // namespace

std::vector<Word> words_in(std::string_view text, Span range) {
    std::vector<Word> words;
    uint32_t i = range.start;
    const uint32_t end = std::min<uint32_t>(range.end, static_cast<uint32_t>(text.size()));
    if (end > i) words.reserve((end - i) / 6 + 1);  // news prose: a word per ~6 bytes
    while (i < end) {
        const uint32_t start = i;
        const char32_t c = next_code_point(text, i);
        if (!is_word_char(c)) continue;
        Word word;
        word.span.start = start;
        append_utf8(word.folded, fold(c));
        uint32_t word_end = i;
        while (i < end) {
            // ASCII letters and digits, the bulk of news text, are taken a run at a time.
            uint32_t run = i;
            while (run < end && is_ascii_alnum(text[run])) ++run;
            if (run > i) {
                const size_t from = word.folded.size();
                word.folded.append(text.substr(i, run - i));
                for (size_t k = from; k < word.folded.size(); ++k)
                    if (word.folded[k] >= 'A' && word.folded[k] <= 'Z') word.folded[k] += 'a' - 'A';
                i = word_end = run;
                continue;
            }
            uint32_t next = i;
            const char32_t d = next_code_point(text, next);
            if (is_word_char(d)) {
                append_utf8(word.folded, fold(d));
                i = word_end = next;
                continue;
            }
            // An inner hyphen or apostrophe joins only when a letter or digit follows it, and a
            // possessive 's is left off so that "Netanyahu's" still matches "Netanyahu".
            uint32_t after = next;
            const bool joins =
                is_joiner(d) && next < end && is_word_char(next_code_point(text, after));
            uint32_t past_s = next;
            const bool possessive =
                joins && (d == U'\'' || d == U'’') && (text[next] == 's' || text[next] == 'S') &&
                (++past_s >= end || !is_word_char(next_code_point(text, past_s)));
            if (joins && !possessive) {
                append_utf8(word.folded, fold(d));
                i = next;
                continue;
            }
            break;
        }
        word.span.end = word_end;
        word.hash = XXH3_64bits(word.folded.data(), word.folded.size());
        words.push_back(std::move(word));
    }
    return words;
}

}  // namespace quotecheck
