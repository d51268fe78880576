// Rule kind `unattributed-quote`: a direct or block quotation that nobody is said to have said.
// The speaker comes from the attribution stage; on an article it has not analysed, a quote
// counts as attributed when its paragraphs hold a speech cue outside the quotation marks.
#include <fmt/format.h>

#include <algorithm>

#include "core/utf8.hpp"
#include "rules/analysis_queries.hpp"
#include "rules/kind_parameters.hpp"
#include "rules/kinds.hpp"

namespace quotecheck {

namespace {

class UnattributedQuote final : public RuleCheck {
  public:
    std::vector<QuoteKind> kinds;
    int64_t min_words = 1;
    bool source_is_enough = true;
    PhraseSet fallback_cues;

    void check(const ArticleAnalysis& analysis, std::vector<RuleHit>& hits) const override {
        const std::string_view text = analysis.article.text();
        const bool attributed_by_stage = attribution_ran(analysis);
        const std::vector<Span> regions =
            fallback_cues.empty() ? std::vector<Span>{} : quoted_regions(analysis);
        const auto& quotes = analysis.extraction.quotes;
        for (size_t i = 0; i < quotes.size(); ++i) {
            const Quote& quote = quotes[i];
            if (quote.depth > 0 || std::find(kinds.begin(), kinds.end(), quote.kind) == kinds.end())
                continue;
            if (static_cast<int64_t>(words_in(text, quote.text).size()) < min_words) continue;
            if (attributed_by_stage ? attributed(analysis.attributions[i])
                                    : has_cue(analysis, quote, regions))
                continue;
            hits.push_back({quote.text, {{"kind", std::string(to_string(quote.kind))}}, {}});
        }
    }

    std::vector<std::string> placeholders() const override { return {"kind"}; }

  private:
    bool attributed(const Attribution& attribution) const {
        return attribution.speaker || (source_is_enough && !attribution.sources.empty());
    }

    bool has_cue(const ArticleAnalysis& analysis, const Quote& quote,
                 const std::vector<Span>& regions) const {
        const auto& paragraphs = analysis.article.paragraphs;
        for (uint32_t p = quote.first_paragraph; p <= quote.last_paragraph && p < paragraphs.size();
             ++p)
            if (!fallback_cues.find(words_outside(analysis.article.text(), paragraphs[p], regions))
                     .empty())
                return true;
        return false;
    }
};

}  // namespace

std::unique_ptr<const RuleCheck> make_unattributed_quote(StrictTable& parameters,
                                                         const KindContext&) {
    auto rule = std::make_unique<UnattributedQuote>();
    std::vector<std::string> kinds = parameters.strings("quote_kinds");
    if (kinds.empty()) kinds = {"direct", "block"};
    for (const std::string& name : kinds) {
        if (name == "direct")
            rule->kinds.push_back(QuoteKind::direct);
        else if (name == "block")
            rule->kinds.push_back(QuoteKind::block);
        else if (name == "partial")
            rule->kinds.push_back(QuoteKind::partial);
        else if (name == "scare")
            rule->kinds.push_back(QuoteKind::scare);
        else
            parameters.fail(
                "quote_kinds",
                fmt::format("has \"{}\"; quote kinds are direct, block, partial, scare", name));
    }
    rule->min_words = parameters.integer("min_words").value_or(1);
    rule->source_is_enough = parameters.boolean("source_is_enough").value_or(true);
    rule->fallback_cues = read_phrases(parameters, "fallback_cues", false);
    return rule;
}

}  // namespace quotecheck
