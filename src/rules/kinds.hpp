// The table of rule kinds: each kind is one .cpp with one factory, listed once in kinds.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"
#include "rules/strict_table.hpp"

namespace quotecheck {

// What a kind may read besides its own parameters: the house choices of the configuration.
struct KindContext {
    std::vector<std::string> preferred_spellings;
};

using RuleFactory = std::unique_ptr<const RuleCheck> (*)(StrictTable& parameters,
                                                         const KindContext& context);

struct RuleKind {
    std::string_view name;
    std::string_view summary;
    RuleFactory make;
};

const std::vector<RuleKind>& rule_kinds();
const RuleKind* find_rule_kind(std::string_view name);

// The factories, one per kind file.
std::unique_ptr<const RuleCheck> make_unattributed_quote(StrictTable& parameters,
                                                         const KindContext& context);
std::unique_ptr<const RuleCheck> make_vague_attribution(StrictTable& parameters,
                                                        const KindContext& context);
std::unique_ptr<const RuleCheck> make_unsourced_claim(StrictTable& parameters,
                                                      const KindContext& context);
std::unique_ptr<const RuleCheck> make_loaded_language(StrictTable& parameters,
                                                      const KindContext& context);
std::unique_ptr<const RuleCheck> make_name_spelling(StrictTable& parameters,
                                                    const KindContext& context);
std::unique_ptr<const RuleCheck> make_pattern(StrictTable& parameters, const KindContext& context);

}  // namespace quotecheck
