// `quotecheck rules test`: every example of every loaded rule is analysed as a plain-text
// article and must give exactly the findings it expects (by matched text, in order).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "rules/rule_set.hpp"

namespace quotecheck {

// The per-article stages before the rules (segmentation, quotes, attribution), supplied by the
// caller so that this stage does not call back into the driver.
using AnalyseArticle = std::function<ArticleAnalysis(Article)>;

struct ExampleFailure {
    std::string rule;
    std::string file;
    unsigned line = 0;    // the example's line in the pack
    size_t example = 0;   // 1-based among the rule's examples
    std::string problem;  // "expected [\"reportedly\"], got nothing"

    std::string describe() const;  // "file:line: rule 'id' example 2: problem"
};

struct ExampleReport {
    size_t rules = 0;
    size_t examples = 0;
    std::vector<ExampleFailure> failures;
};

ExampleReport test_rule_examples(const RuleSet& rules, const AnalyseArticle& analyse);

}  // namespace quotecheck
