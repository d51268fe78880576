// What the parts of the HTML report share: anchor names, speaker colours and which findings
// belong to which article, computed once from the CheckResult.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "check/result.hpp"
#include "report/html_tree.hpp"

namespace quotecheck::html {

struct ReportContext {
    explicit ReportContext(const CheckResult& checked);

    const CheckResult& result;
    std::vector<std::vector<size_t>> findings_of_article;  // indices into result.findings
    std::vector<unsigned> number_in_article;               // 1-based, per finding
    std::vector<bool> cross_article;  // has a related location in another article
    std::map<std::string, unsigned, std::less<>> speaker_colour;  // speaker name → colour index

    std::string article_anchor(uint32_t article) const;
    std::string finding_anchor(size_t finding) const;  // the entry in the article's findings list
    std::string flag_anchor(size_t finding) const;     // the marker in the article text
    std::string cross_anchor(size_t finding) const;    // the card in the cross-article section
    std::string quote_anchor(uint32_t article, size_t quote) const;
    // "sp3": the colour class for a speaker, cycling through the style sheet's palette.
    std::string speaker_class(std::string_view name) const;
    // Space-separated article numbers a finding concerns (for the article filter).
    std::string articles_of(const Finding& finding) const;
    // The fix to show: the finding's own, else its rule's.
    std::string_view fix_for(const Finding& finding) const;
};

std::string_view severity_name(Severity severity);

// "#anchor", the href of a link to an element of the page. (Built by appending: GCC 12 warns
// falsely, -Wrestrict, about `"#" + anchor` once it is inlined.)
inline std::string link_to(std::string_view anchor) {
    std::string href;
    href.reserve(anchor.size() + 1);
    href += '#';
    href += anchor;
    return href;
}

// A passage around `span` (its sentences, or a window when they are long) with the span itself
// highlighted, as a <blockquote>.
void add_passage(Node parent, const ArticleAnalysis& analysis, Span span);

// The article text with quotes, speakers, sources and finding markers, one <p> per paragraph.
void add_article_text(Node parent, const ReportContext& context, uint32_t article);
// Who said what: one row per quote.
void add_speaker_table(Node parent, const ReportContext& context, uint32_t article);
// One <li class="finding"> with message, rule, location, fix and related locations.
void add_finding_item(Node list, const ReportContext& context, size_t finding,
                      bool in_cross_section);

}  // namespace quotecheck::html
