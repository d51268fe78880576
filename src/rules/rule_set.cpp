#include "rules/rule_set.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "core/diagnostic.hpp"
#include "core/embedded.hpp"
#include "load/load.hpp"
#include "rules/analysis_queries.hpp"
#include "rules/strict_table.hpp"
#include "rules/unicode_regex.hpp"

namespace quotecheck {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kCommonPlaceholders = {"match", "excerpt", "speaker", "source"};

bool valid_rule_id(std::string_view id) {
    if (id.empty() || id.front() == '.' || id.back() == '.' || id.front() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_';
    });
}

std::vector<RuleExample> read_examples(StrictTable& rule_table, const std::string& id) {
    std::vector<RuleExample> examples;
    const toml::array* array = rule_table.array("examples");
    bool triggering = false, quiet = false;
    if (array) {
        for (const toml::node& node : *array) {
            if (!node.is_table())
                rule_table.fail("examples", "must be an array of tables ([[rule.examples]])");
            StrictTable table(*node.as_table(), rule_table.path(),
                              fmt::format("rule '{}' example", id));
            RuleExample example;
            example.line = table.line();
            example.text = table.required_string("text");
            if (!node.as_table()->contains("expect"))
                table.fail(
                    "expect",
                    "is required: the text of each finding, or [] when the rule must not fire");
            example.expect = table.strings("expect");
            table.finish();
            (example.expect.empty() ? quiet : triggering) = true;
            examples.push_back(std::move(example));
        }
    }
    if (!triggering || !quiet)
        throw ConfigError(
            rule_table.path(), rule_table.line(),
            fmt::format(
                "rule '{}' needs [[rule.examples]] that trigger it (expect = [\"…\"]) and that "
                "do not (expect = []); a rule without examples does not load",
                id));
    return examples;
}

std::shared_ptr<const Rule> read_rule(const toml::table& table, const RulePack& pack,
                                      const KindContext& context) {
    StrictTable reader(table, pack.file, "rule");
    auto rule = std::make_shared<Rule>();
    rule->pack = pack.name;
    rule->file = pack.file;
    rule->line = reader.line();
    rule->id = reader.required_string("id");
    if (!valid_rule_id(rule->id))
        reader.fail(
            "id",
            fmt::format("\"{}\" must use lower-case letters, digits, '-', '_' and '.'", rule->id));
    StrictTable params(table, pack.file, fmt::format("rule '{}'", rule->id));
    params.required_string("id");

    const std::string kind_name = params.required_string("kind");
    const RuleKind* kind = find_rule_kind(kind_name);
    if (!kind) {
        std::vector<std::string> names;
        for (const RuleKind& k : rule_kinds()) names.emplace_back(k.name);
        std::string message = fmt::format("unknown kind \"{}\"", kind_name);
        if (auto suggestion = closest_match(kind_name, names))
            message += fmt::format(" (did you mean '{}'?)", *suggestion);
        params.fail("kind", message);
    }
    rule->kind = kind_name;
    const std::string severity = params.required_string("severity");
    const std::optional<Severity> parsed = parse_severity(severity);
    if (!parsed)
        params.fail(
            "severity",
            fmt::format("must be \"error\", \"warning\" or \"info\", not \"{}\"", severity));
    rule->severity = *parsed;
    rule->summary = params.required_string("summary");
    rule->description = params.required_string("description");
    rule->fix = params.required_string("fix");
    rule->enabled_by_default = params.boolean("enabled").value_or(true);
    const std::string message = params.required_string("message");
    rule->examples = read_examples(params, rule->id);
    rule->check = kind->make(params, context);
    params.finish();

    std::vector<std::string> allowed = kCommonPlaceholders;
    for (std::string& name : rule->check->placeholders()) allowed.push_back(std::move(name));
    try {
        rule->message = MessageTemplate(message, allowed);
    } catch (const std::invalid_argument& e) {
        params.fail("message", e.what());
    }
    return rule;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ConfigError(path.string(), 0, "cannot read rule pack");
    std::stringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::vector<fs::path> pack_files(const fs::path& dir) {
    std::error_code error;
    if (!fs::is_directory(dir, error))
        throw ConfigError(dir.string(), 0, "rule directory not found");
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, error))
        if (entry.path().extension() == ".toml" && entry.is_regular_file(error))
            files.push_back(entry.path());
    if (error)
        throw ConfigError(dir.string(), 0,
                          fmt::format("cannot list rule directory: {}", error.message()));
    std::sort(files.begin(), files.end());
    return files;
}

