// The whole `quotecheck check` pipeline in one place: load → segment → extract quotes →
// attribute → per-article rules → cross-article checks. Reporting is the caller's.
#pragma once

#include <string>
#include <vector>

#include "attribute/lexicon.hpp"
#include "check/result.hpp"

namespace quotecheck {

struct CheckOptions {
    std::vector<std::string> paths;
    unsigned jobs = 0;  // 0: all cores
    bool corpus = true;
};

// Analyses one article that is already loaded (used by run_check, tests and fuzzers); the
// overload without a lexicon loads the default one.
ArticleAnalysis analyse_article(Article article, uint32_t article_index,
                                const AttributionLexicon& lexicon);
ArticleAnalysis analyse_article(Article article, uint32_t article_index);

CheckResult run_check(const CheckOptions& options);

// Sorts findings into report order: article, position, rule, message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace quotecheck
