// The eight-bytes-at-a-time tests the scanners use to pass over plain text.
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

}  // namespace quotecheck
