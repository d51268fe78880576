// The outcome of one `quotecheck check` run: every article's analysis and every finding, in a
// deterministic order. Reporters read only this.
#pragma once

#include <string>
#include <vector>

#include "attribute/analysis.hpp"
#include "core/finding.hpp"

namespace quotecheck {

// What reporters need to know about a rule (SARIF's rule table, `explain`).
struct RuleInfo {
    std::string id;
    Severity severity = Severity::warning;
    std::string summary;      // one line
    std::string description;  // what it finds and why it matters
    std::string fix;          // how to fix a finding
};

struct CheckResult {
    std::vector<ArticleAnalysis> articles;
    std::vector<Finding> findings;  // sorted by article, position, rule
    std::vector<RuleInfo> rules;    // every rule that can produce a finding in this run
    std::vector<std::string> missing_inputs;
    size_t suppressed_by_baseline = 0;

    size_t quote_count() const;
    size_t count(Severity severity) const;
    const RuleInfo* rule(std::string_view id) const;
};

}  // namespace quotecheck
