#include "rules/kind_parameters.hpp"

#include <fmt/format.h>

namespace quotecheck {

PhraseSet read_phrases(StrictTable& parameters, std::string_view key, bool required) {
    PhraseSet set;
    const std::vector<std::string> phrases = parameters.strings(key);
    if (required && phrases.empty()) parameters.fail(key, "must list at least one phrase");
    for (size_t i = 0; i < phrases.size(); ++i)
        if (!set.add(phrases[i], static_cast<uint32_t>(i)))
            parameters.fail(key, fmt::format("entry \"{}\" is empty or listed twice", phrases[i]));
    return set;
}

std::optional<UnicodeRegex> read_regex(StrictTable& parameters, std::string_view key,
                                       bool ignore_case, bool required) {
    const std::optional<std::string> pattern =
        required ? parameters.required_string(key) : parameters.string(key);
    if (!pattern) return std::nullopt;
    if (pattern->empty()) parameters.fail(key, "must not be empty");
    try {
        return UnicodeRegex(*pattern, ignore_case);
    } catch (const RegexSyntaxError& e) {
        parameters.fail(
            key, fmt::format("is not a valid regular expression: {} (at character {} of /{}/)",
                             e.what(), e.offset, *pattern));
    }
}

}  // namespace quotecheck
