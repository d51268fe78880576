// Rule kind `vague-attribution`: "reportedly", "sources said", "it is believed" — attribution
// that names no one — unless a named source in the same sentence covers it.
#include <algorithm>

#include "rules/analysis_queries.hpp"
#include "rules/kind_parameters.hpp"
#include "rules/kinds.hpp"

namespace quotecheck {

namespace {

class VagueAttributionRule final : public RuleCheck {
  public:
    PhraseSet phrases;
    std::optional<UnicodeRegex> covered_by;

    void check(const ArticleView& view, std::vector<RuleHit>& hits) const override {
        const ArticleAnalysis& analysis = view.analysis;
        const std::vector<Span>& regions = view.quoted();
        std::vector<Span> found;
        for (size_t p = 0; p < analysis.article.paragraphs.size(); ++p)
            for (const PhraseSet::Hit& hit : phrases.find(view.text(), view.writer_words(p)))
                found.push_back(hit.span);
        // What the attribution stage recognised as vague counts too, unless a phrase above
        // already covers it.
        for (const VagueAttribution& vague : analysis.vague) {
            if (vague.covered_by_source || inside_regions(regions, vague.span)) continue;
            const bool known = std::any_of(found.begin(), found.end(),
                                           [&](Span s) { return s.overlaps(vague.span); });
            if (!known) found.push_back(vague.span);
        }
        std::sort(found.begin(), found.end(), [](Span a, Span b) { return a.start < b.start; });
        for (Span span : found) {
            if (covered(analysis, span)) continue;
            hits.push_back({span, {}, {}});
        }
    }

  private:
    bool covered(const ArticleAnalysis& analysis, Span span) const {
        for (const VagueAttribution& vague : analysis.vague)
            if (vague.covered_by_source && vague.span.overlaps(span)) return true;
        const Span sentence = sentence_around(analysis, span.start);
        if (sentence_names_source(analysis, sentence, span, false)) return true;
        return covered_by && covered_by->matches_somewhere(analysis.article.text(), sentence);
    }
};

}  // namespace

std::unique_ptr<const RuleCheck> make_vague_attribution(StrictTable& parameters,
                                                        const KindContext&) {
    auto rule = std::make_unique<VagueAttributionRule>();
    rule->phrases = read_phrases(parameters, "phrases", true);
    rule->covered_by = read_regex(parameters, "covered_by", false, false);
    return rule;
}

}  // namespace quotecheck
