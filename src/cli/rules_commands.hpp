// The rule commands of the command line: `rules list`, `rules test [DIR…]`, `explain RULE-ID`,
// and writing a baseline after `check --write-baseline FILE`.
#pragma once

#include <string>
#include <vector>

#include "check/run_check.hpp"

namespace quotecheck {

struct RulesCommand {
    std::string config;                  // --config FILE (else .quotecheck.toml found from here)
    std::vector<std::string> rule_dirs;  // --rules DIR, and the DIRs of `rules test`
    std::string rule_id;                 // explain
};

int run_rules_list(const RulesCommand& command);
int run_rules_test(const RulesCommand& command);
int run_explain(const RulesCommand& command);
// Records every finding of `result` by fingerprint, atomically.
void write_baseline_file(const std::string& path, const CheckResult& result);

}  // namespace quotecheck
