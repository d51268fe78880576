// Rule kind `unsourced-claim`: a statement of fact in the writer's own voice that needs a
// source ("later found not to be", "it emerged that"), when nothing in its sentence gives one.
#include "rules/analysis_queries.hpp"
#include "rules/kind_parameters.hpp"
#include "rules/kinds.hpp"

namespace quotecheck {

namespace {

class UnsourcedClaim final : public RuleCheck {
  public:
    PhraseSet phrases;
    std::optional<UnicodeRegex> sourced_by;

    void check(const ArticleAnalysis& analysis, std::vector<RuleHit>& hits) const override {
        const std::string_view text = analysis.article.text();
        const std::vector<Span> regions = quoted_regions(analysis);
        for (Span paragraph : analysis.article.paragraphs) {
            for (const PhraseSet::Hit& hit :
                 phrases.find(words_outside(text, paragraph, regions))) {
                const Span sentence = sentence_around(analysis, hit.span.start);
                if (sentence_names_speaker_or_source(analysis, sentence)) continue;
                if (sourced_by && sourced_by->matches_somewhere(text, sentence)) continue;
                hits.push_back({hit.span, {}, {}});
            }
        }
    }
};

}  // namespace

std::unique_ptr<const RuleCheck> make_unsourced_claim(StrictTable& parameters, const KindContext&) {
    auto rule = std::make_unique<UnsourcedClaim>();
    rule->phrases = read_phrases(parameters, "phrases", true);
    rule->sourced_by = read_regex(parameters, "sourced_by", false, false);
    return rule;
}

}  // namespace quotecheck
