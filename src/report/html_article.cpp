#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "report/html_context.hpp"
#include "report/location.hpp"

namespace quotecheck::html {

namespace {

// A highlighted stretch of article text. Ranges may overlap and nest; the text is cut at every
// range boundary and each piece carries the classes of all ranges covering it.
struct Range {
    enum class Kind { quote, speaker, source, cue, finding };
    Kind kind;
    Span span;
    size_t index = 0;  // quote / attribution / finding index
    size_t source = 0;
};

struct Flag {
    size_t finding;
    size_t paragraph;
    uint32_t offset;
};

std::string shortened(std::string_view text, size_t max_code_points) {
    std::string out;
    size_t count = 0;
    for (const char c : text) {
        const bool starts_code_point = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts_code_point && count++ == max_code_points) return out + "…";
        out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    }
    return out;
}

const Attribution* attribution_of(const ArticleAnalysis& analysis, size_t quote) {
    return quote < analysis.attributions.size() ? &analysis.attributions[quote] : nullptr;
}

std::string quote_title(const ArticleAnalysis& analysis, size_t quote) {
    const Attribution* attribution = attribution_of(analysis, quote);
    std::string title = fmt::format("Quote {}", quote + 1);
    if (analysis.extraction.quotes[quote].kind == QuoteKind::scare)
        return title + " (scare quotes: nobody's speech)";
    if (!attribution || !attribution->speaker) return title + ": no speaker found";
    title += ": " + attribution->speaker->name;
    for (const SourceRef& source : attribution->sources) title += ", via " + source.name;
    return title;
}

class TextRenderer {
  public:
    TextRenderer(const ReportContext& context, uint32_t article)
        : context_(context),
          article_(article),
          analysis_(context.result.articles.at(article)),
          text_(analysis_.article.text()) {}

