#include "check/fingerprint.hpp"

#include <fmt/format.h>
#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>
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
    // Each finding's hash on its own, in parallel (a JSON or SARIF report waits for them all);
    // the occurrence numbers then count in report order.
    std::vector<uint64_t> bases(result.findings.size());
    // The findings come article by article, and each thread takes a run of them: it reads each
    // article (its file again, when the run released its text) once.
    struct LastRead {
        uint32_t article = UINT32_MAX;
        ArticleText text;
    };
    tbb::enumerable_thread_specific<LastRead> last_read;
    tbb::parallel_for(size_t{0}, bases.size(), [&](size_t i) {
        const Finding& finding = result.findings[i];
        const ArticleAnalysis& analysis = result.articles.at(finding.where.article);
        LastRead& last = last_read.local();
        if (last.article != finding.where.article) {
            last.text = analysis.article.read();
            last.article = finding.where.article;
        }
        const std::string_view text = last.text.text();
        const Span span = finding.where.span;
        std::string matched = span.end <= text.size() ? normalised(span.in(text)) : std::string{};
        if (matched.empty()) matched = finding.message;
        const std::string key =
            fmt::format("{}\x1f{}\x1f{}", finding.rule, analysis.article.path(), matched);
        bases[i] = XXH3_64bits(key.data(), key.size());
    });
    std::vector<std::string> out;
    out.reserve(bases.size());
    std::map<uint64_t, unsigned> seen;
    for (const uint64_t base : bases) out.push_back(fmt::format("{:016x}:{}", base, seen[base]++));
    return out;
}

}  // namespace quotecheck
