#include "rules/words.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "core/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    return std::min(i, end);  // eight letters at a time may have gone past `end`
}

// A block of up to 64 bytes of a range, a bit per byte (the block's byte k at bit k): its ASCII
// letters and digits, its bytes beyond ASCII, and its ASCII joiners ' and -. Bytes past the
// range's end are in none of the classes.
struct ByteClasses {
    uint64_t alnum = 0;
    uint64_t beyond_ascii = 0;
    uint64_t joiners = 0;
};

#if !defined(__SSE2__)
// The 0x80 bits of `flags` gathered into the low eight bits, the first byte in memory first:
// the multiplication moves the bit of byte k to bit 56 + k, and no two products overlap.
uint64_t gather_high_bits(uint64_t flags) {
    if constexpr (std::endian::native == std::endian::big) {
        uint64_t swapped = 0;
        for (int k = 0; k < 8; ++k) swapped |= ((flags >> (8 * k)) & 0xFF) << (56 - 8 * k);
        flags = swapped;
    }
    return ((flags >> 7) * 0x0102040810204080ULL) >> 56;
}
#endif

// The classes of 64 readable bytes, sixteen at a time in the compiler's vector extension.
// Bytes beyond ASCII are negative as signed chars, so the range tests leave them out.
ByteClasses classify_64(const char* bytes) {
    using Block = signed char __attribute__((vector_size(16)));
    using Unsigned = unsigned char __attribute__((vector_size(16)));
    auto broadcast = [](int c) { return Block{} + static_cast<signed char>(c); };
    // A bit per byte of a block whose bytes are all ones or all zeros: one instruction where
    // there is SSE2 (every x86-64), else each half's high bits gathered by multiplication.
    auto bits = [](Block flags) -> uint64_t {
#if defined(__SSE2__)
        return static_cast<uint16_t>(_mm_movemask_epi8(std::bit_cast<__m128i>(flags)));
#else
        constexpr uint64_t kHigh = 0x8080808080808080ULL;
        uint64_t halves[2];
        std::memcpy(halves, &flags, 16);
        return gather_high_bits(halves[0] & kHigh) | gather_high_bits(halves[1] & kHigh) << 8;
#endif
    };
    ByteClasses classes;
    for (unsigned k = 0; k < 4; ++k) {
        Block block;
        std::memcpy(&block, bytes + 16 * k, 16);
        // A range test in one compare: moved (wrapping) so that the range starts at -128, a
        // byte is in it when it is below -128 + the range's size.
        auto in_range = [&](Block values, char first, int size) {
            const Unsigned moved =
                std::bit_cast<Unsigned>(values) + static_cast<unsigned char>(0x80 - first);
            return std::bit_cast<Block>(moved) < broadcast(-128 + size);
        };
        const Block alnum = in_range(block | broadcast(0x20), 'a', 26) | in_range(block, '0', 10);
        const Block joiner = (block == broadcast('\'')) | (block == broadcast('-'));
        classes.alnum |= bits(alnum) << (16 * k);
        classes.beyond_ascii |= bits(block) << (16 * k);  // the high bit is the sign
        classes.joiners |= bits(joiner) << (16 * k);
    }
    return classes;
}

