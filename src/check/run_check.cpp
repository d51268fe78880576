#include "check/run_check.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/parallel_invoke.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <type_traits>

#include "attribute/attribute.hpp"
#include "check/builtin_rules.hpp"
#include "check/corpus_rules.hpp"
#include "check/fingerprint.hpp"
#include "check/jobs_limit.hpp"
#include "core/diagnostic.hpp"
#include "core/memory.hpp"
#include "core/spill_file.hpp"
#include "core/utf8.hpp"
#include "corpus/check_corpus.hpp"
#include "corpus/corpus_findings.hpp"
#include "load/load.hpp"
#include "quotes/extract.hpp"
#include "rules/baseline.hpp"
#include "rules/rule_set.hpp"
#include "rules/suppression.hpp"
#include "segment/segment.hpp"

namespace quotecheck {

namespace {

// Per-article analysis with a segmenter reused by the calling thread. `lowered` is set to the
// article's text lower-cased, which attribution reads and the corpus material can read too.
ArticleAnalysis analyse(Article article, uint32_t article_index, Segmenter& segmenter,
                        const AttributionLexicon& lexicon, std::string& lowered) {
    ArticleAnalysis analysis(std::move(article));
    analysis.extraction = extract_quotes(analysis.article);
    if (auto paragraphs = restored_paragraphs(analysis.article, analysis.extraction);
        !paragraphs.empty()) {
        analysis.article.paragraphs = std::move(paragraphs);
        analysis.extraction = extract_quotes(analysis.article);
    }
    analysis.segments = segmenter.segment(analysis.article);
    lowered = lowercase_ascii(analysis.article.text());
    attribute_article(analysis, lexicon, lowered);
    add_builtin_findings(analysis, article_index);
    return analysis;
}

std::vector<std::string> builtin_rule_ids() {
    std::vector<std::string> ids;
    for (const RuleInfo& info : builtin_rules()) ids.push_back(info.id);
    for (const RuleInfo& info : corpus_rules()) ids.push_back(info.id);
    return ids;
}

// Drops findings their article's configuration disables or its comments suppress, and applies
// configured severities; the corpus stage's findings obey them too.
void apply_rule_policy(const std::vector<ArticleAnalysis>& articles, std::vector<Finding>& findings,
                       const std::vector<const RuleSet*>& article_rules) {
    std::vector<std::optional<Suppressions>> suppressions(articles.size());
    std::erase_if(findings, [&](Finding& finding) {
        const uint32_t index = finding.where.article;
        const Article& article = articles.at(index).article;
        if (!article_rules.at(index)->adjust(finding)) return true;
        if (!suppressions[index]) suppressions[index].emplace(article);
        return suppressions[index]->silences(article, finding);
    });
}

// The attribution lexicon for a configuration that adds roster files or a [roster] table, which
// extend the default one; null for one that does not (it uses the default lexicon).
std::shared_ptr<const AttributionLexicon> roster_lexicon(const Config& config) {
    if (config.roster_files.empty() && config.roster.empty()) return nullptr;
    std::vector<LexiconText> extra;
    for (const std::filesystem::path& file : config.roster_files) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw ConfigError(file.string(), 0, "cannot read roster file");
        std::stringstream text;
        text << in.rdbuf();
        extra.push_back({file.string(), text.str()});
    }
    if (!config.roster.empty()) {
        std::stringstream text;
        text << config.roster;
        extra.push_back({config.file.string() + " [roster]", text.str()});
    }
    return std::make_shared<const AttributionLexicon>(load_attribution_lexicon(extra));
}

// What the findings still need once an article's findings and corpus material exist: its text,
// offsets and comments (locations, suppressions, fingerprints) and how many quotes it has (the
// summary counts them; the corpus material keeps the spans of those it compares). The rest is
// what only rules and the JSON and HTML reports read.
void keep_what_findings_need(ArticleAnalysis& analysis) {
    // Swapped with empty ones: `v = {}` would keep the capacity.
    auto release = [](auto& value) { std::remove_reference_t<decltype(value)>().swap(value); };
    release(analysis.segments.sentences);
    release(analysis.segments.paragraph_first_sentence);
    release(analysis.extraction.issues);
    release(analysis.attributions);
    release(analysis.vague);
    release(analysis.indirect);
    release(analysis.article.paragraphs);
    release(analysis.article.title);
    release(analysis.article.outlet);
    release(analysis.article.code_spans);
    analysis.released_quotes += static_cast<uint32_t>(analysis.extraction.quotes.size());
    release(analysis.extraction.quotes);
    release(analysis.extraction.continuations);
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
    infos.insert(infos.end(), corpus_rules().begin(), corpus_rules().end());
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

namespace {

// `first` and `second` in report order, in one list of exactly their size. Sorted as small
// keys, then each finding moved once: a sort moving whole findings at every step cost more than
// its comparisons, and appending `second` to `first` before sorting would hold a grown copy of
// both at once (the peak of a large run). The index breaks ties, keeping the sort stable.
std::vector<Finding> merge_sorted(std::vector<Finding>& first, std::vector<Finding>& second) {
    struct SortKey {
        uint64_t position;  // article, then start
        uint32_t index;     // into `first`, then `second`
    };
    const size_t count = first.size() + second.size();
    auto at = [&](uint32_t index) -> Finding& {
        return index < first.size() ? first[index] : second[index - first.size()];
    };
    std::vector<SortKey> keys;
    keys.reserve(count);
    for (uint32_t i = 0; i < count; ++i) {
        const Location& where = at(i).where;
        keys.push_back({uint64_t{where.article} << 32 | where.span.start, i});
    }
    std::sort(keys.begin(), keys.end(), [&](const SortKey& x, const SortKey& y) {
        if (x.position != y.position) return x.position < y.position;
        const Finding& a = at(x.index);
        const Finding& b = at(y.index);
        if (a.rule != b.rule) return a.rule < b.rule;
        if (a.message != b.message) return a.message < b.message;
        return x.index < y.index;
    });
    std::vector<Finding> sorted;
    sorted.reserve(count);
    for (const SortKey& key : keys) sorted.push_back(std::move(at(key.index)));
    std::vector<Finding>().swap(first);
    std::vector<Finding>().swap(second);
    return sorted;
}

}  // namespace

void sort_findings(std::vector<Finding>& findings) {
    std::vector<Finding> none;
    findings = merge_sorted(findings, none);
}

ArticleAnalysis analyse_article(Article article, uint32_t article_index,
                                const AttributionLexicon& lexicon) {
    Segmenter segmenter;
    std::string lowered;
    return analyse(std::move(article), article_index, segmenter, lexicon, lowered);
}

ArticleAnalysis analyse_article(Article article, uint32_t article_index) {
    // Immutable once built, so sharing it between calls and threads is safe.
    static const AttributionLexicon default_lexicon = load_attribution_lexicon();
    return analyse_article(std::move(article), article_index, default_lexicon);
}

ArticleAnalysis analyse_article(Article article, uint32_t article_index, Segmenter& segmenter,
                                const AttributionLexicon& lexicon) {
    std::string lowered;
    return analyse(std::move(article), article_index, segmenter, lexicon, lowered);
}

RunRules resolve_rules(std::vector<InputFile>& files, const CheckOptions& options) {
    RunRules run;
    // Every configuration, pack and roster is loaded (and any error thrown) before analysis
    // starts; articles that share a configuration file share one rule set and one lexicon.
    // The default lexicon is built while the configurations and packs load: each takes a few
    // milliseconds that no article can start before.
    std::shared_ptr<const AttributionLexicon> default_lexicon;
    std::vector<const std::string*> article_configs;  // keys of run.rules_by_config
    auto load_configurations = [&] {
        std::map<std::string, std::string> config_by_directory;
        std::erase_if(files, [&](const InputFile& input) {
            // Files with the same text before their last slash share a directory, so they share
            // a configuration: the text is key enough, and cheaper than a filesystem::path per
            // file.
            const auto slash = input.path.rfind('/');
            const std::string directory =
                input.path == "-"
                    ? "-"
                    : input.path.substr(0, slash == std::string::npos ? 0 : slash + 1);
            auto known = config_by_directory.find(directory);
            if (known == config_by_directory.end())
                known = config_by_directory.emplace(directory, config_file_for(input.path, options))
                            .first;
            const auto [entry, added] = run.rules_by_config.try_emplace(known->second);
            auto& rules = entry->second;
            if (added) {
                rules = load_rules(entry->first, options);
                // Null until the default lexicon is there.
                run.lexicon_by_config[entry->first] = roster_lexicon(rules->config());
            }
            // Checked for ignore globs only when there are some: the path conversion that
            // ignores() needs costs more than the rest of this loop.
            const Config& config = rules->config();
            if (input.path != "-" && !config.ignore.empty() && config.ignores(input.path))
                return true;
            run.article_rules.push_back(rules.get());
            article_configs.push_back(&entry->first);
            return false;
        });
    };
    tbb::parallel_invoke(
        [&] {
            default_lexicon =
                std::make_shared<const AttributionLexicon>(load_attribution_lexicon());
        },
        load_configurations);
    for (auto& [config_file, lexicon] : run.lexicon_by_config)
        if (!lexicon) lexicon = default_lexicon;
    run.article_lexicons.reserve(article_configs.size());
    for (const std::string* config_file : article_configs)
        run.article_lexicons.push_back(run.lexicon_by_config.at(*config_file).get());
    return run;
}

ArticleAnalysis analyse_input(const InputFile& input, uint32_t article_index, const RunRules& run,
                              size_t rules_index, Segmenter& segmenter, std::string& lowered) {
    Article article = load_input(input);
    run.article_rules[rules_index]->config().apply_manifest(article);
    ArticleAnalysis analysis = analyse(std::move(article), article_index, segmenter,
                                       *run.article_lexicons[rules_index], lowered);
    run.article_rules[rules_index]->run(analysis, article_index, analysis.findings);
    return analysis;
}

ArticleAnalysis analyse_input(const InputFile& input, uint32_t article_index, const RunRules& run,
                              size_t rules_index, Segmenter& segmenter) {
    std::string lowered;
    return analyse_input(input, article_index, run, rules_index, segmenter, lowered);
}

CheckResult run_check(const CheckOptions& options) {
    const JobsLimit limit(options.jobs);
    Discovery inputs = discover_inputs(options.paths);
    const RunRules run = resolve_rules(inputs.files, options);
    if (options.progress) options.progress->begin(inputs.files);

    // Each analysis goes straight to its final place: filling a second array and moving it over
    // would hold every article's analysis twice at the peak (docs/performance.md).
    const auto nothing_yet = std::make_shared<const SourceFile>(std::string{}, std::string{});
    std::vector<ArticleAnalysis> articles(
        inputs.files.size(), ArticleAnalysis(Article(nothing_yet, ArticleFormat::text)));
    // The corpus material is extracted while the analysis is at hand, so that what only the
    // rules read can go at once instead of waiting for the whole corpus.
    std::vector<ArticleMaterial> material(options.corpus ? inputs.files.size() : 0);
    tbb::enumerable_thread_specific<std::unique_ptr<Segmenter>> segmenters;
    // Bytes of articles done so far: past options.release_text_above, each article's text is
    // released as it finishes (which articles that is depends on the threads' timing, the
    // output does not).
    std::atomic<uint64_t> loaded = 0;
    // Set once an article's thread is done with it. The thread whose article takes the run past
    // the threshold releases the articles finished before (their text was the per-article
    // stage's largest block: 57 MB of the 100k corpus's 482 MB heap peak); one finishing while
    // it looks is released after the stage.
    std::vector<std::atomic<bool>> finished(options.keep_analyses ? 0 : inputs.files.size());
    // Released text goes to a temporary file, from which the cross-article stage and the
    // reports read it back without parsing Markdown or HTML again: 11 % of the 100 MB corpus's
    // instructions went into loading its files a second time.
    const std::shared_ptr<SpillFile> spill =
        options.keep_analyses ? nullptr : SpillFile::create(options.spill_directory);
    auto release_finished = [&] {
        for (size_t j = 0; j < finished.size(); ++j)
            if (finished[j].load(std::memory_order_acquire))
                articles[j].article.release_text(spill);
    };
    tbb::parallel_for(size_t{0}, inputs.files.size(), [&](size_t i) {
        auto& segmenter = segmenters.local();
        if (!segmenter) segmenter = std::make_unique<Segmenter>();
        const auto index = static_cast<uint32_t>(i);
        ArticleAnalysis& analysis = articles[i];
        std::string lowered;  // the text lower-cased once, for attribution and the material
        analysis = analyse_input(inputs.files[i], index, run, i, *segmenter, lowered);
        if (options.corpus) material[i] = extract_material(analysis, index, lowered);
        const uint32_t size = analysis.article.source().size();
        if (!options.keep_analyses) {
            keep_what_findings_need(analysis);
            // Released, the article needs no column bitmap either (keep_columns_only then does
            // nothing).
            const uint64_t before = loaded.fetch_add(size, std::memory_order_relaxed);
            if (before + size > options.release_text_above) {
                analysis.article.release_text(spill);
                if (before <= options.release_text_above) release_finished();
            }
            analysis.article.keep_columns_only();
            // Not touched by this thread again: the one that crosses the threshold may release
            // it.
            finished[i].store(true, std::memory_order_release);
        }
        if (options.progress) options.progress->article_done(size);
    });
    if (options.corpus) number_quote_words(material);
    // The articles that finished while the threshold's thread looked for them.
    if (!options.keep_analyses && loaded > options.release_text_above)
        tbb::parallel_for(size_t{0}, articles.size(),
                          [&](size_t i) { articles[i].article.release_text(spill); });

    // Neither the file list (a path per article) nor the threads' segmenters is read again: they
    // go before the cross-article stage, the peak of a large run.
    std::vector<InputFile>().swap(inputs.files);
    segmenters.clear();

    CheckResult result = combine_articles(std::move(articles), std::move(material), run, options);
    result.missing_inputs = std::move(inputs.missing);
    return result;
}

CheckResult combine_articles(std::vector<ArticleAnalysis> articles, const RunRules& run,
                             const CheckOptions& options) {
    std::vector<ArticleMaterial> material =
        options.corpus ? extract_material(articles) : std::vector<ArticleMaterial>{};
    return combine_articles(std::move(articles), std::move(material), run, options);
}

CheckResult combine_articles(std::vector<ArticleAnalysis> articles,
                             std::vector<ArticleMaterial> material, const RunRules& run,
                             const CheckOptions& options) {
    // The peak of a large run is in the cross-article stage (docs/performance.md, Memory).
    return_freed_memory_at_once();
    CheckResult result;
    result.articles = std::move(articles);
    size_t article_findings = 0;
    for (const ArticleAnalysis& article : result.articles)
        article_findings += article.findings.size();
    result.findings.reserve(article_findings);
    for (ArticleAnalysis& article : result.articles) {
        auto& findings = article.findings;
        result.findings.insert(result.findings.end(), std::make_move_iterator(findings.begin()),
                               std::make_move_iterator(findings.end()));
        // Swapped with an empty list: clear() would keep every article's buffer for the run.
        std::vector<Finding>().swap(findings);
    }
    // The article findings first, so that the corpus stage knows which corrections they
    // already propose (a disabled or suppressed one proposes nothing).
    apply_rule_policy(result.articles, result.findings, run.article_rules);
    std::vector<Finding> corpus_findings;
    if (options.corpus) {
        // One roster for the run when every article shares one configuration.
        const AttributionLexicon* roster = run.lexicon_by_config.size() == 1
                                               ? run.lexicon_by_config.begin()->second.get()
                                               : nullptr;
        const ProposedFixes proposed(result.findings);
        // No finding points into the material: check_corpus uses it up, so that it is gone
        // before the findings are sorted into their final list.
        corpus_findings = check_corpus(result.articles, std::move(material), roster, &proposed);
        apply_rule_policy(result.articles, corpus_findings, run.article_rules);
    }
    result.findings = merge_sorted(result.findings, corpus_findings);
    if (!options.baseline.empty()) {
        const auto baseline = read_baseline(options.baseline);
        const std::vector<std::string> prints = fingerprints(result);
        size_t index = 0;
        std::erase_if(result.findings,
                      [&](const Finding&) { return baseline.contains(prints[index++]); });
        result.suppressed_by_baseline = prints.size() - result.findings.size();
    }
    // The rule table lists each pack rule once, from the first configuration that enables it.
    for (const auto& [config_file, rules] : run.rules_by_config)
        for (RuleInfo& info : rule_infos(*rules))
            if (!result.rule(info.id)) result.rules.push_back(std::move(info));
    if (run.rules_by_config.empty()) result.rules = builtin_rules();
    // Without the corpus stage its rules cannot fire.
    if (!options.corpus)
        std::erase_if(result.rules,
                      [](const RuleInfo& info) { return info.id.starts_with("corpus."); });
    return result;
}

}  // namespace quotecheck