    void render(Node parent) {
        collect_ranges();
        const auto paragraphs = paragraph_spans();
        collect_flags(paragraphs);
        struct Event {
            uint32_t offset;
            bool opens;
            size_t range;
        };
        std::vector<Event> events;
        events.reserve(ranges_.size() * 2);
        for (size_t i = 0; i < ranges_.size(); ++i) {
            events.push_back({ranges_[i].span.start, true, i});
            events.push_back({ranges_[i].span.end, false, i});
        }
        std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            if (a.offset != b.offset) return a.offset < b.offset;
            return !a.opens && b.opens;
        });
        std::set<size_t> active;
        size_t next_event = 0;
        size_t next_flag = 0;
        const auto apply = [&](const Event& event) {
            if (event.opens)
                active.insert(event.range);
            else
                active.erase(event.range);
        };
        Node container = element(parent, "div", {{"class", "text"}});
        if (paragraphs.empty()) {
            Node p = element(container, "p", {{"class", "none"}},
                             "No article text could be read from this file.");
            while (next_flag < flags_.size()) add_flag(p, flags_[next_flag++].finding);
            return;
        }
        for (size_t index = 0; index < paragraphs.size(); ++index) {
            const Span paragraph = paragraphs[index];
            Node p = element(container, "p");
            uint32_t at = paragraph.start;
            for (;;) {
                while (next_event < events.size() && events[next_event].offset <= at)
                    apply(events[next_event++]);
                while (next_flag < flags_.size() && flags_[next_flag].paragraph == index &&
                       flags_[next_flag].offset <= at)
                    add_flag(p, flags_[next_flag++].finding);
                if (at >= paragraph.end) break;
                uint32_t next = paragraph.end;
                if (next_event < events.size()) next = std::min(next, events[next_event].offset);
                if (next_flag < flags_.size() && flags_[next_flag].paragraph == index)
                    next = std::min(next, flags_[next_flag].offset);
                add_piece(p, {at, next}, active);
                at = next;
            }
        }
    }

  private:
    std::vector<Span> paragraph_spans() const {
        std::vector<Span> out;
        const auto size = static_cast<uint32_t>(text_.size());
        for (Span paragraph : analysis_.article.paragraphs) {
            paragraph.end = std::min(paragraph.end, size);
            if (paragraph.start >= paragraph.end) continue;
            if (!out.empty() && paragraph.start < out.back().end) paragraph.start = out.back().end;
            if (paragraph.start < paragraph.end) out.push_back(paragraph);
        }
        if (out.empty() && !text_.empty()) out.push_back({0, size});
        return out;
    }

    void collect_ranges() {
        const auto& quotes = analysis_.extraction.quotes;
        for (size_t i = 0; i < quotes.size(); ++i) {
            ranges_.push_back({Range::Kind::quote, quotes[i].text, i, 0});
            const Attribution* attribution = attribution_of(analysis_, i);
            if (!attribution) continue;
            if (attribution->speaker && !attribution->speaker->mention.empty())
                ranges_.push_back({Range::Kind::speaker, attribution->speaker->mention, i, 0});
            if (attribution->cue && !attribution->cue->span.empty())
                ranges_.push_back({Range::Kind::cue, attribution->cue->span, i, 0});
            for (size_t s = 0; s < attribution->sources.size(); ++s)
                if (!attribution->sources[s].mention.empty())
                    ranges_.push_back({Range::Kind::source, attribution->sources[s].mention, i, s});
        }
        for (const size_t finding : context_.findings_of_article[article_]) {
            const Span span = context_.result.findings[finding].where.span;
            if (!span.empty()) ranges_.push_back({Range::Kind::finding, span, finding, 0});
        }
        // Ranges from different stages may mention the same words twice (one speaker for two
        // quotes): keep one of each.
        std::sort(ranges_.begin(), ranges_.end(), [](const Range& a, const Range& b) {
            return std::tie(a.span.start, a.span.end, a.kind, a.index) <
                   std::tie(b.span.start, b.span.end, b.kind, b.index);
        });
        ranges_.erase(std::unique(ranges_.begin(), ranges_.end(),
                                  [](const Range& a, const Range& b) {
                                      return a.kind != Range::Kind::quote &&
                                             a.kind != Range::Kind::finding && a.kind == b.kind &&
                                             a.span == b.span;
                                  }),
                      ranges_.end());
        const auto size = static_cast<uint32_t>(text_.size());
        for (Range& range : ranges_) {
            range.span.end = std::min(range.span.end, size);
            range.span.start = std::min(range.span.start, range.span.end);
        }
    }

    void collect_flags(const std::vector<Span>& paragraphs) {
        for (const size_t finding : context_.findings_of_article[article_]) {
            const uint32_t offset = context_.result.findings[finding].where.span.start;
            if (paragraphs.empty()) {
                flags_.push_back({finding, 0, 0});
                continue;
            }
            // The paragraph holding the offset, or the next one when it lies between paragraphs.
            auto it = std::lower_bound(paragraphs.begin(), paragraphs.end(), offset,
                                       [](const Span& p, uint32_t value) { return p.end < value; });
            if (it == paragraphs.end()) --it;
            flags_.push_back({finding, static_cast<size_t>(it - paragraphs.begin()),
                              std::clamp(offset, it->start, it->end)});
        }
        std::stable_sort(flags_.begin(), flags_.end(), [](const Flag& a, const Flag& b) {
            return std::tie(a.paragraph, a.offset) < std::tie(b.paragraph, b.offset);
        });
    }

    void add_piece(Node parent, Span piece, const std::set<size_t>& active) {
        const std::string_view words = piece.in(text_);
        if (active.empty()) {
            add_text(parent, words);
            return;
        }
        const Range* quote = nullptr;
        const Range* speaker = nullptr;
        const Range* source = nullptr;
        bool cue = false;
        std::optional<Severity> severity;
        for (const size_t index : active) {
            const Range& range = ranges_[index];
            switch (range.kind) {
                case Range::Kind::quote:
                    // The innermost quote decides the colour: it starts last.
                    if (!quote || range.span.start >= quote->span.start) quote = &range;
                    break;
                case Range::Kind::speaker:
                    speaker = &range;
                    break;
                case Range::Kind::source:
                    source = &range;
                    break;
                case Range::Kind::cue:
                    cue = true;
                    break;
                case Range::Kind::finding: {
                    const Severity s = context_.result.findings[range.index].severity;
                    severity = severity ? std::max(*severity, s) : s;
                    break;
                }
            }
        }
        std::string classes;
        std::string title;
        std::string id;
        const auto add = [&](std::string_view name) {
            if (!classes.empty()) classes += ' ';
            classes += name;
        };
        if (quote) {
            add("q");
            const Attribution* attribution = attribution_of(analysis_, quote->index);
            if (analysis_.extraction.quotes[quote->index].kind == QuoteKind::scare)
                add("scare");
            else if (attribution && attribution->speaker)
                add(context_.speaker_class(attribution->speaker->name));
            title = quote_title(analysis_, quote->index);
            if (piece.start == quote->span.start)
                id = context_.quote_anchor(article_, quote->index);
        }
        if (speaker) {
            const Speaker& who = *analysis_.attributions[speaker->index].speaker;
            add("who");
            add(context_.speaker_class(who.name));
            title = fmt::format("Speaker: {} (found by {})", who.name, to_string(who.resolution));
        }
        if (source) {
            const SourceRef& ref = analysis_.attributions[source->index].sources[source->source];
            add("src");
            title = fmt::format("Source: {} ({})", ref.name, ref.cue);
        }
        if (cue) add("cue");
        if (severity) add(fmt::format("fx-{}", severity_name(*severity)));
        Node span = element(parent, "span", {{"class", classes}}, words);
        if (!title.empty()) set_attribute(span, "title", title);
        if (!id.empty()) set_attribute(span, "id", id);
    }

    void add_flag(Node parent, size_t index) {
        const Finding& finding = context_.result.findings[index];
        const std::string_view severity = severity_name(finding.severity);
        const unsigned number = context_.number_in_article[index];
        Node flag = element(
            parent, "a",
            {{"class", fmt::format("flag {}", severity)},
             {"id", context_.flag_anchor(index)},
             {"href", link_to(context_.finding_anchor(index))},
             {"data-severity", severity},
             {"data-rule", finding.rule},
             {"data-articles", context_.articles_of(finding)},
             {"aria-label", fmt::format("Finding {} ({}): {}", number, severity, finding.message)}},
            fmt::format("{}", number));
        Node pop = element(flag, "span", {{"class", "pop"}, {"role", "tooltip"}});
        element(pop, "b", {}, finding.message);
        const RuleInfo* rule = context_.result.rule(finding.rule);
        element(pop, "span", {{"class", "rule"}},
                rule && !rule->summary.empty()
                    ? fmt::format("{} · {} — {}", severity, finding.rule, rule->summary)
                    : fmt::format("{} · {}", severity, finding.rule));
        const std::string_view fix = context_.fix_for(finding);
        if (!fix.empty())
            element(pop, "span", {{"class", "fix"}}, fmt::format("How to fix: {}", fix));
    }

    const ReportContext& context_;
    uint32_t article_;
    const ArticleAnalysis& analysis_;
    std::string_view text_;
    std::vector<Range> ranges_;
    std::vector<Flag> flags_;
};

}  // namespace

