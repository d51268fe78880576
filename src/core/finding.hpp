// Findings are the product of every check: plain data, printed only by reporters.
#pragma once

#include <compare>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/severity.hpp"
#include "core/span.hpp"

namespace quotecheck {

// A place in one article of the run: `article` indexes CheckResult::articles and `span` is in
// that article's plain-text coordinates (Article::text()). Reporters map it to the bytes of
// the file the user wrote.
struct Location {
    uint32_t article = 0;
    Span span;
};

// Report order of two places: by article, then by where they start.
inline bool before(const Location& a, const Location& b) {
    return a.article != b.article ? a.article < b.article : a.span.start < b.span.start;
}

struct RelatedLocation {
    Location where;
    std::string message;
};

// A rule's id ("attribution.unattributed-quote"), held once for the whole process: a finding
// keeps a pointer to it. A large run has hundreds of thousands of findings and a few dozen
// rules; a string per finding was 32 bytes plus, for the usual id of more than 15 bytes, a
// heap block of its own. Reads as the id's text: compared, ordered and converted as a string.
class RuleId {
  public:
    RuleId();
    RuleId(std::string_view id);  // NOLINT(google-explicit-constructor): an id is its text
    RuleId(const std::string& id) : RuleId(std::string_view(id)) {}  // NOLINT
    RuleId(const char* id) : RuleId(std::string_view(id)) {}         // NOLINT

    const std::string& str() const { return *id_; }
    operator const std::string&() const { return *id_; }  // NOLINT
    operator std::string_view() const { return *id_; }    // NOLINT
    bool empty() const { return id_->empty(); }
    bool starts_with(std::string_view prefix) const { return id_->starts_with(prefix); }

    friend bool operator==(const RuleId& a, std::string_view b) { return *a.id_ == b; }
    friend std::strong_ordering operator<=>(const RuleId& a, std::string_view b) {
        return std::string_view(*a.id_).compare(b) <=> 0;
    }
    friend std::ostream& operator<<(std::ostream& out, const RuleId& id) { return out << *id.id_; }

  private:
    const std::string* id_;  // interned: lives as long as the process
};

struct Finding {
    RuleId rule;
    Severity severity = Severity::warning;
    std::string message;
    Location where;
    std::vector<RelatedLocation> related;
    std::string fix;  // optional suggestion shown to the user ("write “Russian President”")
};

// The fix of a finding that proposes other wording: every check words it this way, so that a
// per-article rule and a cross-article check proposing the same spelling can be recognised as
// one correction (check_corpus leaves out what an article finding already proposes).
std::string replacement_fix(std::string_view replacement);

}  // namespace quotecheck
