#include "check/run_check.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <map>
#include <memory>
#include <optional>

#include "attribute/attribute.hpp"
#include "check/builtin_rules.hpp"
#include "check/fingerprint.hpp"
#include "core/diagnostic.hpp"
#include "load/load.hpp"
#include "quotes/extract.hpp"
#include "rules/baseline.hpp"
#include "rules/rule_set.hpp"
#include "rules/suppression.hpp"
#include "segment/segment.hpp"

namespace quotecheck {

namespace {

// Per-article analysis with a segmenter reused by the calling thread.
ArticleAnalysis analyse(Article article, uint32_t article_index, Segmenter& segmenter,
                        const AttributionLexicon& lexicon) {
    ArticleAnalysis analysis(std::move(article));
    analysis.segments = segmenter.segment(analysis.article);
    analysis.extraction = extract_quotes(analysis.article);
    attribute_article(analysis, lexicon);
    add_builtin_findings(analysis, article_index);
    return analysis;
}

std::vector<std::string> builtin_rule_ids() {
    std::vector<std::string> ids;
    for (const RuleInfo& info : builtin_rules()) ids.push_back(info.id);
    return ids;
}

// Drops findings their article's configuration disables or its comments suppress, and applies
// configured severities. Runs after the corpus stage so that its findings obey them too.
void apply_rule_policy(CheckResult& result, const std::vector<const RuleSet*>& article_rules) {
    std::vector<std::optional<Suppressions>> suppressions(result.articles.size());
    std::erase_if(result.findings, [&](Finding& finding) {
        const uint32_t index = finding.where.article;
        const Article& article = result.articles.at(index).article;
        if (!article_rules.at(index)->adjust(finding)) return true;
        if (!suppressions[index]) suppressions[index].emplace(article);
        return suppressions[index]->silences(article, finding);
    });
}

// The default lexicon extended by the configuration's [roster] table and roster files.
AttributionLexicon lexicon_for(const Config& config) {
    std::vector<LexiconText> extra;
    if (!config.roster.empty()) {
        std::ostringstream table;
        table << config.roster;
        extra.push_back({config.file.string() + " [roster]", table.str()});
    }
    for (const std::filesystem::path& file : config.roster_files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw ConfigError(config.file.string(), 0, "cannot read roster file " + file.string());
        std::ostringstream text;
        text << in.rdbuf();
        extra.push_back({file.string(), text.str()});
    }
    return load_attribution_lexicon(extra);
}

}  // namespace

std::string config_file_for(const std::string& article_path, const CheckOptions& options) {
    if (!options.config.empty()) return options.config;
    std::filesystem::path directory = article_path == "-"
                                          ? std::filesystem::current_path()
                                          : std::filesystem::path(article_path).parent_path();
    if (directory.empty()) directory = ".";
    const auto file = find_config(directory);
    return file ? file->string() : std::string{};
}

std::shared_ptr<const RuleSet> load_rules(const std::string& config_file,
                                          const CheckOptions& options) {
    const Config config = config_file.empty() ? Config{} : load_config(config_file);
    const std::vector<std::filesystem::path> dirs(options.rule_dirs.begin(),
                                                  options.rule_dirs.end());
    return RuleSet::load(config, dirs, builtin_rule_ids());
}

std::vector<RuleInfo> rule_infos(const RuleSet& rules) {
    std::vector<RuleInfo> infos = builtin_rules();
    infos.push_back(
        {std::string(kRegexLimitRule), Severity::error, "Rule regex too complex for the text",
         "A rule's regular expression needed more backtracking than Boost.Regex allows, so "
         "that rule stopped on this article. The finding names the rule and its pack line.",
         "Simplify the rule's pattern (avoid nested repeats such as (a+)+)."});
    for (const RulePack& pack : rules.packs())
        for (const auto& rule : pack.rules)
            if (rules.enabled(*rule))
                infos.push_back(
                    {rule->id, rules.severity(*rule), rule->summary, rule->description, rule->fix});
    return infos;
}

void sort_findings(std::vector<Finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.where.article != b.where.article) return a.where.article < b.where.article;
        if (a.where.span.start != b.where.span.start)
            return a.where.span.start < b.where.span.start;
        if (a.rule != b.rule) return a.rule < b.rule;
        return a.message < b.message;
    });
}

