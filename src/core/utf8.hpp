// Small UTF-8 helpers over ICU's U8_* macros, used by every stage that walks text.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace quotecheck {

// Offset of the first byte that is not valid UTF-8, if any.
std::optional<uint32_t> find_invalid_utf8(std::string_view bytes);

// Decodes the multi-byte (or out-of-range) code point starting at `i`; next_code_point's slow
// path, out of line.
char32_t decode_code_point(std::string_view text, uint32_t& i);

// Decodes the code point starting at `i` and advances `i`; invalid bytes give U+FFFD. Inline,
// with ASCII decoded in place, because every stage calls it once per character.
inline char32_t next_code_point(std::string_view text, uint32_t& i) {
    if (i < text.size()) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            ++i;
            return byte;
        }
    }
    return decode_code_point(text, i);
}
// Decodes the code point ending just before `i` and moves `i` back to its first byte.
char32_t previous_code_point(std::string_view text, uint32_t& i);

void append_utf8_multibyte(std::string& out, char32_t c);
inline void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80)
        out.push_back(static_cast<char>(c));
    else
        append_utf8_multibyte(out, c);
}
size_t count_code_points(std::string_view text);

// The ASCII letters and digits: the fast path of every word scanner, one table load per byte.
inline constexpr auto kAsciiAlnum = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return table;
}();
inline bool is_ascii_alnum(char c) {
    return kAsciiAlnum[static_cast<unsigned char>(c)];
}

// Eight bytes at a time (SWAR), for scanners that pass over plain text: the eight bytes of
// `text` from `at`, in memory order.
inline uint64_t eight_bytes_at(std::string_view text, size_t at) {
    uint64_t eight = 0;
    std::memcpy(&eight, text.data() + at, 8);
    return eight;
}
// Whether a byte of `eight` is one of the ASCII bytes in `stops`. The test is exact (no carry
// crosses from one byte into the next) and does not depend on byte order.
inline bool any_byte_among(uint64_t eight, std::string_view stops) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    uint64_t passed = ~uint64_t{0};
    for (const char stop : stops) {
        const uint64_t other = eight ^ (kOnes * static_cast<unsigned char>(stop));
        passed &= ((other & kLow7) + kLow7) | other;  // high bit set where the byte is not `stop`
    }
    return (~passed & ~kLow7) != 0;
}
// Whether the eight bytes of `text` from `at` are all ASCII and none of them is in `stops`.
inline bool eight_bytes_plain(std::string_view text, size_t at, std::string_view stops) {
    const uint64_t eight = eight_bytes_at(text, at);
    return (eight & 0x8080808080808080ULL) == 0 && !any_byte_among(eight, stops);
}

// The offset of the first byte at or after `at` that is not ASCII or is one of the ASCII bytes
// in `stops`; text.size() when there is none. Sixteen bytes at a time with the compiler's
// vector extension (one path everywhere: SSE2 on x86-64, NEON on ARM), for scanners that pass
// over runs of plain text.
inline size_t skip_plain_ascii(std::string_view text, size_t at, std::string_view stops) {
    using Block = signed char __attribute__((vector_size(16)));
    // The bytes of a block that are not ASCII or are stops, all ones; the first of them, or 16.
    auto first_hit = [&](const char* from, Block wanted) {
        Block block;
        std::memcpy(&block, from, 16);
        Block hit = block < 0;  // non-ASCII bytes are negative as signed char
        for (const char stop : stops) hit |= block == (Block{} + static_cast<signed char>(stop));
        hit &= wanted;
        uint64_t halves[2];
        std::memcpy(halves, &hit, 16);
        for (int half = 0; half < 2; ++half) {
            if (halves[half] == 0) continue;
            // A hit byte is all ones; the first one in memory order is the lowest-addressed.
            const int bit = std::endian::native == std::endian::little
                                ? std::countr_zero(halves[half])
                                : std::countl_zero(halves[half]);
            return static_cast<size_t>(half * 8 + bit / 8);
        }
        return size_t{16};
    };
    const Block all = Block{} - 1;
    for (; at + 16 <= text.size(); at += 16)
        if (const size_t hit = first_hit(text.data() + at, all); hit < 16) return at + hit;
    if (at == text.size()) return at;
    if (text.size() >= 16) {
        // The rest, shorter than a block, is read as the last sixteen bytes of the text, of
        // which the ones before `at` are not wanted.
        const size_t last = text.size() - 16;
        constexpr Block kIndex = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
        const Block wanted = kIndex >= static_cast<signed char>(at - last);
        return last + first_hit(text.data() + last, wanted);
    }
    for (; at < text.size(); ++at) {
        if (static_cast<unsigned char>(text[at]) >= 0x80) return at;
        for (const char stop : stops)
            if (text[at] == stop) return at;
    }
    return at;
}

// A-Z lower-cased by table; every other byte (UTF-8 ones included) unchanged.
inline constexpr auto kAsciiLower = [] {
    std::array<char, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return table;
}();
inline char ascii_lower(char c) {
    return kAsciiLower[static_cast<unsigned char>(c)];
}
// `text` with A-Z lower-cased, byte for byte (other bytes, UTF-8 ones included, unchanged).
inline std::string lowercase_ascii(std::string_view text) {
    std::string lowered(text);
    // Arithmetic rather than the table, so that the compiler lowers many bytes at once.
    for (char& c : lowered)
        c = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 'a' - 'A' : 0));
    return lowered;
}

// A letter, digit or combining mark (the accent of a decomposed "é"): what the attribution
// and corpus tokenizers count as part of a word.
// ASCII inline (the hot case); other code points ask ICU.
bool is_non_ascii_word_code_point(char32_t c);
inline bool is_word_code_point(char32_t c) {
    return c < 0x80 ? is_ascii_alnum(static_cast<char>(c)) : is_non_ascii_word_code_point(c);
}

}  // namespace quotecheck
