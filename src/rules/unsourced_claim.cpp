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

    void check(const ArticleView& view, std::vector<RuleHit>& hits) const override {
        const ArticleAnalysis& analysis = view.analysis;
        const std::string_view text = view.text();
        for (size_t p = 0; p < analysis.article.paragraphs.size(); ++p) {
            for (const PhraseSet::Hit& hit : phrases.find(view.text(), view.writer_words(p))) {
                const Span sentence = sentence_around(analysis, hit.span.start);
                if (sentence_names_source(analysis, sentence, hit.span, true)) continue;
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
