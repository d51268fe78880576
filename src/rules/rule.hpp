// A loaded rule instance: the TOML data (id, severity, texts, examples) and the compiled check
// of its kind. Rules are immutable once loaded and shared by every worker thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "attribute/analysis.hpp"
#include "core/severity.hpp"
#include "core/span.hpp"
#include "rules/message_template.hpp"

namespace quotecheck {

// One place a rule fires, with the values its message placeholders take there.
struct RuleHit {
    Span span;
    PlaceholderValues values;  // kind-specific placeholders ({explanation}, {house}, {1}…)
    std::string fix;           // a concrete suggestion for this hit, if the kind has one
};

// What a rule kind does, compiled from one instance's parameters. `check` must be safe to call
// from many threads at once (it only reads the rule and the analysis).
class RuleCheck {
  public:
    virtual ~RuleCheck() = default;
    // May throw RegexLimitExceeded when a user pattern is too complex for the text.
    virtual void check(const ArticleAnalysis& analysis, std::vector<RuleHit>& hits) const = 0;
    // Placeholders the kind fills, besides the common {match} {excerpt} {speaker} {source}.
    virtual std::vector<std::string> placeholders() const { return {}; }
};

// An inline example: an article text and the text of each finding the rule must give on it,
// in order (empty: the rule must not fire).
struct RuleExample {
    std::string text;
    std::vector<std::string> expect;
    unsigned line = 0;
};

struct Rule {
    std::string id;    // "attribution.unattributed-quote"
    std::string kind;  // "unattributed-quote"
    std::string pack;  // file name without .toml
    std::string file;  // where it was loaded from, for messages
    unsigned line = 0;
    Severity severity = Severity::warning;
    bool enabled_by_default = true;
    std::string summary;
    std::string description;
    std::string fix;
    MessageTemplate message;
    std::vector<RuleExample> examples;
    std::unique_ptr<const RuleCheck> check;
};

}  // namespace quotecheck
