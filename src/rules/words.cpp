#include "rules/words.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

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

// The phrase trie's key of a folded word (never stored or shown): its bytes taken eight at a
// time (the last piece zero-padded: words have no NUL bytes) and mixed, then finished. A plain
// ASCII word is hashed from the text itself, its eight bytes at a time lower-cased at once (see
// hash_ascii_word), and must get the key that hashing its fold gives.
constexpr uint64_t kHashStart = 0xcbf29ce484222325ULL;
uint64_t hash_step(uint64_t hash, uint64_t eight) {
    hash = (hash ^ eight) * 0x9E3779B97F4A7C15ULL;
    return hash ^ (hash >> 29);
}
uint64_t hash_finish(uint64_t hash) {
    hash ^= hash >> 32;
    hash *= 0x9E3779B97F4A7C15ULL;
    return hash ^ (hash >> 29);
}

// Masks and positions of bytes inside a word of eight loaded with memcpy: the first byte in
// memory is the low one on a little-endian machine and the high one on a big-endian one.
constexpr auto kFirstBytes = [] {  // [n]: the first n bytes, n from 0 to 8
    std::array<uint64_t, 9> masks{};
    for (size_t n = 1; n <= 8; ++n) {
        if constexpr (std::endian::native == std::endian::little)
            masks[n] = ~uint64_t{0} >> (64 - 8 * n);
        else
            masks[n] = ~uint64_t{0} << (64 - 8 * n);
    }
    return masks;
}();
unsigned first_flagged_byte(uint64_t flags) {  // flags != 0, one bit (0x80) per flagged byte
    if constexpr (std::endian::native == std::endian::little)
        return static_cast<unsigned>(std::countr_zero(flags)) / 8;
    else
        return static_cast<unsigned>(std::countl_zero(flags)) / 8;
}

// The 0x80 bit of every byte of `eight` that is not an ASCII letter or digit. Each test adds to
// bytes below 0x80 a constant that sets their high bit exactly when they are at least a bound,
// so no carry crosses into the next byte.
uint64_t non_alnum_bytes(uint64_t eight) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHigh = kOnes * 0x80;
    const uint64_t low = eight & ~kHigh;
    const uint64_t lower = low | kOnes * 0x20;
    const uint64_t letter = (lower + kOnes * (0x80 - 'a')) & ~(lower + kOnes * (0x80 - 'z' - 1));
    const uint64_t digit = (low + kOnes * (0x80 - '0')) & ~(low + kOnes * (0x80 - '9' - 1));
    return ~((letter | digit) & ~eight) & kHigh;
}

// The end of the run of ASCII letters and digits starting at `i` (at most `end`), eight bytes
// at a time while eight can be read inside `text`.
inline uint32_t alnum_run_end(std::string_view text, uint32_t i, uint32_t end) {
    while (i < end && i + 8 <= text.size()) {
        const uint64_t stops = non_alnum_bytes(eight_bytes_at(text, i));
        if (stops != 0) return std::min(i + first_flagged_byte(stops), end);
        i += 8;
    }
    while (i < end && is_ascii_alnum(text[i])) ++i;
    return i;
}

// Up to eight bytes of `text` from `at`, zero past its end.
uint64_t bytes_at_most_eight(std::string_view text, size_t at) {
    if (at + 8 <= text.size()) return eight_bytes_at(text, at);
    uint64_t eight = 0;
    std::memcpy(&eight, text.data() + at, text.size() - at);
    return eight;
}

uint64_t hash_folded(std::string_view folded) {
    uint64_t hash = kHashStart;
    size_t k = 0;
    for (; k + 8 < folded.size(); k += 8) hash = hash_step(hash, eight_bytes_at(folded, k));
    return hash_finish(hash_step(hash, bytes_at_most_eight(folded, k)));
}

// hash_folded of the fold of a plain ASCII word (letters, digits, ' and -): setting the 0x20
// bit of each of its bytes lower-cases the letters and leaves the rest as they are.
uint64_t hash_ascii_word(std::string_view text, Span word) {
    constexpr uint64_t kLowerBits = 0x2020202020202020ULL;
    const size_t size = word.size();
    uint64_t hash = kHashStart;
    size_t k = 0;
    for (; k + 8 < size; k += 8)
        hash = hash_step(hash, eight_bytes_at(text, word.start + k) | kLowerBits);
    return hash_finish(hash_step(
        hash, (bytes_at_most_eight(text, word.start + k) | kLowerBits) & kFirstBytes[size - k]));
}

// ASCII bytes that end a word wherever they stand: all but letters, digits, ' and -.
constexpr auto kEndsWord = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x80; ++c) table[c] = !kAsciiAlnum[c] && c != '\'' && c != '-';
    return table;
}();
// ASCII bytes that start no word: all but letters and digits.
constexpr auto kBetweenWords = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x80; ++c) table[c] = !kAsciiAlnum[c];
    return table;
}();

// Calls on_word(span, ascii) for every word of `range`, in order, until it returns false. A
// word's folded key is the fold of every code point in its span (joiners included, a possessive 's
// left outside the span); `ascii` says the span is plain ASCII, nearly every word of news text,
// whose key hash_ascii_word hashes without folding.
template <typename OnWord>
void scan_words(std::string_view text, Span range, OnWord&& on_word) {
    uint32_t i = range.start;
    const uint32_t end = std::min<uint32_t>(range.end, static_cast<uint32_t>(text.size()));
    while (true) {
        // Spaces and ASCII punctuation between words, the bulk of what is skipped.
        while (i < end && kBetweenWords[static_cast<unsigned char>(text[i])]) ++i;
        if (i >= end) return;
        const uint32_t start = i;
        uint32_t word_end;
        bool ascii;
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            // ASCII letters and digits, the bulk of news text, are taken a run at a time.
            i = word_end = alnum_run_end(text, i + 1, end);
            ascii = true;
        } else {
            // Any other code point is decoded in a copy of `i`, so that `i` itself can stay in
            // a register.
            uint32_t next = i;
            const bool starts_word = is_word_char(next_code_point(text, next));
            i = word_end = next;
            if (!starts_word) continue;
            ascii = false;
        }
        // Most words end here, at a space, comma or full stop.
        while (i < end && !kEndsWord[static_cast<unsigned char>(text[i])]) {
            if (is_ascii_alnum(text[i])) {
                i = word_end = alnum_run_end(text, i, end);
                continue;
            }
            // An apostrophe, a hyphen or a code point beyond ASCII.
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
                if (d >= 0x80) ascii = false;
                i = next;
                continue;
            }
            break;
        }
        if (!on_word(Span{start, word_end}, ascii)) return;
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
    scan_words(text, range, [&](Span span, bool ascii) {
        if (ascii) {
            words.push_back({span, hash_ascii_word(text, span)});
        } else {
            fold_word_at(text, span, folded);
            words.push_back({span, hash_folded(folded)});
        }
        return true;
    });
    return words;
}

size_t count_words(std::string_view text, Span range, size_t up_to) {
    if (up_to == 0) return 0;
    size_t count = 0;
    scan_words(text, range, [&](Span, bool) { return ++count < up_to; });
    return count;
}

}  // namespace quotecheck
