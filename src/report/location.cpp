#include "report/location.hpp"

namespace quotecheck {

ResolvedLocation resolve(const ArticleAnalysis& analysis, Span text_span) {
    const Article& article = analysis.article;
    ResolvedLocation out;
    out.path = article.path();
    const Span source = article.to_source(text_span);
    const auto size = static_cast<uint32_t>(article.source().bytes().size());
    out.start = std::min(source.start, size);
    out.end = std::min(std::max(source.end, out.start), size);
    out.begin = article.source().line_column(out.start);
    out.finish = article.source().line_column(out.end);
    return out;
}

ResolvedLocation resolve(const CheckResult& result, const Location& location) {
    return resolve(result.articles.at(location.article), location.span);
}

}  // namespace quotecheck
