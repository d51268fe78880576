// The whole `quotecheck check` pipeline in one place: load → segment → extract quotes →
// attribute → per-article rules → cross-article checks. Reporting is the caller's.
#pragma once

#include <string>
#include <vector>

#include "attribute/lexicon.hpp"
#include "check/progress.hpp"
#include "check/result.hpp"

namespace quotecheck {

class Segmenter;

struct CheckOptions {
    std::vector<std::string> paths;
    unsigned jobs = 0;  // 0: all cores
    bool corpus = true;
    CheckProgress* progress = nullptr;  // counted as articles finish, when given
};

// Analyses one article that is already loaded (used by run_check, tests and fuzzers); the
// overload without a lexicon loads the default one.
ArticleAnalysis analyse_article(Article article, uint32_t article_index,
                                const AttributionLexicon& lexicon);
ArticleAnalysis analyse_article(Article article, uint32_t article_index);
// The same with a segmenter the calling thread reuses across articles (extract's workers).
ArticleAnalysis analyse_article(Article article, uint32_t article_index, Segmenter& segmenter,
                                const AttributionLexicon& lexicon);

CheckResult run_check(const CheckOptions& options);

// The cross-article half of a run, shared by `check` and `merge`: gathers the per-article
// findings, runs the corpus stage and sorts. Articles are in report order, findings' article
// indices already point into `articles`.
CheckResult combine_articles(std::vector<ArticleAnalysis> articles, const CheckOptions& options);

// Sorts findings into report order: article, position, rule, message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace quotecheck
