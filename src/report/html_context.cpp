#include <fmt/format.h>

#include <set>

#include "report/html_assets.hpp"
#include "report/html_context.hpp"
#include "report/location.hpp"

namespace quotecheck::html {

namespace {

// Passages longer than this show a window around the span instead of whole sentences.
constexpr uint32_t kMaxPassageBytes = 700;
constexpr uint32_t kWindowBytes = 220;

uint32_t to_code_point_boundary(std::string_view text, uint32_t offset) {
    while (offset > 0 && offset < text.size() &&
           (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80)
        --offset;
    return std::min<uint32_t>(offset, static_cast<uint32_t>(text.size()));
}

}  // namespace

std::string_view severity_name(Severity severity) {
    return to_string(severity);
}

ReportContext::ReportContext(const CheckResult& checked)
    : result(checked),
      findings_of_article(checked.articles.size()),
      number_in_article(checked.findings.size(), 0),
      cross_article(checked.findings.size(), false) {
    for (size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& finding = result.findings[i];
        if (finding.where.article >= result.articles.size()) continue;
        auto& list = findings_of_article[finding.where.article];
        list.push_back(i);
        number_in_article[i] = static_cast<unsigned>(list.size());
        for (const RelatedLocation& related : finding.related)
            if (related.where.article != finding.where.article) cross_article[i] = true;
    }
    for (const ArticleAnalysis& analysis : result.articles)
        for (const Attribution& attribution : analysis.attributions)
            if (attribution.speaker && !speaker_colour.contains(attribution.speaker->name))
                speaker_colour.emplace(attribution.speaker->name,
                                       static_cast<unsigned>(speaker_colour.size()));
}

std::string ReportContext::article_anchor(uint32_t article) const {
    return fmt::format("a{}", article + 1);
}

std::string ReportContext::finding_anchor(size_t finding) const {
    return fmt::format("a{}-f{}", result.findings[finding].where.article + 1,
                       number_in_article[finding]);
}

std::string ReportContext::flag_anchor(size_t finding) const {
    return fmt::format("a{}-m{}", result.findings[finding].where.article + 1,
                       number_in_article[finding]);
}

std::string ReportContext::cross_anchor(size_t finding) const {
    return fmt::format("x{}", finding + 1);
}

std::string ReportContext::quote_anchor(uint32_t article, size_t quote) const {
    return fmt::format("a{}-q{}", article + 1, quote + 1);
}

std::string ReportContext::speaker_class(std::string_view name) const {
    const auto found = speaker_colour.find(name);
    if (found == speaker_colour.end()) return "sp-none";
    return fmt::format("sp{}", found->second % kSpeakerColours);
}

std::string ReportContext::articles_of(const Finding& finding) const {
    std::set<uint32_t> articles{finding.where.article};
    for (const RelatedLocation& related : finding.related) articles.insert(related.where.article);
    std::string out;
    for (const uint32_t article : articles)
        out += fmt::format("{}{}", out.empty() ? "" : " ", article + 1);
    return out;
}

std::string_view ReportContext::fix_for(const Finding& finding) const {
    if (!finding.fix.empty()) return finding.fix;
    const RuleInfo* rule = result.rule(finding.rule);
    return rule ? std::string_view(rule->fix) : std::string_view();
}

void add_passage(Node parent, const ArticleAnalysis& analysis, Span span) {
    const std::string_view text = analysis.article.text();
    const auto size = static_cast<uint32_t>(text.size());
    span.end = std::min(span.end, size);
    span.start = std::min(span.start, span.end);
    Span around = span;
    const auto& sentences = analysis.segments.sentences;
    const uint32_t first = analysis.segments.sentence_at(span.start);
    const uint32_t last =
        analysis.segments.sentence_at(span.end > span.start ? span.end - 1 : span.start);
    if (first < sentences.size() && last < sentences.size()) {
        around.start = std::min(span.start, sentences[first].span.start);
        around.end = std::max(span.end, sentences[last].span.end);
    }
    // Whole sentences read best; a window cut out of a long sentence is marked with ellipses.
    bool cut = false;
    if (around.size() > kMaxPassageBytes) {
        around.start =
            to_code_point_boundary(text, span.start > kWindowBytes ? span.start - kWindowBytes : 0);
        around.end = to_code_point_boundary(text, std::min(size, span.end + kWindowBytes));
        cut = true;
    }
    Node quote = element(parent, "blockquote");
    if (cut && around.start > 0) add_text(quote, "…");
    add_text(quote, text.substr(around.start, span.start - around.start));
    element(quote, "span", {{"class", "hl"}}, span.in(text));
    add_text(quote, text.substr(span.end, around.end - span.end));
    if (cut && around.end < size) add_text(quote, "…");
}

void add_finding_item(Node list, const ReportContext& context, size_t index,
                      bool in_cross_section) {
    const CheckResult& result = context.result;
    const Finding& finding = result.findings[index];
    const std::string_view severity = severity_name(finding.severity);
    const ResolvedLocation at = resolve(result, finding.where);
    const std::string articles = context.articles_of(finding);
    Node item = element(
        list, "li",
        {{"class", fmt::format("finding {}", severity)},
         {"id", in_cross_section ? context.cross_anchor(index) : context.finding_anchor(index)},
         {"data-severity", severity},
         {"data-rule", finding.rule},
         {"data-articles", articles}});
    Node head = element(item, "div", {{"class", "head"}});
    if (!in_cross_section)
        element(head, "span", {{"class", "num"}},
                fmt::format("{}", context.number_in_article[index]));
    element(head, "span", {{"class", fmt::format("badge {}", severity)}}, severity);
    element(head, "span", {{"class", "msg"}}, finding.message);
    element(head, "code", {{"class", "rule"}}, finding.rule);
    Node where = element(head, "span", {{"class", "where"}});
    const std::string place =
        in_cross_section ? fmt::format("{}:{}:{}", at.path, at.begin.line, at.begin.column)
                         : fmt::format("line {}, column {}", at.begin.line, at.begin.column);
    element(where, "a", {{"href", link_to(context.flag_anchor(index))}}, place);
    const RuleInfo* rule = result.rule(finding.rule);
    if (rule && !rule->summary.empty()) element(item, "p", {}, rule->summary);
    const std::string_view fix = context.fix_for(finding);
    if (!fix.empty()) {
        Node line = element(item, "p", {{"class", "fixline"}});
        element(line, "strong", {}, "How to fix: ");
        add_text(line, fix);
    }
    if (finding.related.empty()) return;
    if (in_cross_section) {
        Node passages = element(item, "div", {{"class", "passages"}});
        const auto passage_card = [&](const Location& location, std::string_view label) {
            const ArticleAnalysis& analysis = result.articles.at(location.article);
            const ResolvedLocation place_at = resolve(result, location);
            Node card = element(passages, "div", {{"class", "passage"}});
            Node title = element(card, "h4");
            element(
                title, "a", {{"href", link_to(context.article_anchor(location.article))}},
                analysis.article.title.empty() ? analysis.article.path() : analysis.article.title);
            Node meta = element(
                card, "div", {{"class", "meta"}},
                fmt::format("{}:{}:{}", place_at.path, place_at.begin.line, place_at.begin.column));
            if (!label.empty()) add_text(meta, fmt::format(" — {}", label));
            add_passage(card, analysis, location.span);
        };
        passage_card(finding.where, "");
        for (const RelatedLocation& related : finding.related)
            passage_card(related.where, related.message);
        return;
    }
    Node related_list = element(item, "ul", {{"class", "related"}});
    for (const RelatedLocation& related : finding.related) {
        const ResolvedLocation other = resolve(result, related.where);
        Node entry = element(related_list, "li");
        const bool elsewhere = related.where.article != finding.where.article;
        element(entry, "a",
                {{"href",
                  link_to(elsewhere ? context.cross_anchor(index) : context.flag_anchor(index))}},
                elsewhere
                    ? fmt::format("{}:{}:{}", other.path, other.begin.line, other.begin.column)
                    : fmt::format("line {}, column {}", other.begin.line, other.begin.column));
        if (!related.message.empty()) add_text(entry, fmt::format(" — {}", related.message));
    }
}

}  // namespace quotecheck::html
