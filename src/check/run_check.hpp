// The whole `quotecheck check` pipeline in one place: load → segment → extract quotes →
// attribute → per-article rules → cross-article checks. Reporting is the caller's.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "attribute/lexicon.hpp"
#include "check/progress.hpp"
#include "check/result.hpp"
#include "corpus/article_material.hpp"
#include "load/load.hpp"

namespace quotecheck {

class Segmenter;

// Input bytes past which a run that keeps only what the findings need releases its articles'
// text by default (CheckOptions::release_text_above): a quarter of the 200 MB that the memory
// bound allows beyond twice the input. Below it the text costs little memory and reading files
// again would cost CPU (docs/performance.md, Memory); --low-memory releases whatever the size.
inline constexpr uint64_t kReleaseTextAbove = uint64_t{48} << 20;

struct CheckOptions {
    std::vector<std::string> paths;
    unsigned jobs = 0;  // 0: all cores
    bool corpus = true;
    std::string config;  // --config FILE; empty: .quotecheck.toml found upward from each article
    std::vector<std::string> rule_dirs;  // --rules DIR: extra rule packs
    std::string baseline;                // --baseline FILE: report only findings not in it
    CheckProgress* progress = nullptr;   // counted as articles finish, when given
    // Keep each article's whole analysis (sentences, speakers, sources) for the report: the
    // JSON and HTML reports and --show-quotes read it. Without it a run keeps only what the
    // findings need (text, quotes, comments), which holds a large archive in far less memory.
    bool keep_analyses = true;
    // Without keep_analyses, once more than this many bytes of articles are loaded, each
    // article's source bytes and text are released when its per-article work is done
    // (Article::release_text), and read again from its file where a finding needs them; 0
    // releases every article (tests, --low-memory).
    uint64_t release_text_above = kReleaseTextAbove;
    // Where released text is written for the later stages to read back (SpillFile): empty for
    // the system's temporary directory ($TMPDIR, else /tmp). Where no file can be made there,
    // those stages load the articles' files again.
    std::string spill_directory;
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
// The same with a segmenter the calling thread reuses across articles (benchmarks).
ArticleAnalysis analyse_article(Article article, uint32_t article_index, Segmenter& segmenter,
                                const AttributionLexicon& lexicon);

// The rule sets and lexicons of a run, one per configuration, resolved for every input before
// any analysis starts (check, extract and merge share this).
struct RunRules {
    std::map<std::string, std::shared_ptr<const RuleSet>> rules_by_config;
    std::vector<const RuleSet*> article_rules;  // parallel to the files given to resolve_rules
    std::map<std::string, std::shared_ptr<const AttributionLexicon>> lexicon_by_config;
    std::vector<const AttributionLexicon*> article_lexicons;  // parallel to article_rules
};
// Loads every configuration and pack the files need; drops the files a configuration ignores.
RunRules resolve_rules(std::vector<InputFile>& files, const CheckOptions& options);
// Every per-article stage for one input: load, manifest, analyse, per-article rules.
// `rules_index` is the input's position in the files given to resolve_rules.
ArticleAnalysis analyse_input(const InputFile& input, uint32_t article_index, const RunRules& run,
                              size_t rules_index, Segmenter& segmenter);
// The same, leaving in `lowered` the article's text lower-cased as attribution read it, for
// extract_material.
ArticleAnalysis analyse_input(const InputFile& input, uint32_t article_index, const RunRules& run,
                              size_t rules_index, Segmenter& segmenter, std::string& lowered);

CheckResult run_check(const CheckOptions& options);

// The cross-article half of a run, shared by `check` and `merge`: gathers the per-article
// findings, applies each configuration's policy and suppressions, runs the corpus stage,
// sorts, applies the baseline. Articles are in report order (parallel to run.article_rules);
// findings' article indices already point into `articles`.
CheckResult combine_articles(std::vector<ArticleAnalysis> articles, const RunRules& run,
                             const CheckOptions& options);
// The same with the corpus material of each article already extracted (empty without the
// corpus stage); it is freed once the corpus stage is done.
CheckResult combine_articles(std::vector<ArticleAnalysis> articles,
                             std::vector<ArticleMaterial> material, const RunRules& run,
                             const CheckOptions& options);

// Sorts findings into report order: article, position, rule, message.
void sort_findings(std::vector<Finding>& findings);

}  // namespace quotecheck
