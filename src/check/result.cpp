#include "check/result.hpp"

#include <algorithm>

namespace quotecheck {

size_t CheckResult::quote_count() const {
    size_t total = 0;
    for (const ArticleAnalysis& a : articles)
        total += a.extraction.quotes.size() + a.released_quotes;
    return total;
}

size_t CheckResult::count(Severity severity) const {
    return static_cast<size_t>(
        std::count_if(findings.begin(), findings.end(),
                      [&](const Finding& f) { return f.severity == severity; }));
}

const RuleInfo* CheckResult::rule(std::string_view id) const {
    for (const RuleInfo& r : rules)
        if (r.id == id) return &r;
    return nullptr;
}

}  // namespace quotecheck
