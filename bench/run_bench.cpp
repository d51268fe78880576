// The whole-run benchmark: MB/s and articles/s per stage (one core, in-process) and end to end
// (the quotecheck binary, per --jobs), peak memory, the ratio to merely reading the files
// (`cat`), scaling with corpus size, and the prose linters on a sample of the same text.
// `bench/run.sh` runs it with the usual corpora; see docs/performance.md.
#include <fcntl.h>
#include <fmt/format.h>
#include <oneapi/tbb/global_control.h>
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

#include "attribute/attribute.hpp"
#include "bench_corpus.hpp"
#include "check/builtin_rules.hpp"
#include "check/run_check.hpp"
#include "corpus/check_corpus.hpp"
#include "quotes/extract.hpp"
#include "report/report.hpp"
#include "rules/rule_set.hpp"
#include "segment/segment.hpp"

extern char** environ;

namespace {

using namespace quotecheck;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}
// CPU time of the calling thread. On a machine shared with other jobs, wall time measures the
// neighbours as much as quotecheck; CPU time does not (caches aside).
double thread_seconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}
double megabytes(size_t bytes) {
    return static_cast<double>(bytes) / 1e6;
}

struct ChildRun {
    double seconds = 0;      // wall
    double cpu_seconds = 0;  // user + system
    long peak_kb = 0;        // maxrss of the child
    int status = -1;         // exit code, or -1 when it could not run or was killed
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
    run.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                      static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

// The fastest of `repeat` runs (wall and CPU each), the highest peak memory: on a shared
// machine the minimum is the least disturbed run.
ChildRun best_of(int repeat, const std::vector<std::string>& argv,
                 const std::string& directory = {}) {
    ChildRun best;
    for (int i = 0; i < repeat; ++i) {
        const ChildRun run = run_child(argv, directory);
        if (i == 0) {
            best = run;
            continue;
        }
        best.seconds = std::min(best.seconds, run.seconds);
        best.cpu_seconds = std::min(best.cpu_seconds, run.cpu_seconds);
        best.peak_kb = std::max(best.peak_kb, run.peak_kb);
        if (run.status != 0) best.status = run.status;
    }
    return best;
}

// What `cat FILES > /dev/null` does, in-process: open, read in 64 KiB blocks, close.
double read_all_seconds(const std::vector<InputFile>& files) {
    std::vector<char> buffer(1 << 16);
    const double start = thread_seconds();
    for (const InputFile& file : files) {
        const int fd = open(file.path.c_str(), O_RDONLY);
        if (fd < 0) continue;
        while (read(fd, buffer.data(), buffer.size()) > 0) {
        }
        close(fd);
    }
    return (thread_seconds() - start);
}

struct StageTimes {
    double load = 0, segment = 0, quotes = 0, attribute = 0, findings = 0, rules = 0,
           per_article = 0, corpus = 0, combine = 0, report = 0;
};

// One core, in-process: each stage's own time summed over the corpus (from memory, no disk).
StageTimes time_stages(const bench::Corpus& corpus) {
    // One core: the stages' own parallel loops (TBB) would otherwise run on threads whose CPU
    // time thread_seconds() does not see.
    const tbb::global_control one_core(tbb::global_control::max_allowed_parallelism, 1);
    StageTimes t;
    std::vector<InputFile> files;
    for (const auto& file : corpus.files) files.push_back(file.input);
    const RunRules run = resolve_rules(files, CheckOptions{});
    const AttributionLexicon& lexicon = *run.article_lexicons.at(0);
    const RuleSet& rules = *run.article_rules.at(0);
    Segmenter segmenter;
    std::vector<ArticleAnalysis> staged;
    staged.reserve(corpus.files.size());
    uint32_t index = 0;
    for (const auto& file : corpus.files) {
        double start = thread_seconds();
        Article article = load_bytes(file.input.path, file.bytes, file.input.format);
        t.load += (thread_seconds() - start);
        ArticleAnalysis analysis(std::move(article));
        start = thread_seconds();
        analysis.segments = segmenter.segment(analysis.article);
        t.segment += (thread_seconds() - start);
        start = thread_seconds();
        analysis.extraction = extract_quotes(analysis.article);
        t.quotes += (thread_seconds() - start);
        start = thread_seconds();
        attribute_article(analysis, lexicon);
        t.attribute += (thread_seconds() - start);
        start = thread_seconds();
        add_builtin_findings(analysis, index);
        t.findings += (thread_seconds() - start);
        start = thread_seconds();
        rules.run(analysis, index, analysis.findings);
        t.rules += (thread_seconds() - start);
        staged.push_back(std::move(analysis));
        ++index;
    }
    // The cross-article stage alone, over the analyses above.
    double start = thread_seconds();
    const std::vector<Finding> corpus_findings = check_corpus(staged, &lexicon);
    t.corpus = (thread_seconds() - start);
    staged.clear();

    // The whole per-article path as run_check runs it, whatever stages it has by now.
    std::vector<ArticleAnalysis> analyses;
    analyses.reserve(corpus.files.size());
    start = thread_seconds();
    index = 0;
    for (const auto& file : corpus.files) {
        analyses.push_back(analyse_article(
            load_bytes(file.input.path, file.bytes, file.input.format), index, segmenter, lexicon));
        rules.run(analyses.back(), index, analyses.back().findings);
        ++index;
    }
    t.per_article = (thread_seconds() - start);
    start = thread_seconds();
    const CheckResult result = combine_articles(std::move(analyses), run, CheckOptions{});
    t.combine = (thread_seconds() - start);
    start = thread_seconds();
    std::ostringstream out;
    write_json_report(out, result);
    t.report = (thread_seconds() - start);
    return t;
}

struct Peer {
    std::string name;
    std::vector<std::string> command;  // the files are appended
    // Share of --sample-kb it gets: enough text that its work outweighs its start-up time,
    // little enough that the slowest finish in about a minute on a loaded 2-core machine.
    double sample_scale = 1;
};

std::vector<Peer> installed_peers(const std::string& bench_dir) {
    std::vector<Peer> peers;
    const fs::path bin = fs::path(bench_dir) / "node_modules" / ".bin";
    if (fs::exists(bin / "write-good"))
        peers.push_back({"write-good", {(bin / "write-good").string()}, 4});
    if (fs::exists(bin / "alex")) peers.push_back({"alex", {(bin / "alex").string()}});
    if (fs::exists(bin / "textlint") &&
        fs::exists(fs::path(bench_dir) / "node_modules" / "textlint-rule-write-good"))
        peers.push_back(
            {"textlint (write-good rule)", {(bin / "textlint").string(), "--rule", "write-good"}});
    for (const char* dir : {"/usr/bin", "/usr/local/bin"})
        if (fs::exists(fs::path(dir) / "proselint")) {
            // proselint keeps every result in a cache under $HOME (and `--clean` does not stop
            // the run from filling and reading it again): each run gets a new, empty home, so
            // that no run only reads what an earlier one found.
            const std::string script =
                "home=$(mktemp -d) && HOME=$home XDG_CACHE_HOME=$home/.cache " +
                (fs::path(dir) / "proselint").string() +
                " \"$@\"; status=$?; rm -rf \"$home\"; exit $status";
            peers.push_back({"proselint", {"/bin/sh", "-c", script, "proselint"}, 0.25});
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
    bench_dir = fs::absolute(bench_dir.empty() ? "bench" : bench_dir).string();

    double load_average[3] = {0, 0, 0};
    getloadavg(load_average, 3);
    // Children are measured before the corpus is loaded here: a spawned process inherits this
    // one's memory high-water mark into its own ru_maxrss.
    const Discovery first_found = discover_inputs({corpora.front()});
    const std::vector<InputFile>& inputs = first_found.files;
    size_t corpus_bytes = 0;
    for (const InputFile& file : inputs) corpus_bytes += fs::file_size(file.path);
    const size_t articles = inputs.size();

    // The physical floor: reading the same files, page cache warm.
    read_all_seconds(inputs);
    double cat = 1e300;
    for (int i = 0; i < repeat; ++i) cat = std::min(cat, read_all_seconds(inputs));

    std::ostringstream e2e_out;
    e2e_out << "end to end: quotecheck check DIR -o /dev/null (default rules, text report)\n"
               "  wall: elapsed; CPU: user + system of the process. On an idle machine CPU ~ "
               "wall x cores\n"
               "  used; on a shared one, CPU/MB is the figure to trust and wall speed-up is a "
               "lower bound.\n";
    e2e_out << fmt::format("  {:<10} {:>8} {:>9} {:>12} {:>8} {:>10} {:>9} {:>8} {:>8}\n", "run",
                           "wall s", "MB/s", "articles/s", "CPU s", "MB/CPU-s", "speed-up",
                           "CPU/cat", "peak MB");
    double one_core_mb_s = 0;
    double one_core_seconds = 0;
    for (unsigned jobs : jobs_list) {
        const ChildRun run =
            best_of(repeat, {quotecheck_binary, "check", corpora.front(), "-o", "/dev/null",
                             "--fail-on", "none", "--quiet", "--jobs", std::to_string(jobs)});
        if (run.status != 0) {
            std::cerr << "quotecheck_bench: " << quotecheck_binary << " failed (status "
                      << run.status << ")\n";
            return 2;
        }
        if (jobs == jobs_list.front()) {
            one_core_seconds = run.seconds;
            one_core_mb_s = megabytes(corpus_bytes) / run.cpu_seconds;
        }
        e2e_out << fmt::format(
            "  {:<10} {:>8.2f} {:>9.2f} {:>12.0f} {:>8.2f} {:>10.2f} {:>9.2f} {:>8.1f} {:>8.1f}\n",
            fmt::format("--jobs {}", jobs), run.seconds, megabytes(corpus_bytes) / run.seconds,
            static_cast<double>(articles) / run.seconds, run.cpu_seconds,
            megabytes(corpus_bytes) / run.cpu_seconds, one_core_seconds / run.seconds,
            run.cpu_seconds / cat, static_cast<double>(run.peak_kb) / 1024.0);
    }
    e2e_out << '\n';

    std::ostringstream scaling_out;
    if (corpora.size() > 1) {
        scaling_out << "corpus size, --jobs 1 (idle TBB workers spin, which blurs CPU time with "
                       "more jobs);\n"
                       "time and memory against the first corpus\n";
        scaling_out << fmt::format(
            "  {:<16} {:>9} {:>8} {:>8} {:>8} {:>7} {:>7} {:>7} {:>8} {:>9}\n", "corpus",
            "articles", "MB", "wall s", "CPU s", "x size", "x CPU", "x wall", "peak MB",
            "bound MB");
        ChildRun first;
        size_t first_bytes = 0;
        for (const std::string& directory : corpora) {
            const Discovery found = discover_inputs({directory});
            size_t bytes = 0;
            for (const InputFile& file : found.files) bytes += fs::file_size(file.path);
            const ChildRun run =
                best_of(repeat, {quotecheck_binary, "check", directory, "-o", "/dev/null",
                                 "--fail-on", "none", "--quiet", "--jobs", "1"});
            if (first_bytes == 0) {
                first_bytes = bytes;
                first = run;
            }
            scaling_out << fmt::format(
                "  {:<16} {:>9} {:>8.1f} {:>8.2f} {:>8.2f} {:>7.2f} {:>7.2f} {:>7.2f} {:>8.1f} "
                "{:>9.1f}\n",
                fs::path(directory).filename().string(), found.files.size(), megabytes(bytes),
                run.seconds, run.cpu_seconds,
                static_cast<double>(bytes) / static_cast<double>(first_bytes),
                run.cpu_seconds / first.cpu_seconds, run.seconds / first.seconds,
                static_cast<double>(run.peak_kb) / 1024.0,
                2 * static_cast<double>(bytes) / (1 << 20) + 200);
        }
        scaling_out << "  (bound: the peak-memory target, 2 x corpus + 200 MB)\n\n";
    }

    const bench::Corpus corpus = bench::read_corpus(corpora.front());
    std::cout << fmt::format("quotecheck benchmark: {} — {} articles, {:.1f} MB\n", corpora.front(),
                             articles, megabytes(corpus.bytes));
    std::cout << fmt::format(
        "machine: {} cores, load average {:.2f} at start; fastest of {} runs\n\n", cores,
        load_average[0], repeat);

    StageTimes best;
    for (int i = 0; i < repeat; ++i) {
        const StageTimes t = time_stages(corpus);
        if (i == 0) {
            best = t;
            continue;
        }
        for (auto field :
             {&StageTimes::load, &StageTimes::segment, &StageTimes::quotes, &StageTimes::attribute,
              &StageTimes::findings, &StageTimes::rules, &StageTimes::per_article,
              &StageTimes::corpus, &StageTimes::combine, &StageTimes::report})
            best.*field = std::min(best.*field, t.*field);
    }
    std::cout << "stages, one core, in-process (corpus already in memory; thread CPU time)\n";
    std::cout << fmt::format("  {:<34} {:>9} {:>10} {:>12}\n", "stage", "seconds", "MB/s",
                             "articles/s");
    std::cout << table_row("read files (cat)", cat, corpus.bytes, articles);
    std::cout << table_row("load (txt/md/html -> text)", best.load, corpus.bytes, articles);
    std::cout << table_row("segment (ICU sentences)", best.segment, corpus.bytes, articles);
    std::cout << table_row("quotes (extract_quotes)", best.quotes, corpus.bytes, articles);
    std::cout << table_row("attribute (speakers, sources)", best.attribute, corpus.bytes, articles);
    std::cout << table_row("built-in findings", best.findings, corpus.bytes, articles);
    std::cout << table_row("rules (default packs)", best.rules, corpus.bytes, articles);
    std::cout << table_row("all per-article stages", best.per_article, corpus.bytes, articles);
    std::cout << table_row("cross-article stage (check_corpus)", best.corpus, corpus.bytes,
                           articles);
    std::cout << table_row("combine (corpus, policy, sort)", best.combine, corpus.bytes, articles);
    std::cout << table_row("JSON report", best.report, corpus.bytes, articles);
    std::cout << table_row("per-article + combine (one core)", best.per_article + best.combine,
                           corpus.bytes, articles);
    std::cout << '\n';
    std::cout << e2e_out.str() << scaling_out.str();

    if (skip_peers) return 0;
    const std::vector<Peer> peers = installed_peers(bench_dir);
    if (peers.empty()) {
        std::cout << "prose linters: none installed (bench/install-peers.sh installs them)\n";
        return 0;
    }
    // The linters read prose, not HTML: a sample is the first .txt and .md articles.
    const auto sample_of = [&](size_t limit_bytes) {
        std::pair<std::vector<std::string>, size_t> sample;
        for (const auto& file : corpus.files) {
            if (file.input.format == ArticleFormat::html) continue;
            if (sample.second >= limit_bytes) break;
            sample.first.push_back(fs::absolute(file.input.path).string());
            sample.second += file.bytes.size();
        }
        return sample;
    };
    const fs::path tiny = fs::temp_directory_path() / "quotecheck-bench-startup.md";
    std::ofstream(tiny) << "The council met on Monday.\n";
    std::cout << fmt::format(
        "prose linters, one process each on a sample of the corpus's .txt/.md articles (a fixed\n"
        "sample: they are 100-1000x slower). Their start-up time (a run on a one-line file) is\n"
        "subtracted, which favours them. CPU seconds throughout. Ratio: quotecheck --jobs 1 on "
        "the\n"
        "whole corpus, {:.2f} MB per CPU-second, over the linter's.\n",
        one_core_mb_s);
    std::cout << fmt::format("  {:<28} {:>9} {:>9} {:>9} {:>10} {:>14}\n", "linter", "sample KB",
                             "start CPU", "run CPU", "MB/CPU-s", "quotecheck x");
    for (const Peer& peer : peers) {
        const auto [files, bytes] = sample_of(
            static_cast<size_t>(static_cast<double>(sample_kb) * 1024 * peer.sample_scale));
        std::vector<std::string> startup_argv = peer.command;
        startup_argv.push_back(tiny.string());
        const ChildRun startup = run_child(startup_argv, bench_dir);
        std::vector<std::string> command = peer.command;
        command.insert(command.end(), files.begin(), files.end());
        const ChildRun run = run_child(command, bench_dir);
        if (run.status < 0 || startup.status < 0) {
            std::cout << fmt::format("  {:<28} could not run\n", peer.name);
            continue;
        }
        const double mb_s =
            megabytes(bytes) / std::max(run.cpu_seconds - startup.cpu_seconds, 1e-3);
        std::cout << fmt::format("  {:<28} {:>9.0f} {:>9.2f} {:>9.2f} {:>10.4f} {:>14.0f}\n",
                                 peer.name, static_cast<double>(bytes) / 1e3, startup.cpu_seconds,
                                 run.cpu_seconds, mb_s, one_core_mb_s / mb_s);
    }
    fs::remove(tiny);
    return 0;
}
