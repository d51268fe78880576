// Findings are the product of every check: plain data, printed only by reporters.
#pragma once

#include <cstdint>
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

struct Finding {
    std::string rule;  // "attribution.unattributed-quote"
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
