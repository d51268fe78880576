#include "rules/kinds.hpp"

namespace quotecheck {

const std::vector<RuleKind>& rule_kinds() {
    static const std::vector<RuleKind> kinds = {
        {"unattributed-quote", "a direct or block quote with no speaker", &make_unattributed_quote},
        {"vague-attribution", "\"reportedly\", \"sources said\" with no named source",
         &make_vague_attribution},
        {"unsourced-claim", "a statement of fact in the writer's voice that needs a source",
         &make_unsourced_claim},
        {"loaded-language", "words from a list, each with an explanation, outside quotes",
         &make_loaded_language},
        {"name-spelling", "a name spelled other than the house spelling", &make_name_spelling},
        {"pattern", "any regular expression, with a capture-aware message", &make_pattern},
    };
    return kinds;
}

const RuleKind* find_rule_kind(std::string_view name) {
    for (const RuleKind& kind : rule_kinds())
        if (kind.name == name) return &kind;
    return nullptr;
}

}  // namespace quotecheck
