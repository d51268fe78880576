#include "report/html.hpp"

#include <fmt/format.h>

#include <array>
#include <functional>
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
        element(cell, "a", {{"href", link_to(context.article_anchor(i))}}, article_label(analysis));
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

    // The legend lists what this article's text shows, nothing more: an editor reading "no
    // speaker found" looks for a quote without one.
    std::set<std::string> speakers;
    bool via_source = false;
    for (const Attribution& attribution : analysis.attributions) {
        if (attribution.speaker) speakers.insert(attribution.speaker->name);
        via_source = via_source || !attribution.sources.empty();
    }
    bool unattributed_quote = false;
    bool scare_quote = false;
    for (uint32_t q = 0; q < analysis.extraction.quotes.size(); ++q) {
        if (analysis.extraction.quotes[q].kind == QuoteKind::scare) {
            scare_quote = true;
        } else {
            unattributed_quote = unattributed_quote || q >= analysis.attributions.size() ||
                                 !analysis.attributions[q].speaker;
        }
    }
    Node legend =
        element(section, "ul", {{"class", "legend"}, {"aria-label", "Speakers in this article"}});
    for (const std::string& name : speakers) {
        Node item = element(legend, "li");
        element(item, "span", {{"class", "swatch " + context.speaker_class(name)}});
        add_text(item, name);
    }
    if (unattributed_quote) {
        Node unattributed = element(legend, "li");
        element(unattributed, "span", {{"class", "swatch"}});
        add_text(unattributed, "no speaker found");
    }
    if (scare_quote) {
        Node scare = element(legend, "li");
        element(scare, "span", {{"class", "q scare"}}, "term");
        add_text(scare, " scare quotes, nobody's words");
    }
    if (via_source) element(element(legend, "li"), "span", {{"class", "src"}}, "named source");

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

std::vector<size_t> cross_article_findings(const ReportContext& context) {
    std::vector<size_t> cross;
    for (size_t i = 0; i < context.result.findings.size(); ++i)
        if (context.cross_article[i]) cross.push_back(i);
    return cross;
}

// The "Across articles" section; returns the list its findings go in, or nullptr when there are
// none.
Node add_cross_section(Node main, const ReportContext& context, size_t findings) {
    const CheckResult& result = context.result;
    Node section = element(
        main, "section", {{"id", "cross"}, {"class", "block"}, {"aria-labelledby", "cross-title"}});
    element(section, "h2", {{"id", "cross-title"}}, "Across articles");
    if (findings == 0) {
        element(section, "p", {{"class", "none"}},
                result.articles.size() < 2 ? "Only one article was checked."
                                           : "No disagreements between articles were found.");
        return nullptr;
    }
    element(section, "p", {{"class", "meta"}},
            "The same quote, person or fact as different articles give it: each passage side by "
            "side, with the words that differ.");
    return element(section, "ol", {{"class", "findings"}});
}

// One cross-article finding with the word differences of each other article's passage.
Node add_cross_item(Node list, const ReportContext& context, size_t index) {
    const CheckResult& result = context.result;
    add_finding_item(list, context, index, true);
    Node item = xmlGetLastChild(list);
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
        Node diff = element(item, "p", {{"class", "diff"}});
        element(diff, "span", {{"class", "diff-label"}},
                fmt::format(
                    "Word differences, {} → {}:", file_name(resolve(result, finding.where).path),
                    file_name(resolve(result, related.where).path)));
        for (size_t p = 0; p < pieces.size(); ++p) {
            if (p > 0) add_text(diff, " ");
            const DiffPiece& piece = pieces[p];
            if (piece.kind == DiffPiece::Kind::same)
                add_text(diff, piece.text);
            else
                element(diff, "span",
                        {{"class", piece.kind == DiffPiece::Kind::removed ? "removed" : "added"},
                         {"title", piece.kind == DiffPiece::Kind::removed
                                       ? "only in the first article"
                                       : "only in the other article"}},
                        piece.text);
        }
    }
    return item;
}

// The page's two long lists: where they go, and how each element is built.
struct PageLists {
    Node cross = nullptr;  // nullptr: no cross-article findings (or one article)
    std::vector<size_t> cross_findings;
    Node articles = nullptr;
};

