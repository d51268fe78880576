#include "load/front_matter.hpp"

#include "load/text_lines.hpp"

namespace quotecheck {

const std::string* FrontMatter::find(std::string_view key) const {
    for (const auto& [k, v] : fields)
        if (k == key) return &v;
    return nullptr;
}

FrontMatter parse_front_matter(std::string_view text) {
    FrontMatter result;
    if (!(text.starts_with("---\n") || text.starts_with("---\r\n"))) return result;
    size_t pos = text.find('\n') + 1;
    std::vector<std::pair<std::string, std::string>> fields;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        const size_t line_end = nl == std::string_view::npos ? text.size() : nl;
        std::string_view line = text.substr(pos, line_end - pos);
        if (line.ends_with('\r')) line.remove_suffix(1);
        const size_t next = nl == std::string_view::npos ? text.size() : nl + 1;
        if (line == "---" || line == "...") {
            result.fields = std::move(fields);
            result.end = next;
            return result;
        }
        const size_t colon = line.find(':');
        if (colon != std::string_view::npos && !line.empty() && line[0] != ' ' && line[0] != '#') {
            std::string_view value = trim(line.substr(colon + 1));
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
                value.back() == value.front()) {
                value = value.substr(1, value.size() - 2);
            }
            fields.emplace_back(std::string(trim(line.substr(0, colon))), std::string(value));
        }
        pos = next;
    }
    return result;  // never closed: not front matter
}

}  // namespace quotecheck
