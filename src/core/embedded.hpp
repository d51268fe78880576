// Files compiled into the binary at build time (the default rule packs under rules/).
#pragma once

#include <span>
#include <string_view>

namespace quotecheck {

struct EmbeddedFile {
    std::string_view path;  // relative to rules/, e.g. "attribution.toml"
    std::string_view bytes;
};

std::span<const EmbeddedFile> embedded_rule_files();

}  // namespace quotecheck
