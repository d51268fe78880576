// The whole `quotecheck check` pipeline in one place: load → segment → extract quotes →
// attribute → per-article rules → cross-article checks. Reporting is the caller's.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "attribute/lexicon.hpp"
#include "check/result.hpp"

namespace quotecheck {

struct CheckOptions {
    std::vector<std::string> paths;
    unsigned jobs = 0;  // 0: all cores
    bool corpus = true;
    std::string config;  // --config FILE; empty: .quotecheck.toml found upward from each article
    std::vector<std::string> rule_dirs;  // --rules DIR: extra rule packs
    std::string baseline;                // --baseline FILE: report only findings not in it
};

// The configuration file for an article ("-": standard input, looked up from the current
// directory): --config when given, else the nearest .quotecheck.toml; "" when there is none.
std::string config_file_for(const std::string& article_path, const CheckOptions& options);
// Loads that configuration and every rule pack it and --rules name. Runs before any article is
// analysed, so a bad configuration or pack stops the run (exit 2) with nothing half-done.
class RuleSet;
std::shared_ptr<const RuleSet> load_rules(const std::string& config_file,
                                          const CheckOptions& options);
// Descriptions of every rule a run can report: the built-in ones and the loaded packs'.
std::vector<RuleInfo> rule_infos(const RuleSet& rules);

// Analyses one article that is already loaded (used by run_check, tests and fuzzers); the
// overload without a lexicon loads the default one.
ArticleAnalysis analyse_article(Article article, uint32_t article_index,
                                const AttributionLexicon& lexicon);
ArticleAnalysis analyse_article(Article article, uint32_t article_index);

CheckResult run_check(const CheckOptions& options);

// Sorts findings into report order: article, position, rule, message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace quotecheck