void add_article_text(Node parent, const ReportContext& context, uint32_t article) {
    TextRenderer(context, article).render(parent);
}

void add_speaker_table(Node parent, const ReportContext& context, uint32_t article) {
    const ArticleAnalysis& analysis = context.result.articles.at(article);
    const auto& quotes = analysis.extraction.quotes;
    const std::string_view text = analysis.article.text();
    if (quotes.empty()) {
        element(parent, "p", {{"class", "none"}}, "No quotations found.");
        return;
    }
    Node wrap = element(parent, "div", {{"class", "table-wrap"}});
    Node table = element(wrap, "table", {{"class", "speakers"}});
    Node head = element(element(table, "thead"), "tr");
    for (const char* name : {"#", "Quote", "Speaker", "Resolved from", "Cue", "Through", "Line"})
        element(head, "th", {{"scope", "col"}}, name);
    Node body = element(table, "tbody");
    for (size_t i = 0; i < quotes.size(); ++i) {
        const Quote& quote = quotes[i];
        const Attribution* attribution = attribution_of(analysis, i);
        Node row = element(body, "tr");
        element(element(row, "td", {{"class", "num"}}), "a",
                {{"href", link_to(context.quote_anchor(article, i))}}, fmt::format("{}", i + 1));
        Node cell = element(row, "td");
        add_text(cell, "“" + shortened(analysis.extraction.text_of(text, quote), 160) + "”");
        if (quote.kind != QuoteKind::direct) {
            add_text(cell, " ");
            element(cell, "span", {{"class", "badge info"}}, to_string(quote.kind));
        }
        Node who = element(row, "td");
        Node how = element(row, "td");
        if (attribution && attribution->speaker) {
            const Speaker& speaker = *attribution->speaker;
            element(who, "span", {{"class", "swatch " + context.speaker_class(speaker.name)}});
            add_text(who, " " + speaker.name + (speaker.organisation ? " (organisation)" : ""));
            add_text(how, fmt::format("{}: “{}”", to_string(speaker.resolution),
                                      shortened(speaker.mention.in(text), 60)));
        } else {
            element(who, "span", {{"class", "none"}},
                    quote.kind == QuoteKind::scare ? "nobody (scare quotes)" : "not attributed");
        }
        if (attribution && attribution->cue)
            element(row, "td", {}, shortened(attribution->cue->span.in(text), 40));
        else
            element(row, "td", {{"class", "none"}}, "—");
        Node through = element(row, "td");
        if (attribution && !attribution->sources.empty()) {
            for (size_t s = 0; s < attribution->sources.size(); ++s) {
                const SourceRef& source = attribution->sources[s];
                if (s > 0) add_text(through, "; ");
                element(through, "span", {{"class", "src"}}, source.name);
                if (!source.cue.empty()) add_text(through, fmt::format(" ({})", source.cue));
            }
        } else {
            element(through, "span", {{"class", "none"}},
                    attribution && attribution->speaker ? "none named" : "—");
        }
        const ResolvedLocation at = resolve(analysis, quote.text);
        element(row, "td", {{"class", "num"}},
                fmt::format("{}:{}", at.begin.line, at.begin.column));
    }
}

}  // namespace quotecheck::html
