// .quotecheck.toml: which packs and rules run and how severe they are, extra rule directories,
// house spellings, roster additions for the attribution stage, paths to ignore, and a corpus
// manifest giving plain-text articles their publication date and outlet.
#pragma once

#include <toml++/toml.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/severity.hpp"
#include "load/article.hpp"

namespace quotecheck {

inline constexpr std::string_view kConfigFileName = ".quotecheck.toml";

struct RuleSetting {
    std::optional<bool> enabled;
    std::optional<Severity> severity;
    unsigned line = 0;
};

struct PackSetting {
    bool enabled = true;
    unsigned line = 0;
};

struct ManifestEntry {
    std::filesystem::path path;  // absolute, normalised
    std::optional<std::chrono::year_month_day> published;
    std::string outlet;
};

struct Config {
    std::filesystem::path file;  // empty: no configuration file, built-in defaults
    std::filesystem::path directory;
    std::vector<std::filesystem::path> rule_dirs;
    std::vector<std::string> ignore;  // globs relative to `directory`
    std::map<std::string, PackSetting> packs;
    std::map<std::string, RuleSetting> rules;
    std::vector<std::string> preferred_spellings;
    // Roster additions, handed as they are to the attribution stage: the [roster] table and
    // roster files (absolute paths).
    toml::table roster;
    std::vector<std::filesystem::path> roster_files;
    std::vector<ManifestEntry> articles;

    // True when `article_path` matches one of the ignore globs.
    bool ignores(const std::filesystem::path& article_path) const;
    // Fills the publication date and outlet the article's own metadata did not give.
    void apply_manifest(Article& article) const;
};

// Reads and validates a configuration file; throws ConfigError (file:line) on any problem.
Config load_config(const std::filesystem::path& file);
// The nearest .quotecheck.toml in `directory` or one of its parents.
std::optional<std::filesystem::path> find_config(const std::filesystem::path& directory);

}  // namespace quotecheck
