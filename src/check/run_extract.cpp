#include "check/run_extract.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_pipeline.h>

#include <memory>

#include "check/article_record.hpp"
#include "check/jobs_limit.hpp"
#include "check/run_check.hpp"
#include "load/load.hpp"
#include "segment/segment.hpp"

namespace quotecheck {

ExtractSummary run_extract(const ExtractOptions& options, std::ostream& out) {
    const CheckOptions& check = options.check;
    const JobsLimit limit(check.jobs);
    ExtractSummary summary;
    Discovery inputs = discover_inputs(check.paths);
    summary.missing_inputs = std::move(inputs.missing);
    std::vector<InputFile> shard;
    for (size_t i = 0; i < inputs.files.size(); ++i)
        if (i % options.shard_count == options.shard) shard.push_back(std::move(inputs.files[i]));
    // The same configurations, packs and ignores as `check`: a shard is a slice of that run.
    const RunRules run = resolve_rules(shard, check);
    if (check.progress) check.progress->begin(shard);

    const size_t workers =
        check.jobs > 0 ? check.jobs : static_cast<size_t>(tbb::info::default_concurrency());

    tbb::enumerable_thread_specific<std::unique_ptr<Segmenter>> segmenters;
    size_t next = 0;
    // A few lines in flight per worker keep every core busy while the writer keeps input order.
    tbb::parallel_pipeline(
        workers * 4,
        tbb::make_filter<void, size_t>(tbb::filter_mode::serial_in_order,
                                       [&](tbb::flow_control& control) -> size_t {
                                           if (next == shard.size()) {
                                               control.stop();
                                               return 0;
                                           }
                                           return next++;
                                       }) &
            tbb::make_filter<size_t, std::string>(
                tbb::filter_mode::parallel,
                [&](size_t i) -> std::string {
                    auto& segmenter = segmenters.local();
                    if (!segmenter) segmenter = std::make_unique<Segmenter>();
                    const ArticleAnalysis analysis =
                        analyse_input(shard[i], static_cast<uint32_t>(i), run, i, *segmenter);
                    if (check.progress)
                        check.progress->article_done(analysis.article.source().bytes().size());
                    return article_record(analysis).dump(-1, ' ', false,
                                                         nlohmann::json::error_handler_t::replace);
                }) &
            tbb::make_filter<std::string, void>(tbb::filter_mode::serial_in_order,
                                                [&](const std::string& line) {
                                                    out << line << '\n';
                                                    ++summary.articles;
                                                }));
    return summary;
}

}  // namespace quotecheck
