#include "rules/suppression.hpp"

#include <algorithm>
#include <limits>
#include <string_view>

namespace quotecheck {

namespace {

struct ParsedComment {
    std::string_view command;
    std::vector<std::string> rules;
};

// "quotecheck-disable a.b, c -- why" → command and rule list; anything after "--" is a reason.
ParsedComment parse(std::string_view body) {
    ParsedComment parsed;
    if (const size_t reason = body.find(" --"); reason != std::string_view::npos)
        body = body.substr(0, reason);
    size_t i = 0;
    auto next_token = [&]() {
        while (i < body.size() &&
               (body[i] == ' ' || body[i] == ',' || body[i] == '\t' || body[i] == '\n'))
            ++i;
        const size_t start = i;
        while (i < body.size() && body[i] != ' ' && body[i] != ',' && body[i] != '\t' &&
               body[i] != '\n')
            ++i;
        return body.substr(start, i - start);
    };
    parsed.command = next_token();
    for (std::string_view token = next_token(); !token.empty(); token = next_token())
        parsed.rules.emplace_back(token);
    return parsed;
}

}  // namespace

bool Suppressions::Directive::covers(const std::string& rule) const {
    if (rules.empty()) return true;
    return std::any_of(rules.begin(), rules.end(), [&](const std::string& name) {
        return rule == name ||
               (rule.size() > name.size() && rule.starts_with(name) && rule[name.size()] == '.');
    });
}

Suppressions::Suppressions(const Article& article) {
    const SourceFile& source = article.source();
    std::vector<Region> open;
    for (const Comment& comment : article.comments) {
        const ParsedComment parsed = parse(comment.body);
        if (parsed.command == "quotecheck-disable-next-line") {
            const uint32_t end_line =
                source.line(comment.source.end > 0 ? comment.source.end - 1 : 0);
            next_lines_.push_back({end_line + 1, {parsed.rules}});
        } else if (parsed.command == "quotecheck-disable") {
            open.push_back(
                {comment.source.end, std::numeric_limits<uint32_t>::max(), {parsed.rules}});
        } else if (parsed.command == "quotecheck-enable") {
            // Closes the regions it names (all of them when it names none).
            for (auto it = open.begin(); it != open.end();) {
                const bool closes = parsed.rules.empty() || it->directive.rules == parsed.rules;
                if (!closes) {
                    ++it;
                    continue;
                }
                it->end = comment.source.start;
                regions_.push_back(std::move(*it));
                it = open.erase(it);
            }
        }
    }
    for (Region& region : open) regions_.push_back(std::move(region));
}

bool Suppressions::silences(const Article& article, const Finding& finding) const {
    if (empty()) return false;
    const uint32_t at = article.to_source(finding.where.span).start;
    for (const Region& region : regions_)
        if (at >= region.start && at < region.end && region.directive.covers(finding.rule))
            return true;
    if (next_lines_.empty()) return false;
    // The line alone: it needs no bytes, so a released article's file is never read for it.
    const uint32_t line = article.source().line(at);
    for (const LineDirective& next : next_lines_)
        if (next.line == line && next.directive.covers(finding.rule)) return true;
    return false;
}

}  // namespace quotecheck
