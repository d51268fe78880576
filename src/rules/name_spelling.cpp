// Rule kind `name-spelling`: one person's name spelled another way than the house spelling
// (Binyamin / Benjamin Netanyahu). Each group lists the spellings; the first is the house
// choice unless the configuration prefers another one of the group.
#include <fmt/format.h>

#include <algorithm>

#include "core/finding.hpp"
#include "rules/kinds.hpp"
#include "rules/phrase_set.hpp"

namespace quotecheck {

namespace {

class NameSpelling final : public RuleCheck {
  public:
    PhraseSet spellings;
    std::vector<std::string>
        house_for;  // per spelling: the house spelling of its group; "" if it is one

    void check(const ArticleView& view, std::vector<RuleHit>& hits) const override {
        for (size_t p = 0; p < view.analysis.article.paragraphs.size(); ++p)
            for (const PhraseSet::Hit& hit : spellings.find(view.text(), view.words(p))) {
                const std::string& house = house_for[hit.value];
                if (house.empty()) continue;
                hits.push_back({hit.span, {{"house", house}}, replacement_fix(house)});
            }
    }

    std::vector<std::string> placeholders() const override { return {"house"}; }
};

}  // namespace

std::unique_ptr<const RuleCheck> make_name_spelling(StrictTable& parameters,
                                                    const KindContext& context) {
    auto rule = std::make_unique<NameSpelling>();
    const toml::array* groups = parameters.array("names");
    if (!groups || groups->empty())
        parameters.fail(
            "names",
            "must list at least one [[rule.names]] with spellings = [\"House\", \"Variant\"]");
    for (const toml::node& node : *groups) {
        if (!node.is_table())
            parameters.fail("names", "must be an array of tables ([[rule.names]])");
        StrictTable group(*node.as_table(), parameters.path(), "name group");
        const std::vector<std::string> spellings = group.strings("spellings");
        group.finish();
        if (spellings.size() < 2)
            group.fail("spellings", "must list the house spelling and at least one variant");
        std::string house = spellings.front();
        for (const std::string& preferred : context.preferred_spellings)
            if (std::find(spellings.begin(), spellings.end(), preferred) != spellings.end())
                house = preferred;
        for (const std::string& spelling : spellings) {
            if (!rule->spellings.add(spelling, static_cast<uint32_t>(rule->house_for.size())))
                group.fail("spellings", fmt::format("\"{}\" is empty or listed twice", spelling));
            rule->house_for.push_back(spelling == house ? std::string{} : house);
        }
    }
    return rule;
}

}  // namespace quotecheck
