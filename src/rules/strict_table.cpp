#include "rules/strict_table.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diagnostic.hpp"

namespace quotecheck {

namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string_view type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "an integer";
        case toml::node_type::floating_point:
            return "a number";
        case toml::node_type::boolean:
            return "a boolean";
        case toml::node_type::array:
            return "an array";
        case toml::node_type::table:
            return "a table";
        default:
            return "a date or time";
    }
}

}  // namespace

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates,
                                         size_t max_distance) {
    std::optional<std::string> best;
    size_t best_distance = (max_distance ? max_distance : std::max<size_t>(2, word.size() / 3)) + 1;
    for (const std::string& candidate : candidates) {
        const size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

unsigned line_of(const toml::node& node) {
    return node.source().begin.line;
}

StrictTable::StrictTable(const toml::table& table, std::string path, std::string what)
    : table_(table), path_(std::move(path)), what_(std::move(what)) {}

unsigned StrictTable::line() const {
    return quotecheck::line_of(table_);
}

unsigned StrictTable::line_of(std::string_view key) const {
    const toml::node* node = table_.get(key);
    return node ? quotecheck::line_of(*node) : line();
}

void StrictTable::fail(std::string_view key, const std::string& message) const {
    throw ConfigError(path_, line_of(key), fmt::format("{}: '{}' {}", what_, key, message));
}

const toml::node* StrictTable::get(std::string_view key, std::string_view expected_type) {
    known_.emplace_back(key);
    const toml::node* node = table_.get(key);
    if (!node) return nullptr;
    const bool matches = (expected_type == "a string" && node->is_string()) ||
                         (expected_type == "a boolean" && node->is_boolean()) ||
                         (expected_type == "an integer" && node->is_integer()) ||
                         (expected_type == "an array" && node->is_array()) ||
                         (expected_type == "a table" && node->is_table());
    if (!matches) fail(key, fmt::format("must be {}, not {}", expected_type, type_name(*node)));
    return node;
}

std::optional<std::string> StrictTable::string(std::string_view key) {
    const toml::node* node = get(key, "a string");
    if (!node) return std::nullopt;
    return std::string(node->as_string()->get());
}

std::string StrictTable::required_string(std::string_view key) {
    std::optional<std::string> value = string(key);
    if (!value) {
        // A misspelt required key is reported as the misspelling, with the fix.
        for (const auto& [present, node] : table_)
            if (closest_match(present.str(), {std::string(key)},
                              std::max<size_t>(1, key.size() / 4)))
                throw ConfigError(path_, quotecheck::line_of(node),
                                  fmt::format("{}: unknown key '{}' (did you mean '{}'?)", what_,
                                              present.str(), key));
        throw ConfigError(path_, line(), fmt::format("{}: missing required key '{}'", what_, key));
    }
    return *value;
}

std::optional<bool> StrictTable::boolean(std::string_view key) {
    const toml::node* node = get(key, "a boolean");
    if (!node) return std::nullopt;
    return node->as_boolean()->get();
}

std::optional<int64_t> StrictTable::integer(std::string_view key) {
    const toml::node* node = get(key, "an integer");
    if (!node) return std::nullopt;
    return node->as_integer()->get();
}

std::vector<std::string> StrictTable::strings(std::string_view key) {
    std::vector<std::string> out;
    const toml::node* node = get(key, "an array");
    if (!node) return out;
    for (const toml::node& item : *node->as_array()) {
        if (!item.is_string())
            throw ConfigError(path_, quotecheck::line_of(item),
                              fmt::format("{}: '{}' must hold only strings, not {}", what_, key,
                                          type_name(item)));
        out.emplace_back(item.as_string()->get());
    }
    return out;
}

const toml::array* StrictTable::array(std::string_view key) {
    const toml::node* node = get(key, "an array");
    return node ? node->as_array() : nullptr;
}

const toml::table* StrictTable::table(std::string_view key) {
    const toml::node* node = get(key, "a table");
    return node ? node->as_table() : nullptr;
}

std::vector<std::pair<std::string, std::string>> StrictTable::string_map(std::string_view key) {
    std::vector<std::pair<std::string, std::string>> out;
    const toml::table* map = table(key);
    if (!map) return out;
    for (const auto& [name, value] : *map) {
        if (!value.is_string())
            throw ConfigError(path_, quotecheck::line_of(value),
                              fmt::format("{}: '{}.{}' must be a string, not {}", what_, key,
                                          name.str(), type_name(value)));
        out.emplace_back(std::string(name.str()), std::string(value.as_string()->get()));
    }
    return out;
}

void StrictTable::finish() const {
    for (const auto& [key, value] : table_) {
        if (std::find(known_.begin(), known_.end(), key.str()) != known_.end()) continue;
        std::string message = fmt::format("{}: unknown key '{}'", what_, key.str());
        if (std::optional<std::string> suggestion = closest_match(key.str(), known_))
            message += fmt::format(" (did you mean '{}'?)", *suggestion);
        throw ConfigError(path_, quotecheck::line_of(value), message);
    }
}

}  // namespace quotecheck
