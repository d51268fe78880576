// Google Benchmark of each per-article stage over a generated corpus, reporting bytes/s and
// articles/s (items/s). The corpus directory comes from QUOTECHECK_BENCH_CORPUS.
//   QUOTECHECK_BENCH_CORPUS=bench/corpus-25M build/release/bench/quotecheck_stage_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <sstream>

#include "attribute/attribute.hpp"
#include "bench_corpus.hpp"
#include "check/article_record.hpp"
#include "check/builtin_rules.hpp"
#include "check/run_check.hpp"
#include "quotes/extract.hpp"
#include "report/report.hpp"
#include "segment/segment.hpp"

namespace {

using namespace quotecheck;

const bench::Corpus& corpus() {
    static const bench::Corpus loaded = [] {
        const char* directory = std::getenv("QUOTECHECK_BENCH_CORPUS");
        return bench::read_corpus(directory ? directory : "bench/corpus-25M");
    }();
    return loaded;
}

const std::vector<Article>& loaded_articles() {
    static const std::vector<Article> articles = [] {
        std::vector<Article> out;
        for (const auto& file : corpus().files)
            out.push_back(load_bytes(file.input.path, file.bytes, file.input.format));
        return out;
    }();
    return articles;
}

const AttributionLexicon& lexicon() {
    static const AttributionLexicon loaded = load_attribution_lexicon();
    return loaded;
}

const std::vector<ArticleAnalysis>& analysed_articles() {
    static const std::vector<ArticleAnalysis> analyses = [] {
        std::vector<ArticleAnalysis> out;
        Segmenter segmenter;
        uint32_t index = 0;
        for (const Article& article : loaded_articles())
            out.push_back(analyse_article(article, index++, segmenter, lexicon()));
        return out;
    }();
    return analyses;
}

// The default configuration's rules, as `check` resolves them for the corpus's files.
const RunRules& run_rules() {
    static const RunRules run = [] {
        std::vector<InputFile> files;
        for (const auto& file : corpus().files) files.push_back(file.input);
        return resolve_rules(files, CheckOptions{});
    }();
    return run;
}

void count(benchmark::State& state) {
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus().bytes));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus().files.size()));
}

void BM_load(benchmark::State& state) {
    for (auto _ : state)
        for (const auto& file : corpus().files)
            benchmark::DoNotOptimize(load_bytes(file.input.path, file.bytes, file.input.format));
    count(state);
}

void BM_segment(benchmark::State& state) {
    Segmenter segmenter;
    for (auto _ : state)
        for (const Article& article : loaded_articles())
            benchmark::DoNotOptimize(segmenter.segment(article));
    count(state);
}

void BM_extract_quotes(benchmark::State& state) {
    for (auto _ : state)
        for (const Article& article : loaded_articles())
            benchmark::DoNotOptimize(extract_quotes(article));
    count(state);
}

// Speakers, cues and sources, on articles already segmented and with their quotes.
void BM_attribute(benchmark::State& state) {
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<ArticleAnalysis> analyses = analysed_articles();
        for (ArticleAnalysis& analysis : analyses) {
            analysis.attributions.clear();
            analysis.vague.clear();
            analysis.indirect.clear();
        }
        state.ResumeTiming();
        for (ArticleAnalysis& analysis : analyses) attribute_article(analysis, lexicon());
    }
    count(state);
}

// Everything per article that run_check does, from bytes to per-article findings.
void BM_analyse_article(benchmark::State& state) {
    Segmenter segmenter;
    for (auto _ : state) {
        uint32_t index = 0;
        for (const auto& file : corpus().files)
            benchmark::DoNotOptimize(
                analyse_article(load_bytes(file.input.path, file.bytes, file.input.format), index++,
                                segmenter, lexicon()));
    }
    count(state);
}

void BM_article_record(benchmark::State& state) {
    for (auto _ : state)
        for (const ArticleAnalysis& analysis : analysed_articles())
            benchmark::DoNotOptimize(article_record(analysis).dump());
    count(state);
}

void BM_json_report(benchmark::State& state) {
    for (auto _ : state) {
        state.PauseTiming();
        std::vector<ArticleAnalysis> copies = analysed_articles();
        state.ResumeTiming();
        const CheckResult result = combine_articles(std::move(copies), run_rules(), CheckOptions{});
        std::ostringstream out;
        write_json_report(out, result);
        benchmark::DoNotOptimize(out.str().size());
    }
    count(state);
}

}  // namespace

BENCHMARK(BM_load)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_extract_quotes)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_attribute)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_analyse_article)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_article_record)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_json_report)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
