// Small UTF-8 helpers over ICU's U8_* macros, used by every stage that walks text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace quotecheck {

// Offset of the first byte that is not valid UTF-8, if any.
std::optional<uint32_t> find_invalid_utf8(std::string_view bytes);

// Decodes the code point starting at `i` and advances `i`; invalid bytes give U+FFFD.
char32_t next_code_point(std::string_view text, uint32_t& i);
// Decodes the code point ending just before `i` and moves `i` back to its first byte.
char32_t previous_code_point(std::string_view text, uint32_t& i);

void append_utf8(std::string& out, char32_t c);
size_t count_code_points(std::string_view text);

}  // namespace quotecheck
