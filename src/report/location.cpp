#include "report/location.hpp"

#include <algorithm>

#include "core/article_runs.hpp"

namespace quotecheck {

namespace {

// `read` is the article's source bytes (read again by the caller when the article's text was
// released).
FindingLocations::Place place_in(const Article& article, Span text_span, const ArticleText& read) {
    FindingLocations::Place out;
    const Span source = article.to_source(text_span);
    const uint32_t size = article.source().size();
    out.start = std::min(source.start, size);
    out.end = std::min(std::max(source.end, out.start), size);
    out.begin = read.line_column(out.start);
    out.finish = read.line_column(out.end);
    return out;
}

}  // namespace

ResolvedLocation resolve(const ArticleAnalysis& analysis, Span text_span) {
    const Article& article = analysis.article;
    const ArticleText read = article.read(ArticleText::Need::bytes);
    const FindingLocations::Place place = place_in(article, text_span, read);
    return {article.path(), place.start, place.end, place.begin, place.finish};
}

ResolvedLocation resolve(const CheckResult& result, const Location& location) {
    return resolve(result.articles.at(location.article), location.span);
}

FindingLocations::FindingLocations(const CheckResult& result) : result_(result) {
    const bool released =
        std::any_of(result.articles.begin(), result.articles.end(),
                    [](const ArticleAnalysis& a) { return a.article.released(); });
    if (!released) return;
    std::vector<const Location*> locations;
    first_.reserve(result.findings.size());
    for (const Finding& finding : result.findings) {
        first_.push_back(static_cast<uint32_t>(locations.size()));
        locations.push_back(&finding.where);
        for (const RelatedLocation& related : finding.related) locations.push_back(&related.where);
    }
    places_.resize(locations.size());
    // Each article's locations, read and placed in parallel: a large run reads most of its
    // files again here, which on one thread was the longest serial stretch of its report.
    for_each_article_run(
        locations.size(), [&](uint32_t i) { return locations[i]->article; },
        [&](uint32_t a, std::span<const uint32_t> run) {
            const Article& article = result.articles.at(a).article;
            const ArticleText read = article.read(ArticleText::Need::bytes);
            for (const uint32_t i : run) places_[i] = place_in(article, locations[i]->span, read);
        });
}

ResolvedLocation FindingLocations::at(const Location& location, size_t place) const {
    if (places_.empty()) return resolve(result_, location);
    const Place& p = places_[place];
    return {result_.articles.at(location.article).article.path(), p.start, p.end, p.begin,
            p.finish};
}

ResolvedLocation FindingLocations::where(size_t finding) const {
    return at(result_.findings[finding].where, places_.empty() ? 0 : first_[finding]);
}

ResolvedLocation FindingLocations::related(size_t finding, size_t index) const {
    return at(result_.findings[finding].related[index].where,
              places_.empty() ? 0 : first_[finding] + 1 + index);
}

}  // namespace quotecheck
