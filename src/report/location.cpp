#include "report/location.hpp"

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>

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
    std::vector<uint32_t> order(locations.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
        return locations[x]->article != locations[y]->article
                   ? locations[x]->article < locations[y]->article
                   : x < y;
    });
    places_.resize(locations.size());
    // Each article's run of locations, read and placed in parallel: a large run reads most of
    // its files again here, which on one thread was the longest serial stretch of its report.
    std::vector<size_t> runs;  // where each article's locations start in `order`, then the end
    for (size_t k = 0; k < order.size(); ++k)
        if (k == 0 || locations[order[k]]->article != locations[order[k - 1]]->article)
            runs.push_back(k);
    runs.push_back(order.size());
    tbb::parallel_for(size_t{0}, runs.size() - 1, [&](size_t r) {
        const Article& article = result.articles.at(locations[order[runs[r]]]->article).article;
        const ArticleText read = article.read(ArticleText::Need::bytes);
        for (size_t k = runs[r]; k < runs[r + 1]; ++k)
            places_[order[k]] = place_in(article, locations[order[k]]->span, read);
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
