// The whole-run benchmark: MB/s and articles/s per stage (one core, in-process) and end to end
// (the quotecheck binary, per --jobs), peak memory, the ratio to merely reading the files
// (`cat`), scaling with corpus size, and the prose linters on a sample of the same text.
// `bench/run.sh` runs it with the usual corpora; see docs/performance.md.
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "bench_corpus.hpp"
#include "check/builtin_rules.hpp"
#include "check/run_check.hpp"
#include "quotes/extract.hpp"
#include "report/report.hpp"
#include "segment/segment.hpp"

extern char** environ;

namespace {

using namespace quotecheck;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}
double megabytes(size_t bytes) {
    return static_cast<double>(bytes) / 1e6;
}

struct ChildRun {
    double seconds = 0;
    long peak_kb = 0;  // maxrss of the child
    int status = -1;   // exit code, or -1 when it could not run or was killed
};

// Runs argv with stdout and stderr to /dev/null, in `directory` when given; times it and takes
// its peak memory from wait4's rusage (the child's own, not the driver's).
ChildRun run_child(const std::vector<std::string>& argv, const std::string& directory = {}) {
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    if (!directory.empty()) posix_spawn_file_actions_addchdir_np(&actions, directory.c_str());
    ChildRun run;
    const auto start = Clock::now();
    pid_t pid = 0;
    if (posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = seconds_since(start);
    run.peak_kb = usage.ru_maxrss;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

// The fastest of `repeat` runs: on a shared machine the minimum is the least disturbed one.
ChildRun best_of(int repeat, const std::vector<std::string>& argv,
                 const std::string& directory = {}) {
    ChildRun best;
    for (int i = 0; i < repeat; ++i) {
        const ChildRun run = run_child(argv, directory);
        if (i == 0 || run.seconds < best.seconds) best = run;
    }
    return best;
}

// What `cat FILES > /dev/null` does, in-process: open, read in 64 KiB blocks, close.
double read_all_seconds(const std::vector<InputFile>& files) {
    std::vector<char> buffer(1 << 16);
    const auto start = Clock::now();
    for (const InputFile& file : files) {
        const int fd = open(file.path.c_str(), O_RDONLY);
        if (fd < 0) continue;
        while (read(fd, buffer.data(), buffer.size()) > 0) {
        }
        close(fd);
    }
    return seconds_since(start);
}

struct StageTimes {
    double load = 0, segment = 0, quotes = 0, findings = 0, per_article = 0, combine_report = 0;
};

// One core, in-process: each stage's own time summed over the corpus (from memory, no disk).
StageTimes time_stages(const bench::Corpus& corpus) {
    StageTimes t;
    Segmenter segmenter;
    std::vector<ArticleAnalysis> analyses;
    analyses.reserve(corpus.files.size());
    uint32_t index = 0;
    for (const auto& file : corpus.files) {
        auto start = Clock::now();
        Article article = load_bytes(file.input.path, file.bytes, file.input.format);
        t.load += seconds_since(start);
        ArticleAnalysis analysis(std::move(article));
        start = Clock::now();
        analysis.segments = segmenter.segment(analysis.article);
        t.segment += seconds_since(start);
        start = Clock::now();
        analysis.extraction = extract_quotes(analysis.article);
        t.quotes += seconds_since(start);
        start = Clock::now();
        add_builtin_findings(analysis, index++);
        t.findings += seconds_since(start);
    }
    // The whole per-article path as run_check runs it, whatever stages it has by now.
    auto start = Clock::now();
    index = 0;
    for (const auto& file : corpus.files)
        analyses.push_back(analyse_article(
            load_bytes(file.input.path, file.bytes, file.input.format), index++, segmenter));
    t.per_article = seconds_since(start);
    start = Clock::now();
    const CheckResult result = combine_articles(std::move(analyses), CheckOptions{});
    std::ostringstream out;
    write_json_report(out, result);
    t.combine_report = seconds_since(start);
    return t;
}

struct Peer {
    std::string name;
    std::vector<std::string> command;  // the files are appended
};

std::vector<Peer> installed_peers(const std::string& bench_dir) {
    std::vector<Peer> peers;
    const fs::path bin = fs::path(bench_dir) / "node_modules" / ".bin";
    if (fs::exists(bin / "write-good"))
        peers.push_back({"write-good", {(bin / "write-good").string()}});
    if (fs::exists(bin / "alex")) peers.push_back({"alex", {(bin / "alex").string()}});
    if (fs::exists(bin / "textlint") &&
        fs::exists(fs::path(bench_dir) / "node_modules" / "textlint-rule-write-good"))
        peers.push_back(
            {"textlint (write-good rule)", {(bin / "textlint").string(), "--rule", "write-good"}});
    for (const char* dir : {"/usr/bin", "/usr/local/bin"})
        if (fs::exists(fs::path(dir) / "proselint")) {
            peers.push_back({"proselint", {(fs::path(dir) / "proselint").string()}});
            break;
        }
    return peers;
}

std::string table_row(const std::string& name, double seconds, size_t bytes, size_t articles,
                      const std::string& extra = {}) {
    return fmt::format("  {:<34} {:>9.3f} {:>10.2f} {:>12.0f}  {}\n", name, seconds,
                       megabytes(bytes) / seconds, static_cast<double>(articles) / seconds, extra);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"quotecheck whole-run benchmark (see docs/performance.md)"};
    std::vector<std::string> corpora;
    std::string quotecheck_binary;
    std::string bench_dir;
    size_t sample_kb = 200;
    int repeat = 3;
    std::vector<unsigned> jobs_list;
    bool skip_peers = false;
    app.add_option("--corpus", corpora,
                   "Corpus directories; the first gets the full table, the rest scaling rows")
        ->required();
    app.add_option("--quotecheck", quotecheck_binary,
                   "The quotecheck binary (default: next to this one)");
    app.add_option("--bench-dir", bench_dir,
                   "Where bench/node_modules is (default: current directory's bench/)");
    app.add_option("--sample-kb", sample_kb, "Text given to each prose linter, in KiB")
        ->default_val(200);
    app.add_option("--repeat", repeat, "Runs per measurement; the fastest is kept")->default_val(3);
    app.add_option("--jobs", jobs_list,
                   "--jobs values for the end-to-end runs (default: 1 and all cores)");
    app.add_flag("--no-peers", skip_peers, "Skip the prose linters");
    CLI11_PARSE(app, argc, argv);

    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    if (jobs_list.empty())
        jobs_list = cores > 1 ? std::vector<unsigned>{1, cores} : std::vector<unsigned>{1};
    if (quotecheck_binary.empty())
        quotecheck_binary = (fs::path(argv[0]).parent_path().parent_path() / "quotecheck").string();
    if (bench_dir.empty()) bench_dir = "bench";

    double load_average[3] = {0, 0, 0};
    getloadavg(load_average, 3);
    const bench::Corpus corpus = bench::read_corpus(corpora.front());
    const size_t articles = corpus.files.size();
    std::vector<InputFile> inputs;
    for (const auto& file : corpus.files) inputs.push_back(file.input);
    std::cout << fmt::format("quotecheck benchmark: {} — {} articles, {:.1f} MB\n", corpora.front(),
                             articles, megabytes(corpus.bytes));
    std::cout << fmt::format(
        "machine: {} cores, load average {:.2f} at start; fastest of {} runs\n\n", cores,
        load_average[0], repeat);

    // The physical floor: reading the same files, page cache warm.
    read_all_seconds(inputs);
    double cat = 1e300;
    for (int i = 0; i < repeat; ++i) cat = std::min(cat, read_all_seconds(inputs));

    StageTimes best;
    for (int i = 0; i < repeat; ++i) {
        const StageTimes t = time_stages(corpus);
        if (i == 0) {
            best = t;
            continue;
        }
        best.load = std::min(best.load, t.load);
        best.segment = std::min(best.segment, t.segment);
        best.quotes = std::min(best.quotes, t.quotes);
        best.findings = std::min(best.findings, t.findings);
        best.per_article = std::min(best.per_article, t.per_article);
        best.combine_report = std::min(best.combine_report, t.combine_report);
    }
    std::cout << "stages, one core, in-process (corpus already in memory)\n";
    std::cout << fmt::format("  {:<34} {:>9} {:>10} {:>12}\n", "stage", "seconds", "MB/s",
                             "articles/s");
    std::cout << table_row("read files (cat)", cat, corpus.bytes, articles);
    std::cout << table_row("load (txt/md/html -> text)", best.load, corpus.bytes, articles);
    std::cout << table_row("segment (ICU sentences)", best.segment, corpus.bytes, articles);
    std::cout << table_row("quotes (extract_quotes)", best.quotes, corpus.bytes, articles);
    std::cout << table_row("built-in findings", best.findings, corpus.bytes, articles);
    std::cout << table_row("all per-article stages", best.per_article, corpus.bytes, articles);
    std::cout << table_row("cross-article + JSON report", best.combine_report, corpus.bytes,
                           articles);
    std::cout << '\n';

    std::cout << "end to end: quotecheck check DIR --format json -o /dev/null\n";
    std::cout << fmt::format("  {:<34} {:>9} {:>10} {:>12}  {:>8} {:>8} {:>10}\n", "run", "seconds",
                             "MB/s", "articles/s", "speed-up", "x cat", "peak MB");
    double one_core_mb_s = 0;
    double one_core_seconds = 0;
    for (unsigned jobs : jobs_list) {
        const ChildRun run = best_of(
            repeat, {quotecheck_binary, "check", corpora.front(), "--format", "json", "-o",
                     "/dev/null", "--fail-on", "none", "--quiet", "--jobs", std::to_string(jobs)});
        if (run.status != 0) {
            std::cerr << "quotecheck_bench: " << quotecheck_binary << " failed (status "
                      << run.status << ")\n";
            return 2;
        }
        if (jobs == jobs_list.front()) {
            one_core_seconds = run.seconds;
            one_core_mb_s = megabytes(corpus.bytes) / run.seconds;
        }
        std::cout << fmt::format(
            "  {:<34} {:>9.3f} {:>10.2f} {:>12.0f}  {:>8.2f} {:>8.1f} {:>10.1f}\n",
            fmt::format("--jobs {}", jobs), run.seconds, megabytes(corpus.bytes) / run.seconds,
            static_cast<double>(articles) / run.seconds, one_core_seconds / run.seconds,
            run.seconds / cat, static_cast<double>(run.peak_kb) / 1024.0);
    }
    std::cout << '\n';

    if (corpora.size() > 1) {
        std::cout << fmt::format(
            "corpus size: --jobs {}; time and memory against the first corpus\n", cores);
        std::cout << fmt::format("  {:<28} {:>9} {:>8} {:>9} {:>9} {:>8} {:>10} {:>12}\n", "corpus",
                                 "articles", "MB", "seconds", "x size", "x time", "peak MB",
                                 "bound MB");
        double first_seconds = 0;
        size_t first_bytes = 0;
        for (const std::string& directory : corpora) {
            const Discovery found = discover_inputs({directory});
            size_t bytes = 0;
            for (const InputFile& file : found.files) bytes += fs::file_size(file.path);
            const ChildRun run =
                best_of(directory == corpora.front() ? repeat : std::max(1, repeat - 1),
                        {quotecheck_binary, "check", directory, "--format", "json", "-o",
                         "/dev/null", "--fail-on", "none", "--quiet"});
            if (first_bytes == 0) {
                first_bytes = bytes;
                first_seconds = run.seconds;
            }
            std::cout << fmt::format(
                "  {:<28} {:>9} {:>8.1f} {:>9.2f} {:>9.2f} {:>8.2f} {:>10.1f} {:>12.1f}\n",
                fs::path(directory).filename().string(), found.files.size(), megabytes(bytes),
                run.seconds, static_cast<double>(bytes) / static_cast<double>(first_bytes),
                run.seconds / first_seconds, static_cast<double>(run.peak_kb) / 1024.0,
                2 * static_cast<double>(bytes) / (1 << 20) + 200);
        }
        std::cout << "  (bound: peak memory target, 2 x corpus + 200 MB)\n\n";
    }

    if (skip_peers) return 0;
    const std::vector<Peer> peers = installed_peers(bench_dir);
    if (peers.empty()) {
        std::cout << "prose linters: none installed (bench/install-peers.sh installs them)\n";
        return 0;
    }
    // The linters read prose, not HTML: the sample is the first .txt and .md articles.
    std::vector<std::string> sample;
    size_t sample_bytes = 0;
    for (const auto& file : corpus.files) {
        if (file.input.format == ArticleFormat::html) continue;
        if (sample_bytes >= sample_kb * 1024) break;
        sample.push_back(fs::absolute(file.input.path).string());
        sample_bytes += file.bytes.size();
    }
    const fs::path tiny = fs::temp_directory_path() / "quotecheck-bench-startup.md";
    std::ofstream(tiny) << "The council met on Monday.\n";
    const double quotecheck_sample =
        best_of(repeat,
                [&] {
                    std::vector<std::string> command = {
                        quotecheck_binary, "check", "--quiet", "--jobs", "1", "--fail-on", "none"};
                    command.insert(command.end(), sample.begin(), sample.end());
                    return command;
                }())
            .seconds;
    std::cout << fmt::format(
        "prose linters on a sample: {} .txt/.md articles, {:.0f} KB, one process each; their "
        "start-up time\n"
        "(one run on a one-line file) is subtracted, which favours them. quotecheck on the same "
        "sample: {:.3f} s.\n",
        sample.size(), static_cast<double>(sample_bytes) / 1e3, quotecheck_sample);
    std::cout << fmt::format("  {:<28} {:>9} {:>9} {:>10}  {:>14} {:>14}\n", "linter", "start s",
                             "sample s", "MB/s", "qc 1-core x", "qc same-sample x");
    const double sample_mb_s_qc = megabytes(sample_bytes) / quotecheck_sample;
    for (const Peer& peer : peers) {
        std::vector<std::string> startup_argv = peer.command;
        startup_argv.push_back(tiny.string());
        const ChildRun startup = best_of(1, startup_argv, bench_dir);
        std::vector<std::string> command = peer.command;
        command.insert(command.end(), sample.begin(), sample.end());
        const ChildRun run = run_child(command, bench_dir);
        if (run.status < 0) {
            std::cout << fmt::format("  {:<28} could not run\n", peer.name);
            continue;
        }
        const double work = std::max(run.seconds - startup.seconds, 1e-3);
        const double mb_s = megabytes(sample_bytes) / work;
        std::cout << fmt::format("  {:<28} {:>9.2f} {:>9.2f} {:>10.4f}  {:>14.0f} {:>14.0f}\n",
                                 peer.name, startup.seconds, run.seconds, mb_s,
                                 one_core_mb_s / mb_s, sample_mb_s_qc / mb_s);
    }
    std::cout << "  (qc 1-core x: quotecheck --jobs 1 on the whole corpus, divided by the linter's "
                 "MB/s)\n";
    fs::remove(tiny);
    return 0;
}
