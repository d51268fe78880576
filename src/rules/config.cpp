#include "rules/config.hpp"

#include <fmt/format.h>
#include <fnmatch.h>

#include <fstream>
#include <sstream>

#include "core/diagnostic.hpp"
#include "rules/strict_table.hpp"

namespace quotecheck {

namespace fs = std::filesystem;

namespace {

fs::path absolute_normal(const fs::path& path) {
    std::error_code error;
    fs::path absolute = fs::absolute(path, error);
    return (error ? path : absolute).lexically_normal();
}

void read_rule_settings(Config& config, StrictTable& root) {
    const toml::table* rules = root.table("rules");
    if (!rules) return;
    for (const auto& [key, value] : *rules) {
        RuleSetting setting;
        setting.line = line_of(value);
        if (value.is_boolean()) {
            setting.enabled = value.as_boolean()->get();
        } else if (value.is_string()) {
            setting.severity = parse_severity(value.as_string()->get());
            if (!setting.severity)
                throw ConfigError(config.file.string(), setting.line,
                                  fmt::format("rules.\"{}\": severity must be \"error\", "
                                              "\"warning\" or \"info\", not \"{}\"",
                                              key.str(), value.as_string()->get()));
            setting.enabled = true;
        } else {
            throw ConfigError(
                config.file.string(), setting.line,
                fmt::format(
                    "rules.\"{}\" must be true, false or a severity (\"error\", \"warning\", "
                    "\"info\")",
                    key.str()));
        }
        config.rules[std::string(key.str())] = setting;
    }
}

void read_manifest(Config& config, StrictTable& root) {
    const toml::array* articles = root.array("article");
    if (!articles) return;
    for (const toml::node& node : *articles) {
        if (!node.is_table())
            throw ConfigError(config.file.string(), line_of(node),
                              "'article' must be an array of tables ([[article]])");
        StrictTable entry(*node.as_table(), config.file.string(), "[[article]]");
        ManifestEntry article;
        article.path = absolute_normal(config.directory / entry.required_string("path"));
        if (const std::optional<std::string> published = entry.string("published")) {
            article.published = parse_iso_date(*published);
            if (!article.published)
                entry.fail("published",
                           fmt::format("must be a date like 2016-06-07, not \"{}\"", *published));
        }
        article.outlet = entry.string("outlet").value_or("");
        entry.finish();
        config.articles.push_back(std::move(article));
    }
}

}  // namespace

Config load_config(const fs::path& file) {
    Config config;
    config.file = file;
    config.directory = absolute_normal(file).parent_path();
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ConfigError(file.string(), 0, "cannot read configuration file");
    std::stringstream bytes;
    bytes << in.rdbuf();
    toml::table document;
    try {
        document = toml::parse(bytes.str(), file.string());
    } catch (const toml::parse_error& e) {
        throw ConfigError(file.string(), e.source().begin.line, std::string(e.description()));
    }
    StrictTable root(document, file.string(), "configuration");
    for (const std::string& dir : root.strings("rule_dirs"))
        config.rule_dirs.push_back(absolute_normal(config.directory / dir));
    config.ignore = root.strings("ignore");
    if (const toml::table* packs = root.table("packs")) {
        for (const auto& [name, value] : *packs) {
            if (!value.is_boolean())
                throw ConfigError(file.string(), line_of(value),
                                  fmt::format("packs.{} must be true or false", name.str()));
            config.packs[std::string(name.str())] = {value.as_boolean()->get(), line_of(value)};
        }
    }
    read_rule_settings(config, root);
    if (const toml::table* spelling = root.table("spelling")) {
        StrictTable table(*spelling, file.string(), "[spelling]");
        config.preferred_spellings = table.strings("prefer");
        table.finish();
    }
    if (const toml::table* roster = root.table("roster")) config.roster = *roster;
    for (const std::string& roster_file : root.strings("roster_files"))
        config.roster_files.push_back(absolute_normal(config.directory / roster_file));
    read_manifest(config, root);
    root.finish();
    return config;
}

std::optional<fs::path> find_config(const fs::path& directory) {
    std::error_code error;
    for (fs::path dir = absolute_normal(directory);; dir = dir.parent_path()) {
        fs::path candidate = dir / kConfigFileName;
        if (fs::is_regular_file(candidate, error)) return candidate;
        if (dir == dir.parent_path() || dir.empty()) return std::nullopt;
    }
}

bool Config::ignores(const fs::path& article_path) const {
    if (ignore.empty()) return false;
    const fs::path relative = absolute_normal(article_path).lexically_relative(directory);
    const std::string path = relative.generic_string();
    if (path.empty() || path.starts_with("..")) return false;
    for (const std::string& glob : ignore)
        if (fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;
    return false;
}

void Config::apply_manifest(Article& article) const {
    if (articles.empty() || article.path() == "-") return;
    const fs::path path = absolute_normal(article.path());
    for (const ManifestEntry& entry : articles) {
        if (entry.path != path) continue;
        if (!article.published) article.published = entry.published;
        if (article.outlet.empty()) article.outlet = entry.outlet;
        return;
    }
}

}  // namespace quotecheck
