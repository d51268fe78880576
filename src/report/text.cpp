#include <fmt/compile.h>
#include <fmt/format.h>

#include <iterator>
#include <vector>

#include "report/location.hpp"
#include "report/ordered_batches.hpp"
#include "report/report.hpp"

namespace quotecheck {

namespace {

struct Palette {
    bool on;
    std::string_view bold() const { return on ? "\x1b[1m" : ""; }
    std::string_view dim() const { return on ? "\x1b[2m" : ""; }
    std::string_view reset() const { return on ? "\x1b[0m" : ""; }
    std::string_view severity(Severity s) const {
        if (!on) return "";
        switch (s) {
            case Severity::error:
                return "\x1b[1;31m";
            case Severity::warning:
                return "\x1b[1;33m";
            case Severity::info:
                return "\x1b[1;36m";
        }
        return "";
    }
};

std::string one_line(std::string_view text, size_t max_code_points) {
    std::string out;
    size_t count = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            if (count == max_code_points) {
                out += "…";
                break;
            }
            ++count;
        }
        out.push_back(c);
    }
    return out;
}

void write_quotes(fmt::memory_buffer& out, const ArticleAnalysis& analysis, const Palette& p) {
    const std::string_view text = analysis.article.text();
    const auto& quotes = analysis.extraction.quotes;
    for (size_t i = 0; i < quotes.size(); ++i) {
        const Quote& quote = quotes[i];
        const ResolvedLocation at = resolve(analysis, quote.text);
        std::string who = "(no speaker)";
        std::string via;
        if (i < analysis.attributions.size()) {
            const Attribution& a = analysis.attributions[i];
            if (a.speaker)
                who = fmt::format("{} [{}: {}]", a.speaker->name, to_string(a.speaker->resolution),
                                  one_line(a.speaker->mention.in(text), 40));
            for (const SourceRef& s : a.sources) via += fmt::format(" via {} ({})", s.name, s.cue);
        }
        fmt::format_to(std::back_inserter(out),
                       FMT_COMPILE("{}:{}:{}: {}quote{} {:<7} {}{}\n    “{}”\n"), at.path,
                       at.begin.line, at.begin.column, p.bold(), p.reset(), to_string(quote.kind),
                       who, via, one_line(analysis.extraction.text_of(text, quote), 160));
    }
}

}  // namespace

void write_text_report(std::ostream& out, const CheckResult& result, const ReportOptions& options) {
    const Palette p{options.color};
    // Where each article's findings start (they are sorted by article), so that the articles'
    // blocks can be formatted independently: a batch of them in parallel, then written in order.
    std::vector<size_t> first_finding(result.articles.size() + 1, 0);
    for (const Finding& f : result.findings) ++first_finding[f.where.article + 1];
    for (size_t a = 0; a < result.articles.size(); ++a) first_finding[a + 1] += first_finding[a];
    const FindingLocations places(result);
    auto write_block = [&](uint32_t a, fmt::memory_buffer& block) {
        const ArticleAnalysis& analysis = result.articles[a];
        auto to_block = std::back_inserter(block);
        fmt::format_to(to_block, FMT_COMPILE("{}{}{}\n"), p.bold(), analysis.article.path(),
                       p.reset());
        if (options.show_quotes) write_quotes(block, analysis, p);
        for (size_t next = first_finding[a]; next < first_finding[a + 1]; ++next) {
            const Finding& f = result.findings[next];
            const ResolvedLocation at = places.where(next);
            fmt::format_to(to_block, FMT_COMPILE("{}:{}:{}: {}{}{}: {} {}[{}]{}\n"), at.path,
                           at.begin.line, at.begin.column, p.severity(f.severity),
                           to_string(f.severity), p.reset(), f.message, p.dim(), f.rule, p.reset());
            for (size_t k = 0; k < f.related.size(); ++k) {
                const RelatedLocation& r = f.related[k];
                const ResolvedLocation rat = places.related(next, k);
                fmt::format_to(to_block, FMT_COMPILE("    {}:{}:{}: note: {}\n"), rat.path,
                               rat.begin.line, rat.begin.column, r.message);
            }
            if (!f.fix.empty()) fmt::format_to(to_block, FMT_COMPILE("    fix: {}\n"), f.fix);
        }
        block.push_back('\n');
    };
    write_in_order<fmt::memory_buffer>(
        out, result.articles.size(), [&](size_t i, fmt::memory_buffer& block) {
            const auto a = static_cast<uint32_t>(i);
            if (options.show_quotes || first_finding[a] < first_finding[a + 1])
                write_block(a, block);
        });
    const size_t errors = result.count(Severity::error);
    const size_t warnings = result.count(Severity::warning);
    const size_t infos = result.count(Severity::info);
    out << fmt::format("{} article{}, {} quote{}: {} error{}, {} warning{}, {} info{}",
                       result.articles.size(), result.articles.size() == 1 ? "" : "s",
                       result.quote_count(), result.quote_count() == 1 ? "" : "s", errors,
                       errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s", infos,
                       infos == 1 ? "" : "s");
    if (result.suppressed_by_baseline > 0)
        out << fmt::format(" ({} in the baseline not shown)", result.suppressed_by_baseline);
    out << "\n";
}

}  // namespace quotecheck
