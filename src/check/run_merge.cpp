#include "check/run_merge.hpp"

#include <fmt/format.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>

#include "check/article_record.hpp"
#include "check/jobs_limit.hpp"
#include "core/diagnostic.hpp"

namespace quotecheck {

namespace {

struct Line {
    std::string text;
    unsigned number = 0;
};

std::vector<Line> read_lines(const std::string& path) {
    std::ifstream file;
    if (path != "-") {
        file.open(path, std::ios::binary);
        if (!file)
            throw ConfigError(path, 0,
                              fmt::format("cannot read records: {}", std::strerror(errno)));
    }
    std::istream& in = path == "-" ? std::cin : file;
    std::vector<Line> lines;
    std::string text;
    for (unsigned number = 1; std::getline(in, text); ++number)
        if (!text.empty()) lines.push_back({std::move(text), number});
    return lines;
}

// Findings name their article by index; after reordering, every index changes.
void renumber(ArticleAnalysis& analysis, uint32_t article_index) {
    for (Finding& finding : analysis.findings) {
        finding.where.article = article_index;
        for (RelatedLocation& related : finding.related) related.where.article = article_index;
    }
}

}  // namespace

CheckResult run_merge(const std::vector<std::string>& record_files, const CheckOptions& options) {
    const JobsLimit limit(options.jobs);

    std::vector<ArticleAnalysis> articles;
    for (const std::string& path : record_files) {
        const std::vector<Line> lines = read_lines(path);
        std::vector<std::optional<ArticleAnalysis>> parsed(lines.size());
        std::vector<std::string> errors(lines.size());
        tbb::parallel_for(size_t{0}, lines.size(), [&](size_t i) {
            try {
                parsed[i].emplace(read_article_record(nlohmann::json::parse(lines[i].text), 0));
            } catch (const std::exception& e) {
                errors[i] = e.what();
            }
        });
        for (size_t i = 0; i < lines.size(); ++i) {
            if (!errors[i].empty())
                throw ConfigError(path, lines[i].number, "bad article record: " + errors[i]);
            articles.push_back(std::move(*parsed[i]));
        }
    }
    std::stable_sort(articles.begin(), articles.end(),
                     [](const ArticleAnalysis& a, const ArticleAnalysis& b) {
                         return a.article.path() < b.article.path();
                     });
    // Each article's configuration is found from its path, as `check` found it: give merge the
    // same tree or --config, or the defaults apply to severities and suppressions.
    std::vector<InputFile> files;
    for (const ArticleAnalysis& analysis : articles)
        files.push_back({analysis.article.path(), analysis.article.format()});
    std::vector<InputFile> kept = files;
    const RunRules run = resolve_rules(kept, options);
    // A configuration here may ignore files that extract did not: drop their articles too.
    std::vector<ArticleAnalysis> taken;
    size_t k = 0;
    for (size_t i = 0; i < articles.size(); ++i) {
        if (k < kept.size() && kept[k].path == files[i].path) {
            taken.push_back(std::move(articles[i]));
            ++k;
        }
    }
    for (size_t i = 0; i < taken.size(); ++i) renumber(taken[i], static_cast<uint32_t>(i));
    return combine_articles(std::move(taken), run, options);
}

}  // namespace quotecheck
