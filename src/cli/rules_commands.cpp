#include "cli/rules_commands.hpp"

#include <fmt/format.h>

#include <iostream>

#include "check/fingerprint.hpp"
#include "core/diagnostic.hpp"
#include "report/output_file.hpp"
#include "rules/baseline.hpp"
#include "rules/rule_examples.hpp"
#include "rules/rule_set.hpp"
#include "rules/strict_table.hpp"

namespace quotecheck {

namespace {

std::shared_ptr<const RuleSet> load_command_rules(const RulesCommand& command) {
    CheckOptions options;
    options.config = command.config;
    options.rule_dirs = command.rule_dirs;
    // The configuration is the one an article read from standard input would use.
    return load_rules(config_file_for("-", options), options);
}

void print_indented(std::string_view text) {
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = std::min(text.find('\n', start), text.size());
        std::cout << "    " << text.substr(start, end - start) << "\n";
        start = end + 1;
    }
}

}  // namespace

int run_rules_list(const RulesCommand& command) {
    const auto rules = load_command_rules(command);
    const std::vector<RuleInfo> enabled = rule_infos(*rules);
    for (const RuleInfo& info : enabled) {
        const Rule* rule = rules->find(info.id);
        const std::string origin =
            rule ? fmt::format("{} ({})", rule->kind, rule->file) : "built in";
        std::cout << fmt::format("{:<36} {:<8} {}  [{}]\n", info.id, to_string(info.severity),
                                 info.summary, origin);
    }
    for (const RulePack& pack : rules->packs())
        for (const auto& rule : pack.rules)
            if (!rules->enabled(*rule))
                std::cout << fmt::format("{:<36} {:<8} {}  [{} ({}), disabled]\n", rule->id, "off",
                                         rule->summary, rule->kind, rule->file);
    return 0;
}

int run_rules_test(const RulesCommand& command) {
    const auto rules = load_command_rules(command);
    const ExampleReport report = test_rule_examples(
        *rules, [](Article article) { return analyse_article(std::move(article), 0); });
    for (const ExampleFailure& failure : report.failures) std::cerr << failure.describe() << "\n";
    std::cout << fmt::format("{} rules, {} examples: {}\n", report.rules, report.examples,
                             report.failures.empty()
                                 ? std::string("all pass")
                                 : fmt::format("{} failed", report.failures.size()));
    return report.failures.empty() ? 0 : 1;
}

int run_explain(const RulesCommand& command) {
    const auto rules = load_command_rules(command);
    const std::vector<RuleInfo> infos = rule_infos(*rules);
    const Rule* rule = rules->find(command.rule_id);
    const RuleInfo* info = nullptr;
    for (const RuleInfo& candidate : infos)
        if (candidate.id == command.rule_id) info = &candidate;
    if (!info && !rule) {
        std::vector<std::string> ids;
        for (const RuleInfo& candidate : infos) ids.push_back(candidate.id);
        for (const RulePack& pack : rules->packs())
            for (const auto& r : pack.rules) ids.push_back(r->id);
        std::string message = fmt::format("no rule '{}'", command.rule_id);
        if (auto suggestion = closest_match(command.rule_id, ids))
            message += fmt::format(" (did you mean '{}'?)", *suggestion);
        throw UsageError(message + "; `quotecheck rules list` shows every rule");
    }
    const std::string summary = rule ? rule->summary : info->summary;
    const Severity severity = rule ? rules->severity(*rule) : info->severity;
    std::cout << fmt::format("{} ({}): {}\n", command.rule_id, to_string(severity), summary);
    if (rule)
        std::cout << fmt::format("kind {}, pack {} ({}:{}){}\n", rule->kind, rule->pack, rule->file,
                                 rule->line, rules->enabled(*rule) ? "" : ", disabled");
    else
        std::cout << "built in (from loading and quote extraction)\n";
    std::cout << "\nWhat it finds:\n";
    print_indented(rule ? rule->description : info->description);
    std::cout << "\nHow to fix:\n";
    print_indented(rule ? rule->fix : info->fix);
    if (rule) {
        std::cout << "\nExamples:\n";
        for (const RuleExample& example : rule->examples) {
            std::cout << (example.expect.empty() ? "  does not fire on:\n" : "  fires on:\n");
            print_indented(example.text);
            for (const std::string& expected : example.expect)
                std::cout << fmt::format("      → “{}”\n", expected);
        }
    }
    std::cout
        << "\nHow to disable:\n"
        << fmt::format(
               "    in .quotecheck.toml:   [rules]\n                           \"{}\" = false\n",
               command.rule_id)
        << fmt::format("    or change severity:    \"{}\" = \"info\"\n", command.rule_id)
        << fmt::format("    for one line:          <!-- quotecheck-disable-next-line {} -->\n",
                       command.rule_id);
    return 0;
}

void write_baseline_file(const std::string& path, const CheckResult& result) {
    AtomicOutput output(path);
    write_baseline_header(output.stream());
    const std::vector<std::string> prints = fingerprints(result);
    for (size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& finding = result.findings[i];
        write_baseline_entry(output.stream(), prints[i], finding.rule,
                             result.articles.at(finding.where.article).article.path(),
                             finding.message);
    }
    output.commit();
}

}  // namespace quotecheck
