#include "check/article_record.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "core/utf8.hpp"
#include "load/load.hpp"

namespace quotecheck {

namespace {

using nlohmann::json;

// Objects and arrays are filled element by element: nlohmann's initializer-list form builds a
// temporary array per key, several times the cost of the record itself.
json span_json(Span span) {
    json out = json::array();
    out.push_back(span.start);
    out.push_back(span.end);
    return out;
}

Span read_span(const json& value) {
    if (!value.is_array() || value.size() != 2)
        throw std::runtime_error("span is not [start, end]");
    return {value[0].get<uint32_t>(), value[1].get<uint32_t>()};
}

std::string_view format_name(ArticleFormat format) {
    switch (format) {
        case ArticleFormat::text:
            return "text";
        case ArticleFormat::markdown:
            return "markdown";
        case ArticleFormat::html:
            return "html";
    }
    return "text";
}

ArticleFormat read_format(const std::string& name) {
    for (ArticleFormat format : {ArticleFormat::text, ArticleFormat::markdown, ArticleFormat::html})
        if (format_name(format) == name) return format;
    throw std::runtime_error(fmt::format("unknown format '{}'", name));
}

// Enum from its to_string name, trying every value from 0 to `last`.
template <typename Enum>
Enum read_enum(const std::string& name, Enum last, std::string_view what) {
    for (int value = 0; value <= static_cast<int>(last); ++value)
        if (to_string(static_cast<Enum>(value)) == name) return static_cast<Enum>(value);
    throw std::runtime_error(fmt::format("unknown {} '{}'", what, name));
}

json cue_json(const Cue& cue) {
    json out = json::object();
    out["span"] = span_json(cue.span);
    out["lemma"] = cue.lemma;
    return out;
}
Cue read_cue(const json& value) {
    return {read_span(value.at("span")), value.at("lemma").get<std::string>()};
}

json speaker_json(const std::optional<Speaker>& speaker) {
    if (!speaker) return nullptr;
    json out = json::object();
    out["name"] = speaker->name;
    out["mention"] = span_json(speaker->mention);
    out["resolution"] = std::string(to_string(speaker->resolution));
    out["organisation"] = speaker->organisation;
    return out;
}

std::optional<Speaker> read_speaker(const json& value) {
    if (value.is_null()) return std::nullopt;
    Speaker speaker;
    speaker.name = value.at("name").get<std::string>();
    speaker.mention = read_span(value.at("mention"));
    speaker.resolution = read_enum(value.at("resolution").get<std::string>(),
                                   Resolution::previous_speaker, "resolution");
    speaker.organisation = value.at("organisation").get<bool>();
    return speaker;
}

json sources_json(const std::vector<SourceRef>& sources) {
    json out = json::array();
    for (const SourceRef& source : sources) {
        json item = json::object();
        item["name"] = source.name;
        item["mention"] = span_json(source.mention);
        item["cue"] = source.cue;
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<SourceRef> read_sources(const json& value) {
    std::vector<SourceRef> out;
    for (const json& source : value)
        out.push_back({source.at("name").get<std::string>(), read_span(source.at("mention")),
                       source.at("cue").get<std::string>()});
    return out;
}

json quote_json(const Quote& quote, std::span<const ContinuationMark> continuation_marks) {
    json continuation = json::array();
    for (const ContinuationMark& mark : continuation_marks)
        continuation.push_back(span_json(mark.mark));
    json out = json::object();
    out["text"] = span_json(quote.text);
    out["open"] = span_json(quote.open);
    out["close"] = span_json(quote.close);
    out["continuation"] = std::move(continuation);
    out["kind"] = std::string(to_string(quote.kind));
    json paragraphs = json::array();
    paragraphs.push_back(quote.first_paragraph);
    paragraphs.push_back(quote.last_paragraph);
    out["paragraphs"] = std::move(paragraphs);
    out["depth"] = quote.depth;
    return out;
}

// Adds the quote to `extraction`, with its repeated opening marks.
void read_quote(const json& value, Extraction& extraction) {
    Quote quote;
    quote.text = read_span(value.at("text"));
    quote.open = read_span(value.at("open"));
    quote.close = read_span(value.at("close"));
    for (const json& mark : value.at("continuation"))
        extraction.continuations.push_back({quote.open.start, read_span(mark)});
    quote.kind = read_enum(value.at("kind").get<std::string>(), QuoteKind::scare, "quote kind");
    quote.first_paragraph = value.at("paragraphs").at(0).get<uint32_t>();
    quote.last_paragraph = value.at("paragraphs").at(1).get<uint32_t>();
    quote.depth = value.at("depth").get<uint8_t>();
    extraction.quotes.push_back(quote);
}

json finding_json(const Finding& finding) {
    json related = json::array();
    for (const RelatedLocation& r : finding.related)
        related.push_back({{"span", span_json(r.where.span)}, {"message", r.message}});
    json out = {{"rule", finding.rule},
                {"severity", to_string(finding.severity)},
                {"message", finding.message},
                {"span", span_json(finding.where.span)},
                {"related", std::move(related)}};
    if (!finding.fix.empty()) out["fix"] = finding.fix;
    return out;
}

// Per-article findings only point into their own article; merge gives it its new index.
Finding read_finding(const json& value, uint32_t article_index) {
    Finding finding;
    finding.rule = value.at("rule").get<std::string>();
    const auto severity = parse_severity(value.at("severity").get<std::string>());
    if (!severity) throw std::runtime_error("unknown severity");
    finding.severity = *severity;
    finding.message = value.at("message").get<std::string>();
    finding.where = {article_index, read_span(value.at("span"))};
    for (const json& r : value.at("related"))
        finding.related.push_back(
            {{article_index, read_span(r.at("span"))}, r.at("message").get<std::string>()});
    finding.fix = value.value("fix", std::string{});
    return finding;
}

}  // namespace

json article_record(const ArticleAnalysis& analysis) {
    const Article& article = analysis.article;
    const std::string_view bytes = article.source().bytes();
    json record = {{"record", "quotecheck-article"},
                   {"version", kArticleRecordVersion},
                   {"path", article.path()},
                   {"format", format_name(article.format())}};
    // JSON strings must be UTF-8: other bytes (an input.invalid-utf8 article) go as numbers.
    if (find_invalid_utf8(bytes))
        record["source_bytes"] = std::vector<uint8_t>(bytes.begin(), bytes.end());
    else
        record["source"] = bytes;

    json sentences = json::array();
    for (const Sentence& sentence : analysis.segments.sentences) {
        json item = json::array();
        item.push_back(sentence.span.start);
        item.push_back(sentence.span.end);
        item.push_back(sentence.paragraph);
        sentences.push_back(std::move(item));
    }
    record["sentences"] = std::move(sentences);
    record["paragraph_first_sentence"] = analysis.segments.paragraph_first_sentence;

    json quotes = json::array();
    for (const Quote& quote : analysis.extraction.quotes)
        quotes.push_back(quote_json(quote, analysis.extraction.continuation_marks(quote)));
    record["quotes"] = std::move(quotes);
    json issues = json::array();
    for (const MarkIssue& issue : analysis.extraction.issues)
        issues.push_back({{"problem", to_string(issue.problem)},
                          {"mark", span_json(issue.mark)},
                          {"other", span_json(issue.other)}});
    record["mark_issues"] = std::move(issues);

    json attributions = json::array();
    for (const Attribution& attribution : analysis.attributions) {
        json item = json::object();
        item["cue"] = attribution.cue ? cue_json(*attribution.cue) : json(nullptr);
        item["speaker"] = speaker_json(attribution.speaker);
        item["sources"] = sources_json(attribution.sources);
        attributions.push_back(std::move(item));
    }
    record["attributions"] = std::move(attributions);
    json vague = json::array();
    for (const VagueAttribution& v : analysis.vague)
        vague.push_back({{"span", span_json(v.span)},
                         {"sentence", v.sentence},
                         {"covered_by_source", v.covered_by_source}});
    record["vague"] = std::move(vague);
    json indirect = json::array();
    for (const IndirectSpeech& speech : analysis.indirect)
        indirect.push_back({{"span", span_json(speech.span)},
                            {"cue", cue_json(speech.cue)},
                            {"speaker", speaker_json(speech.speaker)},
                            {"sources", sources_json(speech.sources)}});
    record["indirect"] = std::move(indirect);

    json findings = json::array();
    for (const Finding& finding : analysis.findings) findings.push_back(finding_json(finding));
    record["findings"] = std::move(findings);
    return record;
}

ArticleAnalysis read_article_record(const json& record, uint32_t article_index) {
    if (record.value("record", std::string{}) != "quotecheck-article")
        throw std::runtime_error(
            "not a quotecheck article record (written by `quotecheck extract`)");
    if (record.at("version").get<int>() != kArticleRecordVersion)
        throw std::runtime_error(fmt::format("record version {} (this quotecheck reads version {})",
                                             record.at("version").dump(), kArticleRecordVersion));
    std::string bytes;
    if (record.contains("source_bytes")) {
        for (const json& byte : record.at("source_bytes"))
            bytes.push_back(static_cast<char>(byte.get<uint8_t>()));
    } else {
        bytes = record.at("source").get<std::string>();
    }
    ArticleAnalysis analysis(load_bytes(record.at("path").get<std::string>(), std::move(bytes),
                                        read_format(record.at("format").get<std::string>())));

    for (const json& s : record.at("sentences"))
        analysis.segments.sentences.push_back(
            {{s.at(0).get<uint32_t>(), s.at(1).get<uint32_t>()}, s.at(2).get<uint32_t>()});
    analysis.segments.paragraph_first_sentence =
        record.at("paragraph_first_sentence").get<std::vector<uint32_t>>();

    for (const json& quote : record.at("quotes")) read_quote(quote, analysis.extraction);
    for (const json& issue : record.at("mark_issues"))
        analysis.extraction.issues.push_back({read_enum(issue.at("problem").get<std::string>(),
                                                        MarkProblem::too_deep, "mark problem"),
                                              read_span(issue.at("mark")),
                                              read_span(issue.at("other"))});

    for (const json& a : record.at("attributions")) {
        Attribution attribution;
        if (!a.at("cue").is_null()) attribution.cue = read_cue(a.at("cue"));
        attribution.speaker = read_speaker(a.at("speaker"));
        attribution.sources = read_sources(a.at("sources"));
        analysis.attributions.push_back(std::move(attribution));
    }
    for (const json& v : record.at("vague"))
        analysis.vague.push_back({read_span(v.at("span")), v.at("sentence").get<uint32_t>(),
                                  v.at("covered_by_source").get<bool>()});
    for (const json& i : record.at("indirect"))
        analysis.indirect.push_back({read_span(i.at("span")), read_cue(i.at("cue")),
                                     read_speaker(i.at("speaker")), read_sources(i.at("sources"))});

    for (const json& finding : record.at("findings"))
        analysis.findings.push_back(read_finding(finding, article_index));
    return analysis;
}

}  // namespace quotecheck
