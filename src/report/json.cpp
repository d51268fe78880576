#include <algorithm>

#include "check/fingerprint.hpp"
#include "core/version.hpp"
#include "report/location.hpp"
#include "report/report.hpp"

namespace quotecheck {

namespace {

using nlohmann::json;

json span_json(const ArticleAnalysis& analysis, Span span) {
    const ResolvedLocation at = resolve(analysis, span);
    return {{"start", at.start}, {"end", at.end}};
}

json speaker_json(const ArticleAnalysis& analysis, const Speaker& speaker) {
    const std::string_view text = analysis.article.text();
    const ResolvedLocation at = resolve(analysis, speaker.mention);
    return {{"name", speaker.name},
            {"mention", std::string(speaker.mention.in(text))},
            {"start", at.start},
            {"end", at.end},
            {"resolution", to_string(speaker.resolution)}};
}

json sources_json(const ArticleAnalysis& analysis, const std::vector<SourceRef>& sources) {
    const std::string_view text = analysis.article.text();
    json out = json::array();
    for (const SourceRef& source : sources) {
        const ResolvedLocation at = resolve(analysis, source.mention);
        out.push_back({{"name", source.name},
                       {"mention", std::string(source.mention.in(text))},
                       {"start", at.start},
                       {"end", at.end},
                       {"cue", source.cue}});
    }
    return out;
}

}  // namespace

json json_quotes(const ArticleAnalysis& analysis) {
    const std::string_view text = analysis.article.text();
    json quotes = json::array();
    const auto& list = analysis.extraction.quotes;
    for (size_t i = 0; i < list.size(); ++i) {
        const Quote& quote = list[i];
        const ResolvedLocation at = resolve(analysis, quote.text);
        json q = {{"text", quote_text(text, quote)},
                  {"start", at.start},
                  {"end", at.end},
                  {"line", at.begin.line},
                  {"column", at.begin.column},
                  {"kind", to_string(quote.kind)},
                  {"cue", nullptr},
                  {"speaker", nullptr},
                  {"sources", json::array()}};
        if (i < analysis.attributions.size()) {
            const Attribution& attribution = analysis.attributions[i];
            if (attribution.cue) {
                json cue = span_json(analysis, attribution.cue->span);
                cue["text"] = std::string(attribution.cue->span.in(text));
                q["cue"] =
                    json{{"text", cue["text"]}, {"start", cue["start"]}, {"end", cue["end"]}};
            }
            if (attribution.speaker) q["speaker"] = speaker_json(analysis, *attribution.speaker);
            q["sources"] = sources_json(analysis, attribution.sources);
        }
        if (!quote.closed()) q["closed"] = false;
        quotes.push_back(std::move(q));
    }
    return quotes;
}

json json_report(const CheckResult& result) {
    json articles = json::array();
    for (const ArticleAnalysis& analysis : result.articles) {
        const Article& article = analysis.article;
        articles.push_back(
            {{"path", article.path()},
             {"title", article.title},
             {"published",
              article.published ? json(format_iso_date(*article.published)) : json(nullptr)},
             {"outlet", article.outlet.empty() ? json(nullptr) : json(article.outlet)},
             {"quotes", json_quotes(analysis)}});
    }
    const std::vector<std::string> prints = fingerprints(result);
    json findings = json::array();
    for (size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& finding = result.findings[i];
        const ResolvedLocation at = resolve(result, finding.where);
        json related = json::array();
        for (const RelatedLocation& r : finding.related) {
            const ResolvedLocation rat = resolve(result, r.where);
            related.push_back({{"path", rat.path},
                               {"line", rat.begin.line},
                               {"column", rat.begin.column},
                               {"start", rat.start},
                               {"end", rat.end},
                               {"message", r.message}});
        }
        json f = {{"rule", finding.rule},
                  {"severity", to_string(finding.severity)},
                  {"message", finding.message},
                  {"path", at.path},
                  {"line", at.begin.line},
                  {"column", at.begin.column},
                  {"end_line", at.finish.line},
                  {"end_column", at.finish.column},
                  {"start", at.start},
                  {"end", at.end},
                  {"related", std::move(related)},
                  {"fingerprint", prints[i]}};
        if (!finding.fix.empty()) f["fix"] = finding.fix;
        findings.push_back(std::move(f));
    }
    return {{"version", 1},
            {"tool", {{"name", "quotecheck"}, {"version", kVersion}}},
            {"articles", std::move(articles)},
            {"findings", std::move(findings)},
            {"summary",
             {{"articles", result.articles.size()},
              {"quotes", result.quote_count()},
              {"errors", result.count(Severity::error)},
              {"warnings", result.count(Severity::warning)},
              {"infos", result.count(Severity::info)}}}};
}

void write_json_report(std::ostream& out, const CheckResult& result) {
    // Invalid UTF-8 in an article is replaced rather than aborting the report.
    out << json_report(result).dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace quotecheck
