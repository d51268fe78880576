#include "core/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

// ICU's U8_* macros are written in C and use C casts.
#pragma GCC diagnostic ignored "-Wold-style-cast"

namespace quotecheck {

namespace {
const uint8_t* bytes_of(std::string_view text) {
    return reinterpret_cast<const uint8_t*>(text.data());
}
}  // namespace

std::optional<uint32_t> find_invalid_utf8(std::string_view bytes) {
    const auto* s = bytes_of(bytes);
    const auto length = static_cast<int32_t>(bytes.size());
    int32_t i = 0;
    while (i < length) {
        // Runs of ASCII, nearly all of news text, are passed over sixteen bytes at a time.
        i = static_cast<int32_t>(skip_plain_ascii(bytes, static_cast<size_t>(i), {}));
        if (i == length) break;
        const int32_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return static_cast<uint32_t>(start);
    }
    return std::nullopt;
}

char32_t decode_code_point(std::string_view text, uint32_t& i) {
    auto index = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT_OR_FFFD(bytes_of(text), index, static_cast<int32_t>(text.size()), c);
    i = static_cast<uint32_t>(index);
    return static_cast<char32_t>(c);
}

char32_t previous_code_point(std::string_view text, uint32_t& i) {
    auto index = static_cast<int32_t>(i);
    UChar32 c;
    U8_PREV_OR_FFFD(bytes_of(text), 0, index, c);
    i = static_cast<uint32_t>(index);
    return static_cast<char32_t>(c);
}

void append_utf8_multibyte(std::string& out, char32_t c) {
    uint8_t buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
    if (error) return;
    out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
}

size_t count_code_points(std::string_view text) {
    size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

bool is_non_ascii_word_code_point(char32_t c) {
    return u_isalnum(static_cast<UChar32>(c)) ||
           u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

}  // namespace quotecheck
