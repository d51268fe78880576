#include "check/fingerprint.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <cctype>
#include <map>

namespace quotecheck {

namespace {

std::string normalised(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
            continue;
        }
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

std::vector<std::string> fingerprints(const CheckResult& result) {
    std::vector<std::string> out;
    out.reserve(result.findings.size());
    std::map<uint64_t, unsigned> seen;
    for (const Finding& finding : result.findings) {
        const ArticleAnalysis& analysis = result.articles.at(finding.where.article);
        const std::string_view text = analysis.article.text();
        const Span span = finding.where.span;
        std::string matched = span.end <= text.size() ? normalised(span.in(text)) : std::string{};
        if (matched.empty()) matched = finding.message;
        const std::string key =
            fmt::format("{}\x1f{}\x1f{}", finding.rule, analysis.article.path(), matched);
        const uint64_t base = XXH3_64bits(key.data(), key.size());
        const unsigned occurrence = seen[base]++;
        out.push_back(fmt::format("{:016x}:{}", base, occurrence));
    }
    return out;
}

}  // namespace quotecheck
