#include "check/fingerprint.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <cctype>
#include <map>
#include <span>

#include "core/article_runs.hpp"

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
    // Each finding's hash on its own, in parallel (a JSON or SARIF report waits for them all);
    // the occurrence numbers then count in report order.
    std::vector<uint64_t> bases(result.findings.size());
    // Each article is read once for all of its findings (its file again, when the run released
    // its text), articles in parallel.
    for_each_article_run(
        bases.size(), [&](uint32_t i) { return result.findings[i].where.article; },
        [&](uint32_t a, std::span<const uint32_t> run) {
            const Article& article = result.articles.at(a).article;
            const ArticleText read = article.read();
            const std::string_view text = read.text();
            for (const uint32_t i : run) {
                const Finding& finding = result.findings[i];
                const Span span = finding.where.span;
                std::string matched =
                    span.end <= text.size() ? normalised(span.in(text)) : std::string{};
                if (matched.empty()) matched = finding.message;
                const std::string key =
                    fmt::format("{}\x1f{}\x1f{}", finding.rule, article.path(), matched);
                bases[i] = XXH3_64bits(key.data(), key.size());
            }
        });
    std::vector<std::string> out;
    out.reserve(bases.size());
    std::map<uint64_t, unsigned> seen;
    for (const uint64_t base : bases) out.push_back(fmt::format("{:016x}:{}", base, seen[base]++));
    return out;
}

}  // namespace quotecheck
