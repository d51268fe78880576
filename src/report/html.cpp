#include "report/html.hpp"

#include <fmt/format.h>

#include <array>
#include <map>
#include <set>
#include <stdexcept>

#include "core/version.hpp"
#include "report/html_assets.hpp"
#include "report/html_context.hpp"
#include "report/location.hpp"
#include "report/word_diff.hpp"

namespace quotecheck {

namespace {

using namespace html;

constexpr std::array kSeverities = {Severity::error, Severity::warning, Severity::info};

std::string plural(size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string file_name(std::string_view path) {
    const size_t slash = path.find_last_of('/');
    return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string article_label(const ArticleAnalysis& analysis) {
    return analysis.article.title.empty() ? analysis.article.path() : analysis.article.title;
}

struct RuleCount {
    std::array<size_t, 3> by_severity{};  // indexed by Severity
    size_t total() const { return by_severity[0] + by_severity[1] + by_severity[2]; }
};

std::map<std::string, RuleCount> count_by_rule(const CheckResult& result) {
    std::map<std::string, RuleCount> out;
    for (const Finding& finding : result.findings)
        ++out[finding.rule].by_severity[static_cast<size_t>(finding.severity)];
    return out;
}

void add_head(Node html_root, const CheckResult& result) {
    Node head = element(html_root, "head");
    element(head, "meta", {{"charset", "utf-8"}});
    element(head, "meta",
            {{"http-equiv", "Content-Security-Policy"}, {"content", content_security_policy()}});
    element(head, "meta",
            {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    element(head, "meta",
            {{"name", "generator"}, {"content", fmt::format("quotecheck {}", kVersion)}});
    element(head, "meta", {{"name", "referrer"}, {"content", "no-referrer"}});
    element(
        head, "title", {},
        fmt::format("Quote audit: {}, {}", plural(result.articles.size(), "article", "articles"),
                    plural(result.findings.size(), "finding", "findings")));
    element(head, "style", {}, report_style());
}

void add_filters(Node body, const CheckResult& result) {
    Node form = element(body, "form",
                        {{"id", "filters"},
                         {"class", "filters"},
                         {"role", "search"},
                         {"aria-label", "Filter findings"}});
    Node severities = element(form, "fieldset");
    element(severities, "legend", {}, "Show");
    for (const Severity severity : kSeverities) {
        Node label = element(severities, "label");
        Node box =
            element(label, "input",
                    {{"type", "checkbox"}, {"name", "severity"}, {"value", to_string(severity)}});
        set_attribute(box, "checked", "checked");
        element(label, "span", {{"class", fmt::format("badge {}", to_string(severity))}},
                plural(result.count(severity), to_string(severity),
                       fmt::format("{}s", to_string(severity))));
    }
    Node rule_label = element(form, "label", {}, "Rule ");
    Node rules = element(rule_label, "select", {{"name", "rule"}});
    element(rules, "option", {{"value", ""}}, "All rules");
    for (const auto& [rule, count] : count_by_rule(result))
        element(rules, "option", {{"value", rule}}, fmt::format("{} ({})", rule, count.total()));
    Node article_label_node = element(form, "label", {}, "Article ");
    Node articles = element(article_label_node, "select", {{"name", "article"}});
    element(articles, "option", {{"value", ""}}, "All articles");
    for (size_t i = 0; i < result.articles.size(); ++i)
        element(articles, "option", {{"value", fmt::format("{}", i + 1)}},
                article_label(result.articles[i]));
    element(
        form, "output", {{"id", "filter-status"}, {"aria-live", "polite"}},
        fmt::format("Showing {} of {} findings", result.findings.size(), result.findings.size()));
}

void add_stat(Node parent, std::string_view css_class, size_t value, std::string_view label) {
    Node stat = element(parent, "div", {{"class", fmt::format("stat {}", css_class)}});
    element(stat, "b", {}, fmt::format("{}", value));
    element(stat, "span", {}, label);
}

// Horizontal stacked bars, one per rule, split by severity.
void add_rule_chart(Node parent, const std::map<std::string, RuleCount>& by_rule) {
    constexpr int kRowHeight = 24, kLabelWidth = 185, kBarWidth = 185, kCountWidth = 30;
    const int height = std::max<int>(1, static_cast<int>(by_rule.size())) * kRowHeight + 6;
    size_t most = 1;
    for (const auto& entry : by_rule) most = std::max(most, entry.second.total());
    Node figure = element(parent, "figure", {{"class", "chart"}});
    Node svg = element(
        figure, "svg",
        {{"xmlns", "http://www.w3.org/2000/svg"},
         {"viewBox", fmt::format("0 0 {} {}", kLabelWidth + kBarWidth + kCountWidth, height)},
         {"role", "img"},
         {"aria-labelledby", "chart-caption"}});
    int y = 4;
    for (const auto& [rule, count] : by_rule) {
        Node label = element(svg, "text",
                             {{"x", fmt::format("{}", kLabelWidth - 8)},
                              {"y", fmt::format("{}", y + 15)},
                              {"text-anchor", "end"}},
                             rule);
        element(label, "title", {}, rule);
        element(svg, "rect",
                {{"class", "track"},
                 {"x", fmt::format("{}", kLabelWidth)},
                 {"y", fmt::format("{}", y + 3)},
                 {"width", fmt::format("{}", kBarWidth)},
                 {"height", "16"},
                 {"rx", "3"}});
        double x = kLabelWidth;
        for (const Severity severity : kSeverities) {
            const size_t n = count.by_severity[static_cast<size_t>(severity)];
            if (n == 0) continue;
            const double width =
                static_cast<double>(kBarWidth) * static_cast<double>(n) / static_cast<double>(most);
            Node bar = element(svg, "rect",
                               {{"class", fmt::format("bar-{}", to_string(severity))},
                                {"x", fmt::format("{:.1f}", x)},
                                {"y", fmt::format("{}", y + 3)},
                                {"width", fmt::format("{:.1f}", width)},
                                {"height", "16"}});
            element(bar, "title", {}, fmt::format("{}: {} {}", rule, n, to_string(severity)));
            x += width;
        }
        element(svg, "text",
                {{"x", fmt::format("{:.1f}", x + 6)}, {"y", fmt::format("{}", y + 15)}},
                fmt::format("{}", count.total()));
        y += kRowHeight;
    }
    element(figure, "figcaption", {{"id", "chart-caption"}, {"class", "meta"}},
            "Findings by rule, coloured by severity (red error, amber warning, blue info).");
}

void add_overview(Node main, const ReportContext& context) {
    const CheckResult& result = context.result;
    Node section =
        element(main, "section",
                {{"id", "overview"}, {"class", "block"}, {"aria-labelledby", "overview-title"}});
    element(section, "h2", {{"id", "overview-title"}}, "Overview");
    size_t attributed = 0;
    size_t sourced = 0;
    for (const ArticleAnalysis& analysis : result.articles)
        for (const Attribution& attribution : analysis.attributions) {
            if (attribution.speaker) ++attributed;
            if (!attribution.sources.empty()) ++sourced;
        }
    Node stats = element(section, "div", {{"class", "stats"}});
    add_stat(stats, "", result.articles.size(), "articles checked");
    add_stat(stats, "", result.quote_count(), "quotations");
    add_stat(stats, "", context.speaker_colour.size(), "speakers");
    add_stat(stats, "", attributed, "quotes with a speaker");
    add_stat(stats, "", sourced, "quotes via a named source");
    for (const Severity severity : kSeverities)
        add_stat(stats, to_string(severity), result.count(severity),
                 fmt::format("{}s", to_string(severity)));
    if (!result.missing_inputs.empty()) {
        Node notice = element(section, "div", {{"class", "notice"}, {"role", "alert"}});
        element(notice, "strong", {}, "Not found: ");
        std::string names;
        for (const std::string& missing : result.missing_inputs)
            names += (names.empty() ? "" : ", ") + missing;
        add_text(notice, names);
    }
    const auto by_rule = count_by_rule(result);
    Node grid = element(section, "div", {{"class", "overview-grid"}});
    Node left = element(grid, "div");
    element(left, "h3", {}, "Findings by rule");
    if (by_rule.empty()) {
        element(left, "p", {{"class", "none"}}, "No findings: every check passed.");
    } else {
        add_rule_chart(left, by_rule);
        Node wrap = element(left, "div", {{"class", "table-wrap"}});
        Node table = element(wrap, "table");
        Node head = element(element(table, "thead"), "tr");
        element(head, "th", {{"scope", "col"}}, "Rule");
        element(head, "th", {{"scope", "col"}}, "What it finds");
        element(head, "th", {{"scope", "col"}, {"class", "num"}}, "Findings");
        Node body = element(table, "tbody");
        for (const auto& [rule, count] : by_rule) {
            Node row = element(body, "tr");
            element(element(row, "td"), "a",
                    {{"href", "#articles"}, {"data-filter-rule", rule}, {"class", "rule"}}, rule);
            const RuleInfo* info = result.rule(rule);
            element(row, "td", {}, info ? info->summary : "");
            element(row, "td", {{"class", "num"}}, fmt::format("{}", count.total()));
        }
    }
    Node right = element(grid, "div");
    element(right, "h3", {}, "Articles");
    Node wrap = element(right, "div", {{"class", "table-wrap"}});
    Node table = element(wrap, "table");
    Node head = element(element(table, "thead"), "tr");
    element(head, "th", {{"scope", "col"}}, "Article");
    for (const char* name : {"Quotes", "Errors", "Warnings", "Infos"})
        element(head, "th", {{"scope", "col"}, {"class", "num"}}, name);
    Node body = element(table, "tbody");
    for (uint32_t i = 0; i < result.articles.size(); ++i) {
        const ArticleAnalysis& analysis = result.articles[i];
        std::array<size_t, 3> counts{};
        for (const size_t finding : context.findings_of_article[i])
            ++counts[static_cast<size_t>(result.findings[finding].severity)];
        Node row = element(body, "tr");
        Node cell = element(row, "td");
        element(cell, "a", {{"href", "#" + context.article_anchor(i)}}, article_label(analysis));
        element(row, "td", {{"class", "num"}},
                fmt::format("{}", analysis.extraction.quotes.size()));
        for (const Severity severity : kSeverities)
            element(row, "td", {{"class", "num"}},
                    fmt::format("{}", counts[static_cast<size_t>(severity)]));
    }
}

Node add_article(Node parent, const ReportContext& context, uint32_t index) {
    const ArticleAnalysis& analysis = context.result.articles[index];
    const Article& article = analysis.article;
    Node section = element(parent, "article",
                           {{"id", context.article_anchor(index)},
                            {"class", "article block"},
                            {"data-article", fmt::format("{}", index + 1)},
                            {"aria-labelledby", context.article_anchor(index) + "-title"}});
    Node header = element(section, "header");
    element(header, "h2", {{"id", context.article_anchor(index) + "-title"}},
            article_label(analysis));
    std::string meta = article.path();
    if (!article.outlet.empty()) meta += " · " + article.outlet;
    if (article.published) meta += " · published " + format_iso_date(*article.published);
    meta += fmt::format(" · {} · {}",
                        plural(analysis.extraction.quotes.size(), "quotation", "quotations"),
                        plural(context.findings_of_article[index].size(), "finding", "findings"));
    element(header, "p", {{"class", "meta"}}, meta);

    std::set<std::string> speakers;
    for (const Attribution& attribution : analysis.attributions)
        if (attribution.speaker) speakers.insert(attribution.speaker->name);
    Node legend =
        element(section, "ul", {{"class", "legend"}, {"aria-label", "Speakers in this article"}});
    for (const std::string& name : speakers) {
        Node item = element(legend, "li");
        element(item, "span", {{"class", "swatch " + context.speaker_class(name)}});
        add_text(item, name);
    }
    Node unattributed = element(legend, "li");
    element(unattributed, "span", {{"class", "swatch"}});
    add_text(unattributed, "no speaker found");
    element(element(legend, "li"), "span", {{"class", "src"}}, "named source");

    Node columns = element(section, "div", {{"class", "article-body"}});
    add_article_text(columns, context, index);
    Node aside = element(columns, "div", {{"class", "article-findings"}});
    element(aside, "h3", {}, "Findings");
    if (context.findings_of_article[index].empty()) {
        element(aside, "p", {{"class", "none"}}, "No findings in this article.");
    } else {
        Node list = element(aside, "ol", {{"class", "findings"}});
        for (const size_t finding : context.findings_of_article[index])
            add_finding_item(list, context, finding, false);
    }
    element(section, "h3", {}, "Who said what");
    add_speaker_table(section, context, index);
    return section;
}

void add_cross_article(Node main, const ReportContext& context) {
    const CheckResult& result = context.result;
    std::vector<size_t> cross;
    for (size_t i = 0; i < result.findings.size(); ++i)
        if (context.cross_article[i]) cross.push_back(i);
    Node section = element(
        main, "section", {{"id", "cross"}, {"class", "block"}, {"aria-labelledby", "cross-title"}});
    element(section, "h2", {{"id", "cross-title"}}, "Across articles");
    if (cross.empty()) {
        element(section, "p", {{"class", "none"}},
                result.articles.size() < 2 ? "Only one article was checked."
                                           : "No disagreements between articles were found.");
        return;
    }
    element(section, "p", {{"class", "meta"}},
            "The same quote, person or fact as different articles give it: each passage side by "
            "side, with the words that differ.");
    Node list = element(section, "ol", {{"class", "findings"}});
    for (const size_t index : cross) {
        add_finding_item(list, context, index, true);
        const Finding& finding = result.findings[index];
        const std::string_view first_text =
            finding.where.span.in(result.articles.at(finding.where.article).article.text());
        for (const RelatedLocation& related : finding.related) {
            if (related.where.article == finding.where.article) continue;
            const std::string_view other_text =
                related.where.span.in(result.articles.at(related.where.article).article.text());
            const auto pieces = word_diff(first_text, other_text);
            bool differs = false;
            for (const DiffPiece& piece : pieces) differs |= piece.kind != DiffPiece::Kind::same;
            if (!differs) continue;
            Node item = xmlGetLastChild(list);
            Node diff = element(item, "p", {{"class", "diff"}});
            element(diff, "span", {{"class", "diff-label"}},
                    fmt::format("Word differences, {} → {}:",
                                file_name(resolve(result, finding.where).path),
                                file_name(resolve(result, related.where).path)));
            for (size_t p = 0; p < pieces.size(); ++p) {
                if (p > 0) add_text(diff, " ");
                const DiffPiece& piece = pieces[p];
                if (piece.kind == DiffPiece::Kind::same)
                    add_text(diff, piece.text);
                else
                    element(
                        diff, "span",
                        {{"class", piece.kind == DiffPiece::Kind::removed ? "removed" : "added"},
                         {"title", piece.kind == DiffPiece::Kind::removed
                                       ? "only in the first article"
                                       : "only in the other article"}},
                        piece.text);
            }
        }
    }
}

// The whole page but the articles; returns the element they go in.
Node add_page(const Document& document, const ReportContext& context) {
    const CheckResult& result = context.result;
    add_head(document.root(), result);
    Node body = element(document.root(), "body");
    element(body, "a", {{"class", "skip"}, {"href", "#articles"}}, "Skip to the articles");
    Node top = element(body, "header", {{"class", "top"}});
    element(top, "h1", {}, "Quote audit");
    element(top, "p", {},
            fmt::format("{} and {} checked by quotecheck {}. Hover, tap or focus a numbered marker "
                        "for the finding; "
                        "quotes are coloured by speaker.",
                        plural(result.articles.size(), "article", "articles"),
                        plural(result.quote_count(), "quotation", "quotations"), kVersion));
    add_filters(body, result);
    Node main = element(body, "main");
    add_overview(main, context);
    if (result.articles.size() > 1) add_cross_article(main, context);
    Node articles = element(main, "div", {{"id", "articles"}});
    element(body, "footer", {},
            fmt::format("Generated by quotecheck {}. This page loads nothing from the network.",
                        kVersion));
    element(body, "script", {}, report_script());
    return articles;
}

// Stands in for the articles while the rest of the page is serialised. Like <article>, it is a
// tag libxml2 does not know, so the serialiser puts the same line breaks around the stand-ins as
// around the articles (they depend only on how many children the container has: one, or more).
// No text of an article can produce it: the serialiser escapes every "<" of text and attributes.
constexpr std::string_view kSlotTag = "quotecheck-articles";
constexpr std::string_view kSlotMarkup = "<quotecheck-articles></quotecheck-articles>";

}  // namespace

std::string html_report(const CheckResult& result) {
    const ReportContext context(result);
    Document document;
    Node articles = add_page(document, context);
    for (uint32_t i = 0; i < result.articles.size(); ++i) add_article(articles, context, i);
    return document.serialise();
}

void write_html_report(std::ostream& out, const CheckResult& result) {
    // The text of html_report(result), with one article's tree in memory at a time: the whole
    // page as one tree took about thirteen times the size of the page (docs/performance.md).
    const ReportContext context(result);
    Document document;
    Node articles = add_page(document, context);
    const size_t count = result.articles.size();
    if (count == 0) {
        out << document.serialise();
        return;
    }
    const size_t slots = count == 1 ? 1 : 2;
    for (size_t s = 0; s < slots; ++s) element(articles, kSlotTag);
    const std::string page = document.serialise();
    const size_t at = page.find(kSlotMarkup);
    if (at == std::string::npos ||
        page.compare(at + kSlotMarkup.size(), kSlotMarkup.size() * (slots - 1),
                     slots == 2 ? kSlotMarkup : std::string_view{}) != 0)
        throw std::logic_error("HTML report: the articles' place was not found");
    while (Node slot = xmlGetLastChild(articles)) {
        xmlUnlinkNode(slot);
        xmlFreeNode(slot);
    }
    out << std::string_view(page).substr(0, at);
    for (uint32_t i = 0; i < count; ++i) {
        Node section = add_article(articles, context, i);
        out << document.serialise(section);
        xmlUnlinkNode(section);
        xmlFreeNode(section);
    }
    out << std::string_view(page).substr(at + kSlotMarkup.size() * slots);
}

}  // namespace quotecheck