ArticleAnalysis analyse_article(Article article, uint32_t article_index,
                                const AttributionLexicon& lexicon) {
    Segmenter segmenter;
    return analyse(std::move(article), article_index, segmenter, lexicon);
}

ArticleAnalysis analyse_article(Article article, uint32_t article_index) {
    // Immutable once built, so sharing it between calls and threads is safe.
    static const AttributionLexicon default_lexicon = load_attribution_lexicon();
    return analyse_article(std::move(article), article_index, default_lexicon);
}

CheckResult run_check(const CheckOptions& options) {
    CheckResult result;
    Discovery inputs = discover_inputs(options.paths);
    result.missing_inputs = std::move(inputs.missing);

    // Every configuration and pack is loaded (and any error thrown) before analysis starts;
    // articles that share a configuration file share one rule set.
    std::map<std::string, std::shared_ptr<const RuleSet>> rules_by_config;
    std::map<std::string, const RuleSet*> rules_by_directory;
    std::vector<const RuleSet*> article_rules;
    std::erase_if(inputs.files, [&](const InputFile& input) {
        const std::string directory =
            input.path == "-" ? "-" : std::filesystem::path(input.path).parent_path().string();
        const RuleSet*& rules = rules_by_directory[directory];
        if (!rules) {
            const std::string config_file = config_file_for(input.path, options);
            auto& loaded = rules_by_config[config_file];
            if (!loaded) loaded = load_rules(config_file, options);
            rules = loaded.get();
        }
        if (input.path != "-" && rules->config().ignores(input.path)) return true;
        article_rules.push_back(rules);
        return false;
    });
    const auto baseline = options.baseline.empty() ? std::unordered_set<std::string>{}
                                                   : read_baseline(options.baseline);

    std::optional<tbb::global_control> limit;
    if (options.jobs > 0) limit.emplace(tbb::global_control::max_allowed_parallelism, options.jobs);

    // One attribution lexicon per configuration: the defaults plus its roster additions.
    std::map<const RuleSet*, AttributionLexicon> lexicons;
    std::vector<const AttributionLexicon*> article_lexicons;
    for (const RuleSet* rules : article_rules) {
        auto it = lexicons.find(rules);
        if (it == lexicons.end())
            it = lexicons.emplace(rules, lexicon_for(rules->config())).first;
        article_lexicons.push_back(&it->second);
    }
    std::vector<std::optional<ArticleAnalysis>> slots(inputs.files.size());
    tbb::enumerable_thread_specific<std::unique_ptr<Segmenter>> segmenters;
    tbb::parallel_for(size_t{0}, inputs.files.size(), [&](size_t i) {
        auto& segmenter = segmenters.local();
        if (!segmenter) segmenter = std::make_unique<Segmenter>();
        Article article = load_input(inputs.files[i]);
        article_rules[i]->config().apply_manifest(article);
        auto& analysis = slots[i].emplace(analyse(std::move(article), static_cast<uint32_t>(i),
                                                  *segmenter, *article_lexicons[i]));
        article_rules[i]->run(analysis, static_cast<uint32_t>(i), analysis.findings);
    });

    result.articles.reserve(slots.size());
    for (auto& slot : slots) {
        result.articles.push_back(std::move(*slot));
        auto& findings = result.articles.back().findings;
        result.findings.insert(result.findings.end(), std::make_move_iterator(findings.begin()),
                               std::make_move_iterator(findings.end()));
        findings.clear();
    }
    apply_rule_policy(result, article_rules);
    sort_findings(result.findings);
    if (!baseline.empty()) {
        const std::vector<std::string> prints = fingerprints(result);
        size_t index = 0;
        std::erase_if(result.findings,
                      [&](const Finding&) { return baseline.contains(prints[index++]); });
        result.suppressed_by_baseline = prints.size() - result.findings.size();
    }
    // The rule table lists each pack rule once, from the first configuration that enables it.
    for (const auto& [config_file, rules] : rules_by_config)
        for (RuleInfo& info : rule_infos(*rules))
            if (!result.rule(info.id)) result.rules.push_back(std::move(info));
    if (rules_by_config.empty()) result.rules = builtin_rules();
    return result;
}

}  // namespace quotecheck
