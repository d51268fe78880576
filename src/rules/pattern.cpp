// Rule kind `pattern`: any regular expression (Boost.Regex, Perl syntax, Unicode-aware), with
// capture groups usable in the message and in a replacement suggested as the fix.
#include "core/finding.hpp"
#include "rules/analysis_queries.hpp"
#include "rules/kind_parameters.hpp"
#include "rules/kinds.hpp"

namespace quotecheck {

namespace {

class Pattern final : public RuleCheck {
  public:
    std::optional<UnicodeRegex> regex;
    MessageTemplate replacement;
    bool in_quotes = false;

    void check(const ArticleView& view, std::vector<RuleHit>& hits) const override {
        const ArticleAnalysis& analysis = view.analysis;
        const std::string_view text = view.text();
        static const std::vector<Span> kNone;
        const std::vector<Span>& regions = in_quotes ? kNone : view.quoted();
        for (Span paragraph : analysis.article.paragraphs) {
            for (const RegexMatch& match : regex->find_all(text, paragraph)) {
                if (match.span.empty() || inside_regions(regions, match.span)) continue;
                RuleHit hit{match.span, {}, {}};
                for (size_t g = 0; g < match.groups.size(); ++g)
                    hit.values.emplace_back(
                        std::to_string(g + 1),
                        match.groups[g] ? std::string(match.groups[g]->in(text)) : std::string{});
                if (!replacement.empty()) {
                    PlaceholderValues values = hit.values;
                    values.emplace_back("match", std::string(match.span.in(text)));
                    hit.fix = replacement_fix(replacement.render(values));
                }
                hits.push_back(std::move(hit));
            }
        }
    }

    std::vector<std::string> placeholders() const override {
        return group_names(regex->group_count());
    }

    static std::vector<std::string> group_names(unsigned count) {
        std::vector<std::string> names;
        for (unsigned g = 1; g <= count; ++g) names.push_back(std::to_string(g));
        return names;
    }
};

}  // namespace

std::unique_ptr<const RuleCheck> make_pattern(StrictTable& parameters, const KindContext&) {
    auto rule = std::make_unique<Pattern>();
    const bool ignore_case = parameters.boolean("ignore_case").value_or(false);
    rule->regex = read_regex(parameters, "pattern", ignore_case, true);
    rule->in_quotes = parameters.boolean("in_quotes").value_or(false);
    if (const std::optional<std::string> replacement = parameters.string("replacement")) {
        std::vector<std::string> allowed = Pattern::group_names(rule->regex->group_count());
        allowed.push_back("match");
        try {
            rule->replacement = MessageTemplate(*replacement, allowed);
        } catch (const std::invalid_argument& e) {
            parameters.fail("replacement", e.what());
        }
    }
    return rule;
}

}  // namespace quotecheck
