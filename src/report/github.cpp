#include "report/github.hpp"

#include <fmt/format.h>

#include <map>

#include "report/location.hpp"

namespace quotecheck {

namespace {

std::string_view command_for(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "notice";
    }
    return "warning";
}

// Table cells: the text shows literally (no Markdown or HTML is interpreted) and stays on one
// row of the table.
std::string markdown_cell(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '\n':
            case '\r':
                out += ' ';
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '&':
                out += "&amp;";
                break;
            case '|':
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '#':
            case '~':
                out += '\\';
                out += c;
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string_view severity_icon(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "🔴 error";
        case Severity::warning:
            return "🟡 warning";
        case Severity::info:
            return "🔵 info";
    }
    return "";
}

std::string counted(size_t count, std::string_view noun) {
    return fmt::format("{} {}{}", count, noun, count == 1 ? "" : "s");
}

}  // namespace

std::string github_escape_data(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string github_escape_property(std::string_view text) {
    std::string out;
    for (const char c : github_escape_data(text)) {
        switch (c) {
            case ':':
                out += "%3A";
                break;
            case ',':
                out += "%2C";
                break;
            default:
                out += c;
        }
    }
    return out;
}

void write_github_annotations(std::ostream& out, const CheckResult& result) {
    const FindingLocations places(result);
    for (size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& finding = result.findings[i];
        const ResolvedLocation at = places.where(i);
        std::string message = finding.message;
        for (size_t k = 0; k < finding.related.size(); ++k) {
            const RelatedLocation& related = finding.related[k];
            const ResolvedLocation other = places.related(i, k);
            message +=
                fmt::format("\nSee {}:{}:{}", other.path, other.begin.line, other.begin.column);
            if (!related.message.empty()) message += ": " + related.message;
        }
        if (!finding.fix.empty()) message += "\nFix: " + finding.fix;
        const RuleInfo* rule = result.rule(finding.rule);
        if (finding.fix.empty() && rule && !rule->fix.empty()) message += "\nFix: " + rule->fix;
        std::string title = finding.rule;
        if (rule && !rule->summary.empty()) title += ": " + rule->summary;
        out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                           command_for(finding.severity), github_escape_property(at.path),
                           at.begin.line, at.begin.column, at.finish.line, at.finish.column,
                           github_escape_property(title), github_escape_data(message));
    }
}

void write_github_summary(std::ostream& out, const CheckResult& result) {
    out << "## quotecheck\n\n";
    out << fmt::format("{}, {}: **{}**, {}, {}.\n\n", counted(result.articles.size(), "article"),
                       counted(result.quote_count(), "quote"),
                       counted(result.count(Severity::error), "error"),
                       counted(result.count(Severity::warning), "warning"),
                       counted(result.count(Severity::info), "info"));
    if (result.findings.empty()) {
        out << "No findings.\n";
        return;
    }
    std::map<std::string, size_t> by_rule;
    for (const Finding& finding : result.findings) ++by_rule[finding.rule];
    out << "| Rule | Findings |\n| --- | ---: |\n";
    for (const auto& [rule, count] : by_rule)
        out << fmt::format("| {} | {} |\n", markdown_cell(rule), count);
    out << "\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n";
    const FindingLocations places(result);
    for (size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& finding = result.findings[i];
        const ResolvedLocation at = places.where(i);
        std::string message = markdown_cell(finding.message);
        if (!finding.fix.empty()) message += "<br>Fix: " + markdown_cell(finding.fix);
        for (size_t k = 0; k < finding.related.size(); ++k) {
            const RelatedLocation& related = finding.related[k];
            const ResolvedLocation other = places.related(i, k);
            message +=
                "<br>See " + markdown_cell(fmt::format("{}:{}:{}", other.path, other.begin.line,
                                                       other.begin.column));
            if (!related.message.empty()) message += ": " + markdown_cell(related.message);
        }
        out << fmt::format(
            "| {} | {} | {} | {} |\n", severity_icon(finding.severity),
            markdown_cell(fmt::format("{}:{}:{}", at.path, at.begin.line, at.begin.column)),
            markdown_cell(finding.rule), message);
    }
}

}  // namespace quotecheck