std::string excerpt(std::string_view text) {
    std::string out;
    size_t code_points = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
            continue;
        }
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++code_points > 60) {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            return out + "…";
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace

std::optional<RulePack> load_pack(std::string_view bytes, const std::string& file,
                                  const KindContext& context) {
    toml::table document;
    try {
        document = toml::parse(bytes, file);
    } catch (const toml::parse_error& e) {
        throw ConfigError(file, e.source().begin.line, std::string(e.description()));
    }
    if (!document.contains("pack")) {
        if (document.contains("rule"))
            throw ConfigError(file, 1,
                              "a rule pack needs a [pack] table (with an optional description)");
        return std::nullopt;
    }
    RulePack pack;
    pack.file = file;
    pack.name = fs::path(file).stem().string();
    StrictTable root(document, file, "pack");
    if (const toml::table* header = root.table("pack")) {
        StrictTable table(*header, file, "[pack]");
        pack.description = table.string("description").value_or("");
        table.finish();
    }
    const toml::array* rules = root.array("rule");
    root.finish();
    if (!rules || rules->empty()) throw ConfigError(file, 1, "the pack has no [[rule]]");
    for (const toml::node& node : *rules) {
        if (!node.is_table())
            throw ConfigError(file, line_of(node), "'rule' must be an array of tables ([[rule]])");
        pack.rules.push_back(read_rule(*node.as_table(), pack, context));
    }
    return pack;
}

void run_rule(const Rule& rule, Severity severity, const ArticleAnalysis& analysis,
              uint32_t article_index, std::vector<Finding>& findings) {
    run_rule(rule, severity, ArticleView(analysis), article_index, findings);
}

void run_rule(const Rule& rule, Severity severity, const ArticleView& view, uint32_t article_index,
              std::vector<Finding>& findings) {
    const ArticleAnalysis& analysis = view.analysis;
    std::vector<RuleHit> hits;
    try {
        rule.check->check(view, hits);
    } catch (const RegexLimitExceeded& limit) {
        Finding finding;
        finding.rule = std::string(kRegexLimitRule);
        finding.severity = Severity::error;
        finding.message = fmt::format(
            "rule '{}' ({}:{}) stopped: its regular expression needs more backtracking on this "
            "paragraph than "
            "Boost.Regex allows; simplify the pattern",
            rule.id, rule.file, rule.line);
        finding.where = {article_index, {limit.window.start, limit.window.start}};
        findings.push_back(std::move(finding));
    }
    const std::string_view text = analysis.article.text();
    for (RuleHit& hit : hits) {
        PlaceholderValues values = std::move(hit.values);
        values.emplace_back("match", std::string(hit.span.in(text)));
        values.emplace_back("excerpt", excerpt(hit.span.in(text)));
        const int quote = quote_containing(analysis, hit.span);
        std::string speaker, source;
        if (quote >= 0 && static_cast<size_t>(quote) < analysis.attributions.size()) {
            const Attribution& attribution = analysis.attributions[static_cast<size_t>(quote)];
            if (attribution.speaker) speaker = attribution.speaker->name;
            if (!attribution.sources.empty()) source = attribution.sources.front().name;
        }
        values.emplace_back("speaker", std::move(speaker));
        values.emplace_back("source", std::move(source));
        Finding finding;
        finding.rule = rule.id;
        finding.severity = severity;
        finding.message = rule.message.render(values);
        finding.where = {article_index, hit.span};
        finding.fix = std::move(hit.fix);
        findings.push_back(std::move(finding));
    }
}

std::shared_ptr<const RuleSet> RuleSet::load(const Config& config,
                                             const std::vector<fs::path>& extra_dirs,
                                             const std::vector<std::string>& builtin_rule_ids,
                                             bool include_defaults) {
    auto set = std::make_shared<RuleSet>();
    set->config_ = config;
    const KindContext context{config.preferred_spellings};
    if (include_defaults)
        for (const EmbeddedFile& file : embedded_rule_files()) {
            if (is_lexicon_file(file.path)) continue;
            if (auto pack = load_pack(file.bytes, "rules/" + std::string(file.path), context))
                set->packs_.push_back(std::move(*pack));
        }
    std::vector<fs::path> dirs = config.rule_dirs;
    dirs.insert(dirs.end(), extra_dirs.begin(), extra_dirs.end());
    for (const fs::path& dir : dirs)
        for (const fs::path& path : pack_files(dir))
            if (auto pack = load_pack(read_file(path), path.string(), context))
                set->packs_.push_back(std::move(*pack));

    std::map<std::string_view, const Rule*> ids;
    std::vector<std::string> all_ids = builtin_rule_ids, pack_names;
    for (const std::string& id : builtin_rule_ids) pack_names.push_back(id.substr(0, id.find('.')));
    pack_names.emplace_back(kRegexLimitRule.substr(0, kRegexLimitRule.find('.')));
    for (const RulePack& pack : set->packs_) {
        pack_names.push_back(pack.name);
        for (const auto& rule : pack.rules) {
            auto [it, inserted] = ids.emplace(rule->id, rule.get());
            if (!inserted)
                throw ConfigError(rule->file, rule->line,
                                  fmt::format("rule id '{}' is already defined at {}:{}", rule->id,
                                              it->second->file, it->second->line));
            if (std::find(builtin_rule_ids.begin(), builtin_rule_ids.end(), rule->id) !=
                builtin_rule_ids.end())
                throw ConfigError(rule->file, rule->line,
                                  fmt::format("rule id '{}' is a built-in rule", rule->id));
            all_ids.push_back(rule->id);
        }
    }
    for (const auto& [name, setting] : config.packs) {
        if (std::find(pack_names.begin(), pack_names.end(), name) != pack_names.end()) continue;
        std::string message = fmt::format("packs.{}: no rule pack of that name", name);
        if (auto suggestion = closest_match(name, pack_names))
            message += fmt::format(" (did you mean '{}'?)", *suggestion);
        throw ConfigError(config.file.string(), setting.line, message);
    }
    for (const auto& [id, setting] : config.rules) {
        if (std::find(all_ids.begin(), all_ids.end(), id) != all_ids.end()) continue;
        std::string message = fmt::format("rules.\"{}\": no rule with that id", id);
        if (auto suggestion = closest_match(id, all_ids))
            message += fmt::format(" (did you mean '{}'?)", *suggestion);
        throw ConfigError(config.file.string(), setting.line, message);
    }
    return set;
}

const Rule* RuleSet::find(std::string_view id) const {
    for (const RulePack& pack : packs_)
        for (const auto& rule : pack.rules)
            if (rule->id == id) return rule.get();
    return nullptr;
}

const RuleSetting* RuleSet::setting(std::string_view rule_id) const {
    auto it = config_.rules.find(std::string(rule_id));
    return it == config_.rules.end() ? nullptr : &it->second;
}

bool RuleSet::pack_enabled(std::string_view pack) const {
    auto it = config_.packs.find(std::string(pack));
    return it == config_.packs.end() || it->second.enabled;
}

bool RuleSet::enabled(const Rule& rule) const {
    const RuleSetting* s = setting(rule.id);
    if (s && s->enabled) return *s->enabled;
    return rule.enabled_by_default && pack_enabled(rule.pack);
}

Severity RuleSet::severity(const Rule& rule) const {
    const RuleSetting* s = setting(rule.id);
    return s && s->severity ? *s->severity : rule.severity;
}

void RuleSet::run(const ArticleAnalysis& analysis, uint32_t article_index,
                  std::vector<Finding>& findings) const {
    if (analysis.article.problem) return;
    const ArticleView view(analysis);
    for (const RulePack& pack : packs_)
        for (const auto& rule : pack.rules)
            if (enabled(*rule)) run_rule(*rule, severity(*rule), view, article_index, findings);
}

bool RuleSet::adjust(Finding& finding) const {
    if (const RuleSetting* s = setting(finding.rule)) {
        if (s->enabled && !*s->enabled) return false;
        if (s->severity) finding.severity = *s->severity;
        return true;
    }
    if (find(finding.rule)) return true;  // pack rules ran only when enabled
    const std::string_view id = finding.rule;
    return pack_enabled(id.substr(0, id.find('.')));
}

}  // namespace quotecheck
