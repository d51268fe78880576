#include "report_sample.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "check/builtin_rules.hpp"
#include "check/run_check.hpp"
#include "load/load.hpp"
#include "quotes/extract.hpp"
#include "segment/segment.hpp"

namespace quotecheck::testing {

namespace {

ArticleAnalysis analysed(std::string_view fixture, uint32_t index) {
    const std::string path = fmt::format("fixtures/reports/{}", fixture);
    const auto format = format_for_path(path).value_or(ArticleFormat::text);
    ArticleAnalysis analysis(
        load_bytes(path, read_fixture(fmt::format("reports/{}", fixture)), format));
    Segmenter segmenter;
    analysis.segments = segmenter.segment(analysis.article);
    analysis.extraction = extract_quotes(analysis.article);
    analysis.attributions.resize(analysis.extraction.quotes.size());
    add_builtin_findings(analysis, index);
    return analysis;
}

Span find(const ArticleAnalysis& analysis, std::string_view words, size_t occurrence = 0) {
    const std::string_view text = analysis.article.text();
    size_t at = text.find(words);
    for (size_t i = 0; i < occurrence && at != std::string_view::npos; ++i)
        at = text.find(words, at + 1);
    if (at == std::string_view::npos)
        throw std::logic_error(fmt::format("fixture lacks '{}'", words));
    return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
}

// The quote whose text starts with `words`.
size_t quote_starting(const ArticleAnalysis& analysis, std::string_view words) {
    const std::string_view text = analysis.article.text();
    for (size_t i = 0; i < analysis.extraction.quotes.size(); ++i)
        if (analysis.extraction.quotes[i].text.in(text).starts_with(words)) return i;
    throw std::logic_error(fmt::format("no quote starts with '{}'", words));
}

Attribution attribution(const ArticleAnalysis& analysis, std::string_view name,
                        std::string_view mention, Resolution resolution, std::string_view cue) {
    Attribution out;
    out.speaker = Speaker{std::string(name), find(analysis, mention), resolution, false};
    out.cue = Cue{find(analysis, cue), std::string(cue)};
    return out;
}

void move_findings(CheckResult& result) {
    for (ArticleAnalysis& analysis : result.articles) {
        result.findings.insert(result.findings.end(), analysis.findings.begin(),
                               analysis.findings.end());
        analysis.findings.clear();
    }
    sort_findings(result.findings);
}

}  // namespace

std::string read_fixture(std::string_view relative_path) {
    const std::string path = fmt::format("{}/{}", QUOTECHECK_FIXTURES, relative_path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

CheckResult sample_result() {
    CheckResult result;
    result.articles.push_back(analysed("council-vote.md", 0));
    result.articles.push_back(analysed("tram-wire.txt", 1));
    ArticleAnalysis& council = result.articles[0];
    ArticleAnalysis& wire = result.articles[1];

    const size_t holt_quote = quote_starting(council, "This line");
    council.attributions[holt_quote] =
        attribution(council, "Mira Holt", "Holt told", Resolution::name, "told");
    council.attributions[holt_quote].speaker->mention = find(council, "Holt", 1);
    council.attributions[holt_quote].sources.push_back(
        {"Riverside Courier", find(council, "the Courier"), "told"});
    const size_t reed_quote = quote_starting(council, "We will fund");
    council.attributions[reed_quote] =
        attribution(council, "Jonas Reed", "Reed said", Resolution::name, "said");
    council.attributions[reed_quote].speaker->mention = find(council, "Reed", 1);
    council.attributions[reed_quote].sources.push_back(
        {"Radio North", find(council, "Radio North"), "according to"});

    const size_t wire_holt = quote_starting(wire, "This line");
    wire.attributions[wire_holt] =
        attribution(wire, "Mira Holt", "Councillor Mira Holt", Resolution::name, "said");
    const size_t wire_reed = quote_starting(wire, "fund the first");
    wire.attributions[wire_reed] =
        attribution(wire, "Jonas Reed", "Minister Jonas Reid", Resolution::alias, "said");

    const Span council_holt_text = council.extraction.quotes[holt_quote].text;
    const Span wire_holt_text = wire.extraction.quotes[wire_holt].text;
    council.findings.push_back(
        {"corpus.misquote",
         Severity::warning,
         "the same quote by Mira Holt is worded differently in tram-wire.txt",
         {0, council_holt_text},
         {{{1, wire_holt_text}, "Metro Wire's wording"}},
         "Check the recording and use the exact words."});
    wire.findings.push_back({"corpus.name-variants",
                             Severity::info,
                             "Jonas Reed is spelled 'Jonas Reid' here",
                             {1, find(wire, "Jonas Reid")},
                             {{{0, find(council, "Jonas Reed")}, "spelled 'Jonas Reed'"}},
                             ""});
    const size_t placard = quote_starting(council, "Nobody asked");
    council.findings.push_back({"attribution.unattributed-quote",
                                Severity::error,
                                "quotation has no speaker",
                                {0, council.extraction.quotes[placard].text},
                                {},
                                ""});
    move_findings(result);

    // The rule table is written here rather than taken from the built-in rules, so that the
    // golden reports change only when the reports do.
    result.rules.push_back(
        {"quotes.unclosed-mark", Severity::warning, "Quotation mark never closed",
         "An opening quotation mark has no closing mark before the paragraph ends.",
         "Add the closing mark where the quoted words end."});
    result.rules.push_back(
        {"attribution.unattributed-quote", Severity::error, "Quotation without a speaker",
         "Every quotation needs a named speaker nearby, so readers know whose words they are.",
         "Name the speaker next to the quote, or remove the quotation marks."});
    result.rules.push_back(
        {"corpus.misquote", Severity::warning, "Same quote, different words",
         "Two articles give the same quotation by the same speaker with different wording.",
         "Check the source and use the exact words; mark cuts with an ellipsis."});
    result.rules.push_back({"corpus.name-variants", Severity::info, "Name spelled several ways",
                            "One person's name is spelled differently across articles.",
                            "Use the spelling from the roster."});
    return result;
}

CheckResult hostile_result() {
    CheckResult result;
    result.articles.push_back(analysed("hostile.txt", 0));
    result.articles.push_back(analysed("hostile.html", 1));
    ArticleAnalysis& text = result.articles[0];
    text.attributions[0] =
        attribution(text, "The <b>editor</b>", "The editor", Resolution::descriptor, "said");
    text.attributions[0].sources.push_back(
        {"<img src=x onerror=alert(1)>", find(text, "in the meeting"), "at"});
    text.findings.push_back({"attribution.unattributed-quote",
                             Severity::error,
                             "quote \"<script>alert('message')</script>\" has no speaker",
                             {0, text.extraction.quotes[1].text},
                             {{{1, {0, 3}}, "</textarea><script>alert('related')</script>"}},
                             "<a href=\"javascript:alert('fix')\">fix me</a>"});
    move_findings(result);
    result.rules = builtin_rules();
    result.rules.push_back({"attribution.unattributed-quote", Severity::error,
                            "<b>Quotation</b> without a speaker", "<script>alert('rule')</script>",
                            "<i>Name the speaker</i>"});
    return result;
}

CheckResult single_article_result(std::string path, std::string bytes) {
    CheckResult result;
    const auto format = format_for_path(path).value_or(ArticleFormat::text);
    result.articles.push_back(
        analyse_article(load_bytes(std::move(path), std::move(bytes), format), 0));
    move_findings(result);
    result.rules = builtin_rules();
    return result;
}

}  // namespace quotecheck::testing
