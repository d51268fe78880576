#include "rules/rule_examples.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "load/load.hpp"

namespace quotecheck {

std::string ExampleFailure::describe() const {
    return fmt::format("{}:{}: rule '{}' example {}: {}", file, line, rule, example, problem);
}

ExampleReport test_rule_examples(const RuleSet& rules, const AnalyseArticle& analyse) {
    ExampleReport report;
    for (const RulePack& pack : rules.packs()) {
        for (const auto& rule : pack.rules) {
            ++report.rules;
            for (size_t i = 0; i < rule->examples.size(); ++i) {
                const RuleExample& example = rule->examples[i];
                ++report.examples;
                ArticleAnalysis analysis =
                    analyse(load_bytes(fmt::format("{}#example-{}", rule->id, i + 1), example.text,
                                       ArticleFormat::text));
                std::vector<Finding> findings;
                run_rule(*rule, rule->severity, analysis, 0, findings);
                std::vector<std::string> got;
                for (const Finding& finding : findings)
                    got.push_back(finding.rule == rule->id
                                      ? std::string(finding.where.span.in(analysis.article.text()))
                                      : finding.message);
                if (got == example.expect) continue;
                std::string problem;
                if (example.expect.empty())
                    problem = fmt::format("must not fire, but found {}", got);
                else if (got.empty())
                    problem = fmt::format("expected {}, found nothing", example.expect);
                else
                    problem = fmt::format("expected {}, found {}", example.expect, got);
                report.failures.push_back(
                    {rule->id, rule->file, example.line, i + 1, std::move(problem)});
            }
        }
    }
    return report;
}

}  // namespace quotecheck