// The classes of the bytes of `text` from `at` (below `end`, which is at most text.size()).
ByteClasses classify_block(std::string_view text, uint32_t at, uint32_t end) {
    ByteClasses classes;
    if (text.size() - at >= 64) {
        classes = classify_64(text.data() + at);
    } else {
        std::array<char, 64> padded{};
        std::memcpy(padded.data(), text.data() + at, text.size() - at);
        classes = classify_64(padded.data());
    }
    if (end - at < 64) {
        const uint64_t inside = (uint64_t{1} << (end - at)) - 1;
        classes.alnum &= inside;
        classes.beyond_ascii &= inside;
        classes.joiners &= inside;
    }
    return classes;
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
constexpr uint64_t kLowerBits = 0x2020202020202020ULL;
uint64_t hash_any_ascii_word(std::string_view text, Span word) {
    const size_t size = word.size();
    uint64_t hash = kHashStart;
    size_t k = 0;
    for (; k + 8 < size; k += 8)
        hash = hash_step(hash, eight_bytes_at(text, word.start + k) | kLowerBits);
    return hash_finish(hash_step(
        hash, (bytes_at_most_eight(text, word.start + k) | kLowerBits) & kFirstBytes[size - k]));
}
// The same, in line for the common words: at most sixteen bytes, with sixteen to read.
inline uint64_t hash_ascii_word(std::string_view text, Span word) {
    const size_t size = word.size();
    if (size > 16 || word.start + size_t{16} > text.size()) return hash_any_ascii_word(text, word);
    const uint64_t first = eight_bytes_at(text, word.start) | kLowerBits;
    if (size <= 8) return hash_finish(hash_step(kHashStart, first & kFirstBytes[size]));
    const uint64_t second =
        (eight_bytes_at(text, word.start + 8) | kLowerBits) & kFirstBytes[size - 8];
    return hash_finish(hash_step(hash_step(kHashStart, first), second));
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

// The key of a word that is not plain ASCII, folded first; out of line, away from the loop
// over the plain words.
uint64_t hash_folding(std::string_view text, Span word);

// The next word from `i` (between words) byte by byte: where scanning goes on after it, its
// span, and whether it is plain ASCII; `found` is false when the range has no more words.
struct ScannedWord {
    uint32_t next;
    Span span;
    bool ascii;
    bool found;
};
ScannedWord scan_one_word(std::string_view text, uint32_t i, uint32_t end) {
    while (true) {
        // Spaces and ASCII punctuation between words.
        while (i < end && kBetweenWords[static_cast<unsigned char>(text[i])]) ++i;
        if (i >= end) return {i, {}, false, false};
        const uint32_t start = i;
        uint32_t word_end;
        bool ascii;
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            i = word_end = alnum_run_end(text, i + 1, end);
            ascii = true;
        } else {
            uint32_t next = i;
            const bool starts_word = is_word_char(next_code_point(text, next));
            i = word_end = next;
            if (!starts_word) continue;
            ascii = false;
        }
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
        return {i, {start, word_end}, ascii, true};
    }
}

// The words of `range` in order, at most `limit` of them: how many there were, each written
// with its key to `out` when kWrite. A word's folded key is the fold of every code point in its
// span (joiners included, a possessive 's left outside the span); a plain ASCII word is hashed
// without folding (hash_ascii_word).
//
// Most words of news text are plain: a run of ASCII letters and digits between spaces and
// punctuation. Those are taken a block of 64 bytes at a time, by bit operations on the block's
// classes: each run that ends at a byte ending every word is a word. The block stops at its
// first byte that needs scan_one_word's rules (one beyond ASCII, or a joiner right after a
// letter, which may join two runs into one word); scan_one_word takes the word there, and the
// next block starts after it.
template <bool kWrite>
size_t scan_words(std::string_view text, Span range, Word* out, size_t limit) {
    size_t count = 0;
    uint32_t i = range.start;
    const uint32_t end = std::min<uint32_t>(range.end, static_cast<uint32_t>(text.size()));
    auto emit = [&](Span word, bool ascii) {
        if constexpr (kWrite)
            *out++ = {word, ascii ? hash_ascii_word(text, word) : hash_folding(text, word)};
        ++count;
    };
    while (i < end && count < limit) {
        // `i` is between words, so a letter at bit 0 starts one.
        const ByteClasses block = classify_block(text, i, end);
        const uint64_t after_alnum = block.alnum << 1;
        const uint64_t stops = block.beyond_ascii | (block.joiners & after_alnum);
        const uint64_t before_stop = stops == 0 ? ~uint64_t{0} : (stops & (0 - stops)) - 1;
        // A run's end is the bit after its last letter; a run going on past bit 63 has none
        // here, and is taken by the next block.
        uint64_t starts = block.alnum & ~after_alnum;
        uint64_t ends = ~block.alnum & after_alnum & before_stop;
        const uint32_t base = i;
        while (ends != 0 && count < limit) {
            const Span word{base + static_cast<uint32_t>(std::countr_zero(starts)),
                            base + static_cast<uint32_t>(std::countr_zero(ends))};
            starts &= starts - 1;
            ends &= ends - 1;
            emit(word, true);
            i = word.end;
        }
        if (count >= limit) break;
        if (stops == 0) {
            // All of the range's words up to its end were in the block, or the next block
            // starts at the last word's end (a run going on past the block's end is whole
            // there). At a stop, or where no run ended inside the block (a gap or a run of 64
            // bytes), one word is scanned byte by byte.
            if (end - base < 64) break;
            if (i != base) continue;
        }
        const ScannedWord word = scan_one_word(text, i, end);
        i = word.next;
        if (word.found) emit(word.span, word.ascii);
    }
    return count;
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

size_t write_words_in(std::string_view text, Span range, std::span<Word> out) {
    return scan_words<true>(text, range, out.data(), SIZE_MAX);
}

std::vector<Word> words_in(std::string_view text, Span range) {
    std::vector<Word> words(most_words_in(range));
    words.resize(write_words_in(text, range, words));
    return words;
}

namespace {

uint64_t hash_folding(std::string_view text, Span word) {
    std::string folded;
    fold_word_at(text, word, folded);
    return hash_folded(folded);
}

}  // namespace

size_t count_words(std::string_view text, Span range, size_t up_to) {
    return scan_words<false>(text, range, nullptr, up_to);
}

}  // namespace quotecheck
