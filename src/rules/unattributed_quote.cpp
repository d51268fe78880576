// Rule kind `unattributed-quote`: a direct or block quotation that nobody is said to have said.
// The speaker comes from the attribution stage. A speaker guessed only from the previous quote
// does not count unless the rule says so: a new quoted paragraph needs its own attribution.
// Where the stage found no speaker, a speech cue outside the quotation marks in the quote's
// paragraphs ("He said, “…") still counts, so an unresolved pronoun is not reported as missing.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

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
    bool previous_speaker_is_enough = false;
    PhraseSet fallback_cues;

    void check(const ArticleView& view, std::vector<RuleHit>& hits) const override {
        const ArticleAnalysis& analysis = view.analysis;
        const std::string_view text = analysis.article.text();
        const bool attributed_by_stage = attribution_ran(analysis);
        const auto& quotes = analysis.extraction.quotes;
        for (size_t i = 0; i < quotes.size(); ++i) {
            const Quote& quote = quotes[i];
            if (quote.depth > 0 || std::find(kinds.begin(), kinds.end(), quote.kind) == kinds.end())
                continue;
            const auto enough = static_cast<size_t>(std::max<int64_t>(min_words, 0));
            if (count_words(text, quote.text, enough) < enough) continue;
            if (attributed_by_stage && attributed(analysis, i)) continue;
            if (has_cue(view, quote)) continue;
            hits.push_back({quote.text, {{"kind", std::string(to_string(quote.kind))}}, {}});
        }
    }

    std::vector<std::string> placeholders() const override { return {"kind"}; }

  private:
    bool attributed(const ArticleAnalysis& analysis, size_t index) const {
        const Attribution& attribution = analysis.attributions[index];
        if (attribution.speaker &&
            (previous_speaker_is_enough ||
             attribution.speaker->resolution != Resolution::previous_speaker ||
             continues_run(analysis, index)))
            return true;
        return source_is_enough && !attribution.sources.empty();
    }

    // A quote in the paragraph right after a quote of the same speaker (or in the same
    // paragraph) continues that speaker's run of quotes; a paragraph of anything else between
    // them breaks the run, except an interviewer's question:
    //   “We will rebuild,” she said. ¶ “Nobody should fear the next storm.”
    //   “We will rebuild,” she said. ¶ Isn't it risky? ¶ “Of course.”
    // So does a turn of a cross-examination, whose quoted paragraphs take turns after a reply
    // (the attribution stage gives them their speakers):
    //   Smith asked him whether … ¶ “…,” Jones replied. ¶ “That is not what I asked.” ¶ “No.”
    static bool continues_run(const ArticleAnalysis& analysis, size_t index) {
        const auto& quotes = analysis.extraction.quotes;
        const std::string& speaker = analysis.attributions[index].speaker->name;
        size_t current = index;
        for (int turns = 0; turns < 16; ++turns) {
            size_t j = current;
            while (j > 0 && quotes[j - 1].depth > 0) --j;
            if (j-- == 0) return false;
            const uint32_t gap = quotes[current].first_paragraph - quotes[j].last_paragraph;
            const bool adjacent =
                gap <= 1 ||
                (gap == 2 && is_question(analysis, quotes[current].first_paragraph - 1));
            const Attribution& previous = analysis.attributions[j];
            if (!adjacent || !previous.speaker) return false;
            if (current == index && previous.speaker->name == speaker) return true;
            if (previous.cue &&
                (previous.cue->lemma == "reply" || previous.cue->lemma == "answer" ||
                 previous.cue->lemma == "respond"))
                return true;
            if (previous.speaker->resolution != Resolution::previous_speaker) return false;
            current = j;
        }
        return false;
    }

    // A short paragraph ending with a question mark (the quote before it is the previous quote,
    // so it holds no quotation of its own).
    static bool is_question(const ArticleAnalysis& analysis, uint32_t paragraph) {
        const Span span = analysis.article.paragraphs[paragraph];
        std::string_view text = span.in(analysis.article.text());
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
            text.remove_suffix(1);
        return !text.empty() && text.size() < 400 && text.back() == '?';
    }

    bool has_cue(const ArticleView& view, const Quote& quote) const {
        if (fallback_cues.empty()) return false;
        const size_t paragraphs = view.analysis.article.paragraphs.size();
        for (uint32_t p = quote.first_paragraph; p <= quote.last_paragraph && p < paragraphs; ++p)
            if (!fallback_cues.find(view.text(), view.writer_words(p)).empty()) return true;
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
    rule->previous_speaker_is_enough =
        parameters.boolean("previous_speaker_is_enough").value_or(false);
    rule->fallback_cues = read_phrases(parameters, "fallback_cues", false);
    return rule;
}

}  // namespace quotecheck
