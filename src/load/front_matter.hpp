// YAML front matter at the top of a Markdown article: the flat `key: value` lines newsrooms
// use for metadata (title, date, outlet). Nested YAML is not article metadata and is skipped.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quotecheck {

struct FrontMatter {
    std::vector<std::pair<std::string, std::string>> fields;
    size_t end = 0;  // offset just past the closing delimiter line; 0 when there is none
    const std::string* find(std::string_view key) const;
};

// `text` is the file without its BOM.
FrontMatter parse_front_matter(std::string_view text);

}  // namespace quotecheck
