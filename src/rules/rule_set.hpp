// Loading rule packs (the embedded defaults, the configuration's rule directories, --rules)
// into one immutable RuleSet with the configuration applied, and running it over an article.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "rules/config.hpp"
#include "rules/kinds.hpp"
#include "rules/rule.hpp"

namespace quotecheck {

// The finding a rule gives when its regex exceeds Boost.Regex's complexity limit on a text.
inline constexpr std::string_view kRegexLimitRule = "rules.regex-limit";

struct RulePack {
    std::string name;  // file name without .toml
    std::string file;  // "rules/style.toml" for a default pack, else the path it was read from
    std::string description;
    std::vector<std::shared_ptr<const Rule>> rules;
};

// Parses one pack file. A TOML file without a [pack] table and without [[rule]]s is not a
// pack (the attribution lexicons live next to the packs) and gives nullopt. Throws ConfigError.
std::optional<RulePack> load_pack(std::string_view bytes, const std::string& file,
                                  const KindContext& context);

// Runs one rule over one article at the given severity. A regex that exceeds its complexity
// limit stops that rule on this article with a kRegexLimitRule finding naming it.
void run_rule(const Rule& rule, Severity severity, const ArticleAnalysis& analysis,
              uint32_t article_index, std::vector<Finding>& findings);

class RuleSet {
  public:
    // Every default pack, then the packs of `config.rule_dirs` and `extra_dirs`, with the
    // configuration applied. `builtin_rule_ids` are the rules outside packs (input.*,
    // quotes.*) that the configuration may also name. Throws ConfigError; nothing half-loaded
    // is ever returned.
    static std::shared_ptr<const RuleSet> load(const Config& config,
                                               const std::vector<std::filesystem::path>& extra_dirs,
                                               const std::vector<std::string>& builtin_rule_ids,
                                               bool include_defaults = true);

    const std::vector<RulePack>& packs() const { return packs_; }
    const Rule* find(std::string_view id) const;
    bool enabled(const Rule& rule) const;
    Severity severity(const Rule& rule) const;
    const Config& config() const { return config_; }

    // Findings of every enabled rule on one article.
    void run(const ArticleAnalysis& analysis, uint32_t article_index,
             std::vector<Finding>& findings) const;
    // The configuration's verdict on any finding, pack rule or built-in: false when its rule
    // or pack is disabled, else its severity is set to the configured one.
    bool adjust(Finding& finding) const;

  private:
    const RuleSetting* setting(std::string_view rule_id) const;
    bool pack_enabled(std::string_view pack) const;

    Config config_;
    std::vector<RulePack> packs_;
};

}  // namespace quotecheck
