#include <algorithm>

#include "check/fingerprint.hpp"
#include "core/version.hpp"
#include "report/location.hpp"
#include "report/ordered_batches.hpp"
#include "report/report.hpp"

namespace quotecheck {

namespace {

using nlohmann::json;

// Objects are filled key by key: nlohmann's initializer-list form builds a two-element array
// per key before turning it into an object, which made the report cost as much as the analysis.
void put_span(json& out, const ResolvedLocation& at) {
    out["start"] = at.start;
    out["end"] = at.end;
}

json speaker_json(const ArticleAnalysis& analysis, const Speaker& speaker) {
    const std::string_view text = analysis.article.text();
    json out = json::object();
    out["name"] = speaker.name;
    out["mention"] = std::string(speaker.mention.in(text));
    put_span(out, resolve(analysis, speaker.mention));
    out["resolution"] = std::string(to_string(speaker.resolution));
    return out;
}

json sources_json(const ArticleAnalysis& analysis, const std::vector<SourceRef>& sources) {
    const std::string_view text = analysis.article.text();
    json out = json::array();
    for (const SourceRef& source : sources) {
        json item = json::object();
        item["name"] = source.name;
        item["mention"] = std::string(source.mention.in(text));
        put_span(item, resolve(analysis, source.mention));
        item["cue"] = source.cue;
        out.push_back(std::move(item));
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
        json q = json::object();
        q["text"] = analysis.extraction.text_of(text, quote);
        put_span(q, at);
        q["line"] = at.begin.line;
        q["column"] = at.begin.column;
        q["kind"] = std::string(to_string(quote.kind));
        q["cue"] = nullptr;
        q["speaker"] = nullptr;
        q["sources"] = json::array();
        if (i < analysis.attributions.size()) {
            const Attribution& attribution = analysis.attributions[i];
            if (attribution.cue) {
                json cue = json::object();
                cue["text"] = std::string(attribution.cue->span.in(text));
                put_span(cue, resolve(analysis, attribution.cue->span));
                q["cue"] = std::move(cue);
            }
            if (attribution.speaker) q["speaker"] = speaker_json(analysis, *attribution.speaker);
            q["sources"] = sources_json(analysis, attribution.sources);
        }
        if (!quote.closed()) q["closed"] = false;
        quotes.push_back(std::move(q));
    }
    return quotes;
}

namespace {

json article_json(const ArticleAnalysis& analysis) {
    const Article& article = analysis.article;
    json entry = json::object();
    entry["path"] = article.path();
    entry["title"] = article.title;
    entry["published"] =
        article.published ? json(format_iso_date(*article.published)) : json(nullptr);
    entry["outlet"] = article.outlet.empty() ? json(nullptr) : json(article.outlet);
    entry["quotes"] = json_quotes(analysis);
    return entry;
}

json finding_json(const CheckResult& result, const Finding& finding, const std::string& print) {
    const ResolvedLocation at = resolve(result, finding.where);
    json related = json::array();
    for (const RelatedLocation& r : finding.related) {
        const ResolvedLocation rat = resolve(result, r.where);
        json item = json::object();
        item["path"] = rat.path;
        item["line"] = rat.begin.line;
        item["column"] = rat.begin.column;
        put_span(item, rat);
        item["message"] = r.message;
        related.push_back(std::move(item));
    }
    json f = json::object();
    f["rule"] = finding.rule;
    f["severity"] = std::string(to_string(finding.severity));
    f["message"] = finding.message;
    f["path"] = at.path;
    f["line"] = at.begin.line;
    f["column"] = at.begin.column;
    f["end_line"] = at.finish.line;
    f["end_column"] = at.finish.column;
    put_span(f, at);
    f["related"] = std::move(related);
    f["fingerprint"] = print;
    if (!finding.fix.empty()) f["fix"] = finding.fix;
    return f;
}

// The members after "articles" and "findings" (keys are sorted).
json report_tail(const CheckResult& result) {
    return {{"version", 1},
            {"tool", {{"name", "quotecheck"}, {"version", kVersion}}},
            {"summary",
             {{"articles", result.articles.size()},
              {"quotes", result.quote_count()},
              {"errors", result.count(Severity::error)},
              {"warnings", result.count(Severity::warning)},
              {"infos", result.count(Severity::info)}}}};
}

std::string dumped(const json& value) {
    // Invalid UTF-8 in an article is replaced rather than aborting the report.
    return value.dump(2, ' ', false, json::error_handler_t::replace);
}

// `"key": [ … ]` one level inside the top-level object, laid out exactly as dump(2) lays out a
// nested array, without the whole array in memory. The elements are independent, so a batch
// of them is built and dumped in parallel (the report was a third of a JSON run, all on one
// core), then written in order.
template <typename Element>
void write_array_member(std::ostream& out, std::string_view key, size_t count, Element element) {
    out << "  \"" << key << "\": ";
    if (count == 0) {
        out << "[]";
        return;
    }
    out << "[\n";
    write_in_order<std::string>(out, count, [&](size_t i, std::string& indented) {
        const std::string text = dumped(element(i));
        const auto lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
        indented.reserve(2 + text.size() + 4 * lines);
        if (i > 0) indented += ",\n";
        // Strings are escaped, so every newline in the dump starts a line to indent.
        size_t from = 0;
        for (size_t newline; (newline = text.find('\n', from)) != std::string::npos;
             from = newline + 1)
            indented.append("    ").append(text, from, newline + 1 - from);
        indented.append("    ").append(text, from);
    });
    out << "\n  ]";
}

}  // namespace

json json_report(const CheckResult& result) {
    json articles = json::array();
    for (const ArticleAnalysis& analysis : result.articles)
        articles.push_back(article_json(analysis));
    const std::vector<std::string> prints = fingerprints(result);
    json findings = json::array();
    for (size_t i = 0; i < result.findings.size(); ++i)
        findings.push_back(finding_json(result, result.findings[i], prints[i]));
    json report = report_tail(result);
    report["articles"] = std::move(articles);
    report["findings"] = std::move(findings);
    return report;
}

void write_json_report(std::ostream& out, const CheckResult& result) {
    // The same text as dumped(json_report(result)), written article by article and finding by
    // finding: the whole document as one nlohmann tree took about eight times the size of the
    // report (docs/performance.md).
    out << "{\n";
    write_array_member(out, "articles", result.articles.size(),
                       [&](size_t i) { return article_json(result.articles[i]); });
    out << ",\n";
    const std::vector<std::string> prints = fingerprints(result);
    write_array_member(out, "findings", result.findings.size(), [&](size_t i) {
        return finding_json(result, result.findings[i], prints[i]);
    });
    const std::string tail = dumped(report_tail(result));  // "{\n  \"summary\": …\n}"
    out << ",\n" << std::string_view(tail).substr(2, tail.size() - 4) << "\n}\n";
}

}  // namespace quotecheck
