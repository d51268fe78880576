#include "check/builtin_rules.hpp"

#include <fmt/format.h>

#include "core/utf8.hpp"

namespace quotecheck {

namespace {

std::string mark_at(std::string_view text, Span span) {
    return std::string(span.in(text));
}

}  // namespace

const std::vector<RuleInfo>& builtin_rules() {
    static const std::vector<RuleInfo> rules = {
        {"input.invalid-utf8", Severity::error, "File is not valid UTF-8",
         "quotecheck reads articles as UTF-8. Bytes that are not valid UTF-8 are read as U+FFFD, "
         "so quotes and names around them may be wrong.",
         "Convert the file to UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`."},
        {"input.binary", Severity::error, "File is binary, not an article",
         "The file contains NUL bytes. It was skipped.",
         "Remove it from the paths checked, or ignore it in .quotecheck.toml."},
        {"input.unreadable", Severity::error, "File cannot be read",
         "The file could not be opened or read.", "Check the path and its permissions."},
        {"input.empty", Severity::warning, "File is empty",
         "The file has no text (or only white space), so there is nothing to check.",
         "Write the article, or remove the empty file."},
        {"input.html-too-deep", Severity::error, "HTML nested too deeply to read whole",
         "libxml2 stops parsing HTML whose elements are nested more than 256 deep. The text "
         "after that point is not checked.",
         "Fix the markup: no article needs elements nested that deep."},
        {"input.too-large", Severity::error, "File too large to analyse",
         "Articles over 64 MiB are not analysed, so one runaway file cannot exhaust memory.",
         "Split the file into articles."},
        {"quotes.unclosed-mark", Severity::warning, "Quotation mark never closed",
         "An opening quotation mark has no closing mark before the paragraph ends, and the next "
         "paragraph does not continue the quotation. Readers cannot tell where the quote ends.",
         "Add the closing mark where the quoted words end."},
        {"quotes.mismatched-marks", Severity::warning,
         "Quotation closed with a mark of another style",
         "The quotation opens with one style of mark and closes with another (‘…”, “…\"). "
         "This is usually an editing slip and makes the quote's extent unclear.",
         "Use a matching pair: “…” for quotes, ‘…’ for quotes inside quotes."},
        {"quotes.stray-closing-mark", Severity::warning,
         "Closing quotation mark without an opening mark",
         "A closing mark appears where no quotation is open.",
         "Add the missing opening mark or remove the stray one."},
        {"quotes.glued-mark", Severity::info, "Quotation mark run into the next or previous word",
         "A closing mark is directly followed by a word (”he said), or an opening mark directly "
         "follows a word or comma (said,“We).",
         "Add a space between the mark and the word."},
        {"quotes.too-deep", Severity::warning, "Too many nested or unclosed quotation marks",
         "More quotation marks are open at once than quotecheck follows (16), or more mark "
         "problems "
         "than it reports per article (200). The rest of the paragraph's marks are not checked.",
         "Fix the quotation marks in this paragraph."},
    };
    return rules;
}

void add_builtin_findings(ArticleAnalysis& analysis, uint32_t article_index) {
    const Article& article = analysis.article;
    if (article.problem) {
        const LoadProblem& problem = *article.problem;
        Finding finding;
        finding.rule = problem.rule;
        finding.severity = Severity::error;
        for (const RuleInfo& rule : builtin_rules())
            if (rule.id == problem.rule) finding.severity = rule.severity;
        finding.message = problem.message;
        // The problem offset is in the original bytes; for an article without usable text the
        // offset map is the identity, so it doubles as a text offset.
        uint32_t at = problem.source_offset;
        if (!article.offsets().identity() || at > article.text().size()) at = 0;
        finding.where = {article_index, {at, at}};
        analysis.findings.push_back(std::move(finding));
    }
    const std::string_view text = article.text();
    for (const MarkIssue& issue : analysis.extraction.issues) {
        Finding finding;
        finding.where = {article_index, issue.mark};
        finding.severity = Severity::warning;
        const std::string mark = mark_at(text, issue.mark);
        switch (issue.problem) {
            case MarkProblem::unclosed:
                finding.rule = "quotes.unclosed-mark";
                finding.message = fmt::format("opening quotation mark {} is never closed", mark);
                break;
            case MarkProblem::mismatched:
                finding.rule = "quotes.mismatched-marks";
                finding.message = fmt::format("quotation opened with {} is closed with {}",
                                              mark_at(text, issue.other), mark);
                finding.related.push_back({{article_index, issue.other}, "opening mark"});
                break;
            case MarkProblem::stray_closing:
                finding.rule = "quotes.stray-closing-mark";
                finding.message =
                    fmt::format("closing quotation mark {} has no opening mark", mark);
                break;
            case MarkProblem::glued_after:
                finding.rule = "quotes.glued-mark";
                finding.severity = Severity::info;
                finding.message =
                    fmt::format("closing quotation mark {} runs into the next word", mark);
                finding.fix = "add a space after the closing mark";
                break;
            case MarkProblem::glued_before:
                finding.rule = "quotes.glued-mark";
                finding.severity = Severity::info;
                finding.message =
                    fmt::format("opening quotation mark {} runs into the previous word", mark);
                finding.fix = "add a space before the opening mark";
                break;
            case MarkProblem::too_deep:
                finding.rule = "quotes.too-deep";
                finding.message =
                    "too many quotation marks open or wrong in this paragraph; the rest are not "
                    "checked";
                break;
        }
        analysis.findings.push_back(std::move(finding));
    }
}

}  // namespace quotecheck
