#include "check/run_check.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "attribute/attribute.hpp"
#include "check/builtin_rules.hpp"
#include "load/load.hpp"
#include "quotes/extract.hpp"
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

}  // namespace

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
    return analyse_article(std::move(article), article_index, load_attribution_lexicon());
}

CheckResult run_check(const CheckOptions& options) {
    CheckResult result;
    Discovery inputs = discover_inputs(options.paths);
    result.missing_inputs = std::move(inputs.missing);

    std::optional<tbb::global_control> limit;
    if (options.jobs > 0) limit.emplace(tbb::global_control::max_allowed_parallelism, options.jobs);

    const AttributionLexicon lexicon = load_attribution_lexicon();
    std::vector<std::optional<ArticleAnalysis>> slots(inputs.files.size());
    tbb::enumerable_thread_specific<std::unique_ptr<Segmenter>> segmenters;
    tbb::parallel_for(size_t{0}, inputs.files.size(), [&](size_t i) {
        auto& segmenter = segmenters.local();
        if (!segmenter) segmenter = std::make_unique<Segmenter>();
        slots[i].emplace(
            analyse(load_input(inputs.files[i]), static_cast<uint32_t>(i), *segmenter, lexicon));
    });

    result.articles.reserve(slots.size());
    for (auto& slot : slots) {
        result.articles.push_back(std::move(*slot));
        auto& findings = result.articles.back().findings;
        result.findings.insert(result.findings.end(), std::make_move_iterator(findings.begin()),
                               std::make_move_iterator(findings.end()));
        findings.clear();
    }
    sort_findings(result.findings);
    result.rules = builtin_rules();
    return result;
}

}  // namespace quotecheck
