// The eight- and sixteen-bytes-at-a-time tests the scanners use to pass over plain text.
#include <catch2/catch.hpp>

#include <string>

#include "core/utf8.hpp"

namespace quotecheck {

TEST_CASE("eight plain bytes are told from eight holding a stop or a non-ASCII byte", "[utf8]") {
    const std::string_view stops = "\"'.";
    CHECK(eight_bytes_plain("abcdefgh", 0, stops));
    CHECK(eight_bytes_plain("x\"abcdefgh", 2, stops));  // only the eight bytes from `at` count
    for (size_t at = 0; at < 8; ++at) {
        INFO("byte " << at);
        std::string eight = "abcdefgh";
        for (const char stop : stops) {
            eight[at] = stop;
            CHECK_FALSE(eight_bytes_plain(eight, 0, stops));
        }
        for (const char non_ascii : {'\x80', '\xA2', '\xC3', '\xE2', '\xFF'}) {
            eight[at] = non_ascii;
            CHECK_FALSE(eight_bytes_plain(eight, 0, stops));
        }
        // Bytes next to a stop, and the extremes of ASCII, pass.
        for (const char plain : {'!', '#', '&', '(', '-', '/', '\0', '\x7F'}) {
            eight[at] = plain;
            CHECK(eight_bytes_plain(eight, 0, stops));
        }
    }
}

TEST_CASE("a stop byte is found among eight bytes of any kind", "[utf8]") {
    const std::string_view stops = "\r&";
    const std::string quoted = std::string("\u201C") + "abcde";
    CHECK_FALSE(any_byte_among(eight_bytes_at(quoted, 0), stops));
    const std::string high = std::string("\x8D\xA6\xFF\x80") + "abcd";  // CR, & + 0x80
    CHECK_FALSE(any_byte_among(eight_bytes_at(high, 0), stops));
    for (size_t at = 0; at < 8; ++at) {
        INFO("byte " << at);
        std::string eight = std::string("\u00E9") + "abcdef";
        for (const char stop : stops) {
            eight[at] = stop;
            CHECK(any_byte_among(eight_bytes_at(eight, 0), stops));
        }
    }
}

TEST_CASE("plain ASCII is passed over up to the first stop or non-ASCII byte", "[utf8]") {
    const std::string_view stops = ".!";
    const std::string plain(40, 'a');
    CHECK(skip_plain_ascii(plain, 0, stops) == plain.size());
    CHECK(skip_plain_ascii(plain, 40, stops) == plain.size());
    // Every position of a stop, in a block of sixteen or in the shorter rest, is found from every
    // starting point before it; bytes next to the stops, and the extremes of ASCII, pass.
    for (size_t at = 0; at < plain.size(); ++at) {
        INFO("byte " << at);
        for (const char special : {'.', '!', '\x80', '\xC3', '\xE2', '\xFF'}) {
            std::string text = std::string(plain.size(), '-') + "\x7F";
            text[at] = special;
            for (size_t from = 0; from <= at; from += 7)
                CHECK(skip_plain_ascii(text, from, stops) == at);
            CHECK(skip_plain_ascii(text, at + 1, stops) == text.size());
        }
        std::string text = plain;
        text[at] = '\0';
        CHECK(skip_plain_ascii(text, 0, stops) == text.size());
    }
    // A text shorter than a block is read byte by byte.
    CHECK(skip_plain_ascii("ab!c", 0, stops) == 2);
    CHECK(skip_plain_ascii("ab!c", 3, stops) == 4);
    CHECK(skip_plain_ascii("a\u00E9", 0, stops) == 1);
}

}  // namespace quotecheck
