// Files compiled into the binary at build time (the default rule packs under rules/).
#pragma once

#include <algorithm>
#include <iterator>
#include <span>
#include <string_view>

namespace quotecheck {

struct EmbeddedFile {
    std::string_view path;  // relative to rules/, e.g. "attribution.toml"
    std::string_view bytes;
};

std::span<const EmbeddedFile> embedded_rule_files();

// The attribution lexicon's files among them: read by the lexicon loader, and not rule packs (no
// [pack] table), so the rule loader does not parse them.
inline constexpr std::string_view kLexiconFiles[] = {"cues.toml", "roster.toml", "sources.toml"};
inline bool is_lexicon_file(std::string_view path) {
    return std::find(std::begin(kLexiconFiles), std::end(kLexiconFiles), path) !=
           std::end(kLexiconFiles);
}

}  // namespace quotecheck
