#include "load/entities.hpp"

#include <libxml/HTMLparser.h>

#include <charconv>

#include "core/utf8.hpp"

namespace quotecheck {

size_t decode_character_reference(std::string_view text, std::string& out) {
    if (text.size() < 3 || text[0] != '&') return 0;
    // Entity names are short: look for the ';' nearby only, so a long line of '&' stays linear.
    const size_t semicolon = text.substr(0, 33).find(';', 1);
    if (semicolon == std::string_view::npos) return 0;
    const std::string_view name = text.substr(1, semicolon - 1);
    unsigned long code = 0;
    if (name[0] == '#') {
        const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty()) return 0;
        auto [ptr, ec] =
            std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
        if (ec != std::errc{} || ptr != digits.data() + digits.size()) return 0;
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
    } else {
        const std::string key(name);
        const htmlEntityDesc* entity =
            htmlEntityLookup(reinterpret_cast<const xmlChar*>(key.c_str()));
        if (entity == nullptr) return 0;
        code = entity->value;
    }
    append_utf8(out, static_cast<char32_t>(code));
    return semicolon + 1;
}

}  // namespace quotecheck
