// Rule regexes: Boost.Regex's ICU-aware u32regex (\w, \p{Lu}, case folding work on all of
// Unicode), compiled once at load and searched window by window under Boost's complexity
// limit, so a catastrophic pattern stops with an error instead of hanging the run.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

// A pattern Boost.Regex refuses; `offset` is the byte position in the pattern it points at.
class RegexSyntaxError : public std::runtime_error {
  public:
    RegexSyntaxError(const std::string& message, size_t at)
        : std::runtime_error(message), offset(at) {}
    size_t offset;
};

// Matching gave up: the pattern needs more backtracking on `window` than Boost.Regex allows.
class RegexLimitExceeded : public std::runtime_error {
  public:
    explicit RegexLimitExceeded(Span text_window)
        : std::runtime_error("regular expression too complex for the text"), window(text_window) {}
    Span window;
};

// Longer windows (a runaway single-line "paragraph") are searched in pieces of about this many
// bytes, cut at whitespace, so memory and Boost's work bound stay proportional to the piece; a
// match across two pieces is not found.
inline constexpr uint32_t kMaxRegexWindowBytes = 256u << 10;

struct RegexMatch {
    Span span;
    std::vector<std::optional<Span>> groups;  // capture groups 1..n; nullopt when not taking part
};

class UnicodeRegex {
  public:
    UnicodeRegex(std::string_view pattern, bool ignore_case);
    ~UnicodeRegex();
    UnicodeRegex(UnicodeRegex&&) noexcept;
    UnicodeRegex& operator=(UnicodeRegex&&) noexcept;

    unsigned group_count() const;
    // Every non-overlapping match inside `window` of `text` (byte offsets into `text`).
    std::vector<RegexMatch> find_all(std::string_view text, Span window) const;
    bool matches_somewhere(std::string_view text, Span window) const;
    // A short text on which the pattern exceeds Boost's complexity limit (runs of one
    // character followed by a mismatch, where nested repeats such as (a+)+$ explode), or
    // nullopt when it copes with all of them. Used at load time to refuse such patterns.
    std::optional<std::string> catastrophic_probe() const;

    // Text every match must start with, when the pattern says so plainly (an optional `\b`,
    // then literal characters, and no top-level `|`): a window without it is not searched.
    const std::string& required_prefix() const { return required_prefix_; }

  private:
    struct Impl;
    std::unique_ptr<const Impl> impl_;
    std::string required_prefix_;
    bool absent(std::string_view text, Span window) const;
    std::vector<RegexMatch> find_all_unfiltered(std::string_view text, Span window) const;
    std::vector<RegexMatch> find_all_at_prefix(std::string_view text, Span window) const;
};

// The literal text every match of a case-sensitive Perl `pattern` starts with ("Russia " for
// `\bRussia (President|Minister)\b`), or empty when there is none to rely on.
std::string required_literal_prefix(std::string_view pattern);

}  // namespace quotecheck
