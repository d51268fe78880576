// Strict reading of one TOML table: every key read is checked for its type, and keys nobody
// asked for are errors with "did you mean", all reported as file:line.
#pragma once

#include <toml++/toml.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quotecheck {

// The closest of `candidates` to `word` when it is near enough to be a likely typo.
// `max_distance` 0 means a third of the word's length, at least 2 edits.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates,
                                         size_t max_distance = 0);

class StrictTable {
  public:
    StrictTable(const toml::table& table, std::string path, std::string what);

    std::optional<std::string> string(std::string_view key);
    std::string required_string(std::string_view key);
    std::optional<bool> boolean(std::string_view key);
    std::optional<int64_t> integer(std::string_view key);
    // An array of strings; an absent key is an empty list.
    std::vector<std::string> strings(std::string_view key);
    const toml::array* array(std::string_view key);
    const toml::table* table(std::string_view key);
    // A table whose keys are free-form (phrase → explanation): values must be strings.
    std::vector<std::pair<std::string, std::string>> string_map(std::string_view key);

    // Line of `key` (the table's own line when the key is absent).
    unsigned line_of(std::string_view key) const;
    unsigned line() const;
    const std::string& path() const { return path_; }
    [[noreturn]] void fail(std::string_view key, const std::string& message) const;
    // Every key present must have been read: the first that was not is an error.
    void finish() const;

  private:
    const toml::node* get(std::string_view key, std::string_view expected_type);

    const toml::table& table_;
    std::string path_;
    std::string what_;  // "rule 'style.x'", "example", "configuration" — for messages
    std::vector<std::string> known_;
};

// Line of a node (0 when TOML++ knows none).
unsigned line_of(const toml::node& node);

}  // namespace quotecheck
