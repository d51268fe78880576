#include "report/sarif.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>

#include "check/fingerprint.hpp"
#include "core/version.hpp"
#include "report/location.hpp"

namespace quotecheck {

namespace {

using nlohmann::json;

std::string_view sarif_level(Severity severity) {
    switch (severity) {
        case Severity::error:
            return "error";
        case Severity::warning:
            return "warning";
        case Severity::info:
            return "note";
    }
    return "warning";
}

std::string percent_encoded(std::string_view path) {
    std::string out;
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved =
            std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved && byte < 0x80)
            out.push_back(c);
        else
            out += fmt::format("%{:02X}", byte);
    }
    return out;
}

json rule_json(const RuleInfo& rule) {
    const std::string summary = rule.summary.empty() ? rule.id : rule.summary;
    const std::string description = rule.description.empty() ? summary : rule.description;
    std::string help = description;
    std::string help_markdown = description;
    if (!rule.fix.empty()) {
        help += "\n\nHow to fix: " + rule.fix;
        help_markdown += "\n\n**How to fix:** " + rule.fix;
    }
    return {{"id", rule.id},
            {"name", rule.id},
            {"shortDescription", {{"text", summary}}},
            {"fullDescription", {{"text", description}}},
            {"help", {{"text", help}, {"markdown", help_markdown}}},
            {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}},
            {"properties",
             {{"tags", json::array({"quotecheck", rule.id.substr(0, rule.id.find('.'))})}}}};
}

json physical_location(const ResolvedLocation& at) {
    return {{"artifactLocation", {{"uri", artifact_uri(at.path)}}},
            {"region",
             {{"startLine", at.begin.line},
              {"startColumn", at.begin.column},
              {"endLine", at.finish.line},
              {"endColumn", at.finish.column},
              {"byteOffset", at.start},
              {"byteLength", at.end - at.start}}}};
}

}  // namespace

std::string artifact_uri(std::string_view path) {
    namespace fs = std::filesystem;
    fs::path p{std::string(path)};
    if (p.is_relative()) return percent_encoded(p.lexically_normal().generic_string());
    std::error_code error;
    const fs::path cwd = fs::current_path(error);
    if (!error) {
        const fs::path relative = p.lexically_normal().lexically_relative(cwd);
        if (!relative.empty() && *relative.begin() != "..")
            return percent_encoded(relative.generic_string());
    }
    return "file://" + percent_encoded(p.lexically_normal().generic_string());
}

json sarif_report(const CheckResult& result) {
    // Every rule the run can report, plus any rule a finding names that the table lacks, so that
    // every result's ruleIndex points at a descriptor.
    std::vector<RuleInfo> rules = result.rules;
    std::map<std::string, size_t, std::less<>> index;
    for (size_t i = 0; i < rules.size(); ++i) index.emplace(rules[i].id, i);
    for (const Finding& finding : result.findings) {
        if (index.contains(finding.rule)) continue;
        index.emplace(finding.rule, rules.size());
        rules.push_back({finding.rule, finding.severity, finding.rule, "", ""});
    }
    json rule_list = json::array();
    for (const RuleInfo& rule : rules) rule_list.push_back(rule_json(rule));

    const std::vector<std::string> prints = fingerprints(result);
    const FindingLocations places(result);
    json results = json::array();
    for (size_t i = 0; i < result.findings.size(); ++i) {
        const Finding& finding = result.findings[i];
        std::string message = finding.message;
        if (!finding.fix.empty()) message += " (" + finding.fix + ")";
        json item = {{"ruleId", finding.rule},
                     {"ruleIndex", index.at(finding.rule)},
                     {"level", sarif_level(finding.severity)},
                     {"message", {{"text", message}}},
                     {"locations",
                      json::array({{{"physicalLocation", physical_location(places.where(i))}}})},
                     {"partialFingerprints", {{"quotecheck/v1", prints[i]}}}};
        if (!finding.related.empty()) {
            json related = json::array();
            for (size_t r = 0; r < finding.related.size(); ++r) {
                const RelatedLocation& where = finding.related[r];
                json location = {{"id", r + 1},
                                 {"physicalLocation", physical_location(places.related(i, r))}};
                if (!where.message.empty()) location["message"] = {{"text", where.message}};
                related.push_back(std::move(location));
            }
            item["relatedLocations"] = std::move(related);
        }
        results.push_back(std::move(item));
    }

    json run = {{"tool",
                 {{"driver",
                   {{"name", "quotecheck"},
                    {"version", kVersion},
                    {"semanticVersion", kVersion},
                    {"rules", std::move(rule_list)}}}}},
                {"columnKind", "unicodeCodePoints"},
                {"results", std::move(results)}};
    return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
            {"version", "2.1.0"},
            {"runs", json::array({std::move(run)})}};
}

void write_sarif_report(std::ostream& out, const CheckResult& result) {
    out << sarif_report(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << '\n';
}

}  // namespace quotecheck
