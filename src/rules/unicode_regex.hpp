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

  private:
    struct Impl;
    std::unique_ptr<const Impl> impl_;
};

}  // namespace quotecheck
