#include "rules/words.hpp"

#include <unicode/uchar.h>

#include <optional>

#include "core/utf8.hpp"

namespace quotecheck {

namespace {

bool is_word_char(char32_t c) {
    if (c < 0x80) return is_ascii_alnum(static_cast<char>(c));
    return u_isalnum(static_cast<UChar32>(c));
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

// The phrase trie's key of a folded word (never stored or shown): FNV-1a over its bytes,
// fed a byte at a time so that it can be taken while the word is lower-cased.
constexpr uint64_t kHashStart = 0xcbf29ce484222325ULL;
uint64_t hash_step(uint64_t hash, char c) {
    return (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
}
uint64_t hash_finish(uint64_t hash) {
    hash ^= hash >> 32;
    hash *= 0x9E3779B97F4A7C15ULL;
    return hash ^ (hash >> 29);
}

// Calls on_word(span, ascii_hash) for every word of `range`, in order, until it returns false. A
// word's folded key is the fold of every code point in its span (joiners included, a possessive 's
// left outside the span). Its bytes are hashed (hash_step, lower-cased) as they are scanned, which
// gives the key's hash for a plain ASCII word, nearly every word of news text; for any other word
// ascii_hash is nullopt.
template <typename OnWord>
void scan_words(std::string_view text, Span range, OnWord&& on_word) {
    uint32_t i = range.start;
    const uint32_t end = std::min<uint32_t>(range.end, static_cast<uint32_t>(text.size()));
    while (i < end) {
        // Spaces and ASCII punctuation between words, the bulk of what is skipped.
        if (static_cast<unsigned char>(text[i]) < 0x80 && !is_ascii_alnum(text[i])) {
            ++i;
            continue;
        }
        const uint32_t start = i;
        // An ASCII byte here is a letter or digit, taken by the run below; any other code point
        // is decoded in a copy of `i`, so that `i` itself can stay in a register.
        bool ascii = static_cast<unsigned char>(text[i]) < 0x80;
        if (!ascii) {
            uint32_t next = i;
            const bool starts_word = is_word_char(next_code_point(text, next));
            i = next;
            if (!starts_word) continue;
        }
        uint64_t hash = kHashStart;
        uint32_t word_end = i;
        while (i < end) {
            // ASCII letters and digits, the bulk of news text, are taken a run at a time (for
            // them, setting the 0x20 bit is lower-casing).
            if (is_ascii_alnum(text[i])) {
                const char* byte = text.data() + i;
                const char* const stop = text.data() + end;
                do {
                    hash = hash_step(hash, static_cast<char>(*byte | 0x20));
                } while (++byte != stop && is_ascii_alnum(*byte));
                i = word_end = static_cast<uint32_t>(byte - text.data());
                continue;
            }
            // Other ASCII ends the word unless it may join (most words end at a space, comma
            // or full stop).
            const auto byte = static_cast<unsigned char>(text[i]);
            if (byte < 0x80 && byte != '\'' && byte != '-') break;
            uint32_t next = i;
            const char32_t d = next_code_point(text, next);
            if (is_word_char(d)) {
                ascii = false;
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
                if (d < 0x80)
                    hash = hash_step(hash, static_cast<char>(d));
                else
                    ascii = false;
                i = next;
                continue;
            }
            break;
        }
        if (!on_word(Span{start, word_end}, ascii ? std::optional<uint64_t>(hash) : std::nullopt))
            return;
    }
}

}  // namespace

void fold_word_at(std::string_view text, Span span, std::string& folded) {
    folded.assign(span.in(text));
    // ASCII, the bulk of news text, is lower-cased in place.
    uint32_t i = span.start;
    for (char& c : folded) {
        if (static_cast<unsigned char>(c) >= 0x80) break;
        c = ascii_lower(c);
        ++i;
    }
    if (i == span.end) return;
    folded.resize(i - span.start);
    while (i < span.end) {
        if (is_ascii_alnum(text[i])) {
            folded.push_back(ascii_lower(text[i++]));
            continue;
        }
        append_utf8(folded, fold(next_code_point(text, i)));
    }
}

std::vector<Word> words_in(std::string_view text, Span range) {
    std::vector<Word> words;
    if (range.end > range.start) words.reserve(range.size() / 6 + 1);  // a word per ~6 bytes
    std::string folded;  // for the words that are not plain ASCII, one buffer for them all
    scan_words(text, range, [&](Span span, std::optional<uint64_t> ascii_hash) {
        uint64_t hash = kHashStart;
        if (ascii_hash) {
            hash = *ascii_hash;
        } else {
            fold_word_at(text, span, folded);
            for (const char c : folded) hash = hash_step(hash, c);
        }
        words.push_back({span, hash_finish(hash)});
        return true;
    });
    return words;
}

size_t count_words(std::string_view text, Span range, size_t up_to) {
    if (up_to == 0) return 0;
    size_t count = 0;
    scan_words(text, range, [&](Span, std::optional<uint64_t>) { return ++count < up_to; });
    return count;
}

}  // namespace quotecheck
