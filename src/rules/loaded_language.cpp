// Rule kind `loaded-language`: words and phrases that judge rather than report, each listed
// with why. Quoted speech is skipped: it is the speaker's voice, not the writer's.
#include <fmt/format.h>

#include "rules/analysis_queries.hpp"
#include "rules/kinds.hpp"
#include "rules/phrase_set.hpp"

namespace quotecheck {

namespace {

class LoadedLanguage final : public RuleCheck {
  public:
    PhraseSet phrases;
    std::vector<std::string> explanations;
    bool in_quotes = false;

    void check(const ArticleView& view, std::vector<RuleHit>& hits) const override {
        for (size_t p = 0; p < view.analysis.article.paragraphs.size(); ++p)
            for (const PhraseSet::Hit& hit :
                 phrases.find(view.text(), in_quotes ? view.words(p) : view.writer_words(p)))
                hits.push_back({hit.span, {{"explanation", explanations[hit.value]}}, {}});
    }

    std::vector<std::string> placeholders() const override { return {"explanation"}; }
};

}  // namespace

std::unique_ptr<const RuleCheck> make_loaded_language(StrictTable& parameters, const KindContext&) {
    auto rule = std::make_unique<LoadedLanguage>();
    const auto words = parameters.string_map("words");
    if (words.empty())
        parameters.fail("words", "must list at least one word: [rule.words] \"word\" = \"why\"");
    for (const auto& [phrase, explanation] : words) {
        if (!rule->phrases.add(phrase, static_cast<uint32_t>(rule->explanations.size())))
            parameters.fail("words",
                            fmt::format("entry \"{}\" has no words or repeats another", phrase));
        rule->explanations.push_back(explanation);
    }
    rule->in_quotes = parameters.boolean("in_quotes").value_or(false);
    return rule;
}

}  // namespace quotecheck
