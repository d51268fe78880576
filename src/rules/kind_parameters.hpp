// Parameter types several rule kinds share (phrase lists, regexes), read strictly so a bad
// value is a load error at the key's line.
#pragma once

#include <optional>
#include <string_view>

#include "rules/phrase_set.hpp"
#include "rules/strict_table.hpp"
#include "rules/unicode_regex.hpp"

namespace quotecheck {

// An array of phrases, each with at least one word and listed once; values are list indices.
PhraseSet read_phrases(StrictTable& parameters, std::string_view key, bool required);
// A regex compiled now; a pattern Boost.Regex refuses is a ConfigError quoting the pattern.
std::optional<UnicodeRegex> read_regex(StrictTable& parameters, std::string_view key,
                                       bool ignore_case, bool required);

}  // namespace quotecheck