// The whole page but the cross-article findings and the articles; returns where they go.
PageLists add_page(const Document& document, const ReportContext& context) {
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
    PageLists lists;
    if (result.articles.size() > 1) {
        lists.cross_findings = cross_article_findings(context);
        lists.cross = add_cross_section(main, context, lists.cross_findings.size());
    }
    lists.articles = element(main, "div", {{"id", "articles"}});
    element(body, "footer", {},
            fmt::format("Generated by quotecheck {}. This page loads nothing from the network.",
                        kVersion));
    element(body, "script", {}, report_script());
    return lists;
}

// A long list of the page, written one element at a time.
struct StreamedList {
    Node container = nullptr;
    size_t count = 0;
    // What the serialiser puts between two elements: a line break after an element it knows to
    // be a block (<li>), nothing after one it does not know (<article>).
    std::string_view separator;
    std::function<Node(size_t)> build;  // adds element i to the container, returns it
};

// Stands in for a list's elements while the rest of the page is serialised: a tag libxml2 does
// not know, so the container gets the line breaks it gets with as many children (one, or
// more), and nothing comes between the stand-ins. No text of an article can produce it: the
// serialiser escapes every "<" of text and attributes.
constexpr std::string_view kSlotTag = "quotecheck-slot";
constexpr std::string_view kSlotMarkup = "<quotecheck-slot></quotecheck-slot>";

// The text document.serialise() would give with every list's elements in place, but with one
// element's tree in memory at a time. Lists are in document order.
void write_streamed(std::ostream& out, const Document& document,
                    const std::vector<StreamedList>& lists) {
    auto slots_of = [](const StreamedList& list) -> size_t {
        return list.count == 0 ? 0 : list.count == 1 ? 1 : 2;
    };
    for (const StreamedList& list : lists)
        for (size_t s = 0; s < slots_of(list); ++s) element(list.container, kSlotTag);
    const std::string page = document.serialise();
    size_t from = 0;
    for (const StreamedList& list : lists) {
        const size_t slots = slots_of(list);
        if (slots == 0) continue;
        const size_t at = page.find(kSlotMarkup, from);
        if (at == std::string::npos ||
            page.compare(at, kSlotMarkup.size() * slots,
                         slots == 1 ? std::string(kSlotMarkup)
                                    : std::string(kSlotMarkup) + std::string(kSlotMarkup)) != 0)
            throw std::logic_error("HTML report: a list's place was not found");
        while (Node slot = xmlGetLastChild(list.container)) {
            xmlUnlinkNode(slot);
            xmlFreeNode(slot);
        }
        out << std::string_view(page).substr(from, at - from);
        for (size_t i = 0; i < list.count; ++i) {
            if (i > 0) out << list.separator;
            Node node = list.build(i);
            out << document.serialise(node);
            xmlUnlinkNode(node);
            xmlFreeNode(node);
        }
        from = at + kSlotMarkup.size() * slots;
    }
    out << std::string_view(page).substr(from);
}

}  // namespace

std::string html_report(const CheckResult& result) {
    const ReportContext context(result);
    Document document;
    const PageLists lists = add_page(document, context);
    for (const size_t finding : lists.cross_findings) add_cross_item(lists.cross, context, finding);
    for (uint32_t i = 0; i < result.articles.size(); ++i) add_article(lists.articles, context, i);
    return document.serialise();
}

void write_html_report(std::ostream& out, const CheckResult& result) {
    // The text of html_report(result), with one finding's or article's tree in memory at a time:
    // the whole page as one tree took about thirteen times the size of the page
    // (docs/performance.md).
    const ReportContext context(result);
    Document document;
    const PageLists lists = add_page(document, context);
    std::vector<StreamedList> streamed;
    if (lists.cross)
        streamed.push_back({lists.cross, lists.cross_findings.size(), "\n", [&](size_t i) {
                                return add_cross_item(lists.cross, context,
                                                      lists.cross_findings[i]);
                            }});
    streamed.push_back({lists.articles, result.articles.size(), "", [&](size_t i) {
                            return add_article(lists.articles, context, static_cast<uint32_t>(i));
                        }});
    write_streamed(out, document, streamed);
}

}  // namespace quotecheck
