// quotecheck's command line: parse arguments, run the pipeline, write the report, exit with a
// code CI can trust (0 clean, 1 findings at or above --fail-on, 2 usage/config/I-O error).
#include <fmt/format.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include "check/jobs_limit.hpp"
#include "check/run_check.hpp"
#include "check/run_extract.hpp"
#include "check/run_merge.hpp"
#include "cli/rules_commands.hpp"
#include "core/diagnostic.hpp"
#include "core/version.hpp"
#include "report/github.hpp"
#include "report/html.hpp"
#include "report/output_file.hpp"
#include "report/progress.hpp"
#include "report/report.hpp"
#include "report/sarif.hpp"

namespace {

using namespace quotecheck;

struct CheckCommand {
    CheckOptions options;
    std::string format = "text";
    std::string output;
    std::string fail_on = "warning";
    bool show_quotes = false;
    std::string color = "auto";
    std::string summary;  // Markdown summary file; $GITHUB_STEP_SUMMARY with --format github
    std::string write_baseline;
    bool quiet = false;
};

struct ExtractCommand {
    ExtractOptions options;
    std::string output;
    std::string shard = "0/1";
    bool quiet = false;
};

bool show_progress(bool quiet) {
    return progress_wanted(quiet, isatty(STDERR_FILENO) != 0, std::getenv("CI"));
}

// The Markdown summary goes to --summary FILE (replaced atomically), or is appended to
// $GITHUB_STEP_SUMMARY, which GitHub Actions shares between the steps of a job.
void write_summary(const CheckCommand& command, const CheckResult& result) {
    if (!command.summary.empty()) {
        AtomicOutput summary(command.summary);
        write_github_summary(summary.stream(), result);
        summary.commit();
        return;
    }
    const char* step_summary = std::getenv("GITHUB_STEP_SUMMARY");
    if (command.format != "github" || !step_summary || !*step_summary) return;
    std::ofstream out(step_summary, std::ios::app);
    write_github_summary(out, result);
    if (!out.flush())
        throw IoError(fmt::format("{}: cannot append the step summary", step_summary));
}

// Keeps the result, with every article's text and analysis, until the process exits: the system
// takes the memory back at once, where freeing it buffer by buffer was a serial millisecond or
// more at the end of every run (the whole run on two cores is a few hundred). Sanitizer builds
// free it as usual, so that their leak check still covers everything else.
void keep_until_exit([[maybe_unused]] CheckResult result) {
#ifndef QUOTECHECK_SANITIZED
    static_cast<void>(new CheckResult(std::move(result)));
#endif
}

// Writes the report and decides the exit code; shared by `check` and `merge`.
int report_result(const CheckCommand& command, const CheckResult& result, AtomicOutput& output) {
    // "none" never fails on findings (exit 0 unless an error stops the run).
    const std::optional<Severity> threshold = parse_severity(command.fail_on);
    if (!command.write_baseline.empty()) write_baseline_file(command.write_baseline, result);
    for (const std::string& missing : result.missing_inputs)
        std::cerr << fmt::format("quotecheck: error: {}: no such file or directory\n", missing);

    if (command.format == "json") {
        write_json_report(output.stream(), result);
    } else if (command.format == "sarif") {
        write_sarif_report(output.stream(), result);
    } else if (command.format == "github") {
        write_github_annotations(output.stream(), result);
    } else if (command.format == "html") {
        write_html_report(output.stream(), result);
    } else {
        ReportOptions report;
        report.show_quotes = command.show_quotes;
        const bool to_terminal = command.output.empty() || command.output == "-";
        report.color =
            command.color == "always" || (command.color == "auto" && to_terminal &&
                                          isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
        write_text_report(output.stream(), result, report);
    }
    output.commit();
    write_summary(command, result);

    if (!result.missing_inputs.empty()) return 2;
    if (!threshold) return 0;
    for (const Finding& finding : result.findings)
        if (finding.severity >= *threshold) return 1;
    return 0;
}

int run_check_command(CheckCommand command) {
    // --jobs holds for the report writers too, which format in parallel.
    const JobsLimit limit(command.options.jobs);
    command.options.keep_analyses =
        command.format == "json" || command.format == "html" || command.show_quotes;
    // Open the output first: a bad output path is reported before any work is done.
    AtomicOutput output(command.output);
    CheckProgress progress;
    std::optional<ProgressBar> bar;
    if (show_progress(command.quiet)) {
        command.options.progress = &progress;
        bar.emplace(progress, std::cerr);
    }
    CheckResult result = run_check(command.options);
    bar.reset();
    const int code = report_result(command, result, output);
    keep_until_exit(std::move(result));
    return code;
}

int run_merge_command(const CheckCommand& command) {
    const JobsLimit limit(command.options.jobs);
    AtomicOutput output(command.output);
    CheckResult result = run_merge(command.options.paths, command.options);
    const int code = report_result(command, result, output);
    keep_until_exit(std::move(result));
    return code;
}

// "K/N": this worker's shard K (0-based) of N.
void parse_shard(const std::string& text, ExtractOptions& options) {
    unsigned shard = 0, count = 0;
    char slash = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%u%c%u%c", &shard, &slash, &count, &extra) != 3 ||
        slash != '/' || count == 0 || shard >= count)
        throw UsageError(fmt::format("--shard {}: expected K/N with 0 <= K < N, e.g. 3/16", text));
    options.shard = shard;
    options.shard_count = count;
}

int run_extract_command(ExtractCommand command) {
    parse_shard(command.shard, command.options);
    AtomicOutput output(command.output);
    CheckProgress progress;
    std::optional<ProgressBar> bar;
    if (show_progress(command.quiet)) {
        command.options.check.progress = &progress;
        bar.emplace(progress, std::cerr);
    }
    const ExtractSummary summary = run_extract(command.options, output.stream());
    bar.reset();
    output.commit();
    for (const std::string& missing : summary.missing_inputs)
        std::cerr << fmt::format("quotecheck: error: {}: no such file or directory\n", missing);
    return summary.missing_inputs.empty() ? 0 : 2;
}

// How `merge` writes its report: the same formats and exit policy as `check`.
void add_merge_options(CLI::App& app, CheckCommand& command) {
    app.add_option("--format", command.format, "Output format")
        ->check(CLI::IsMember({"text", "json", "sarif", "github", "html"}))
        ->default_str("text");
    app.add_option("-o,--output", command.output,
                   "Write the report to FILE (atomically) instead of stdout");
    app.add_option("--fail-on", command.fail_on,
                   "Exit 1 if any finding is at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "info", "none"}))
        ->default_str("warning");
    app.add_option("-j,--jobs", command.options.jobs,
                   "Records parsed in parallel (default: all cores)")
        ->check(CLI::Range(1u, 1024u));
    app.add_option("--summary", command.summary,
                   "Also write a Markdown table of all findings to FILE");
    app.add_flag("--show-quotes", command.show_quotes,
                 "Text format: list every quote with its speaker and source");
    app.add_option("--color", command.color, "Colour the text report")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");
    app.add_option("--config", command.options.config,
                   "Use this configuration instead of .quotecheck.toml files");
    app.add_option("--rules", command.options.rule_dirs,
                   "Also load the rule packs in DIR (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--baseline", command.options.baseline,
                   "Report only findings not recorded in FILE");
    app.add_option("--write-baseline", command.write_baseline,
                   "Record every finding of this run in FILE");
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"quotecheck: verify quotes and sources in news articles", "quotecheck"};
    app.require_subcommand(0, 1);
    bool version = false;
    app.add_flag("--version", version, "Print the version and exit");

    CheckCommand check;
    CLI::App* check_app =
        app.add_subcommand("check", "Check articles (files, directories, - for stdin)");
    check_app
        ->add_option("paths", check.options.paths,
                     "Articles or directories (.txt .md .markdown .html .htm)")
        ->required();
    check_app->add_option("--format", check.format, "Output format")
        ->check(CLI::IsMember({"text", "json", "sarif", "github", "html"}))
        ->default_str("text");
    check_app->add_option("-o,--output", check.output,
                          "Write the report to FILE (atomically) instead of stdout");
    check_app
        ->add_option("--fail-on", check.fail_on,
                     "Exit 1 if any finding is at or above this severity")
        ->check(CLI::IsMember({"error", "warning", "info", "none"}))
        ->default_str("warning");
    check_app
        ->add_option("-j,--jobs", check.options.jobs,
                     "Articles analysed in parallel (default: all cores)")
        ->check(CLI::Range(1u, 1024u));
    check_app->add_flag(
        "--no-corpus", [&](int64_t) { check.options.corpus = false; },
        "Per-article checks only: skip the cross-article comparison");
    check_app->add_option(
        "--summary", check.summary,
        "Also write a Markdown table of all findings to FILE (with --format github "
        "and no --summary: appended to $GITHUB_STEP_SUMMARY when set)");
    check_app->add_flag("--show-quotes", check.show_quotes,
                        "Text format: list every quote with its speaker and source");
    check_app->add_option("--color", check.color, "Colour the text report")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->default_str("auto");

    check_app->add_option("--config", check.options.config,
                          "Use this configuration instead of .quotecheck.toml files");
    check_app
        ->add_option("--rules", check.options.rule_dirs,
                     "Also load the rule packs in DIR (repeatable)")
        ->allow_extra_args(false);
    check_app->add_option("--baseline", check.options.baseline,
                          "Report only findings not recorded in FILE");
    check_app->add_option("--write-baseline", check.write_baseline,
                          "Record every finding of this run in FILE");
    check_app->add_flag("-q,--quiet", check.quiet, "No progress bar");
    check_app->add_flag(
        "--low-memory", [&](int64_t) { check.options.release_text_above = 0; },
        "Text, SARIF and GitHub reports: drop every article's text once it is analysed and read "
        "the file again where a finding needs it (default: only when the input is over 48 MiB)");

    ExtractCommand extract;
    CLI::App* extract_app = app.add_subcommand("extract",
                                               "Write each article's quotes, speakers, sources and "
                                               "findings as JSON Lines (see docs/scale.md)");
    extract_app->add_option("paths", extract.options.check.paths, "Articles or directories")
        ->required();
    extract_app->add_option("-o,--output", extract.output,
                            "Write the lines to FILE (atomically) instead of stdout");
    extract_app
        ->add_option("--shard", extract.shard,
                     "Take only shard K of N of the inputs (K/N, K from 0)")
        ->default_str("0/1");
    extract_app
        ->add_option("-j,--jobs", extract.options.check.jobs,
                     "Articles analysed in parallel (default: all cores)")
        ->check(CLI::Range(1u, 1024u));
    extract_app->add_option("--config", extract.options.check.config,
                            "Use this configuration instead of .quotecheck.toml files");
    extract_app
        ->add_option("--rules", extract.options.check.rule_dirs,
                     "Also load the rule packs in DIR (repeatable)")
        ->allow_extra_args(false);
    extract_app->add_flag("-q,--quiet", extract.quiet, "No progress bar");

    CheckCommand merge;
    CLI::App* merge_app = app.add_subcommand(
        "merge",
        "Run the cross-article checks over JSON Lines from `extract` and write the report");
    merge_app
        ->add_option("files", merge.options.paths,
                     "JSON Lines files from `quotecheck extract` (- for stdin)")
        ->required();
    add_merge_options(*merge_app, merge);

    RulesCommand rules;
    CLI::App* rules_app =
        app.add_subcommand("rules", "List the loaded rules or run their examples");
    rules_app->require_subcommand(1);
    rules_app->add_option("--config", rules.config, "Configuration file");
    rules_app->add_option("--rules", rules.rule_dirs, "Also load the rule packs in DIR")
        ->allow_extra_args(false);
    CLI::App* rules_list =
        rules_app->add_subcommand("list", "List every rule: id, severity, summary, origin");
    CLI::App* rules_test =
        rules_app->add_subcommand("test", "Run every example of every loaded pack (and of DIRs)");
    rules_test->add_option("dirs", rules.rule_dirs, "Rule pack directories to load and test");
    CLI::App* explain_app =
        app.add_subcommand("explain", "Describe a rule: what it finds, examples, fix, disabling");
    explain_app->add_option("rule", rules.rule_id, "Rule id")->required();
    explain_app->add_option("--config", rules.config, "Configuration file");
    explain_app->add_option("--rules", rules.rule_dirs, "Also load the rule packs in DIR")
        ->allow_extra_args(false);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    if (version) {
        std::cout << "quotecheck " << kVersion << "\n";
        return 0;
    }
    try {
        if (check_app->parsed()) return run_check_command(check);
        if (extract_app->parsed()) return run_extract_command(extract);
        if (merge_app->parsed()) return run_merge_command(merge);
        if (rules_list->parsed()) return run_rules_list(rules);
        if (rules_test->parsed()) return run_rules_test(rules);
        if (explain_app->parsed()) return run_explain(rules);
        std::cout << app.help();
        return 2;
    } catch (const ConfigError& e) {
        std::cerr << "quotecheck: error: " << e.what() << "\n";
    } catch (const UsageError& e) {
        std::cerr << "quotecheck: error: " << e.what() << "\n";
    } catch (const IoError& e) {
        std::cerr << "quotecheck: error: " << e.what() << "\n";
    } catch (const InputChanged& e) {
        std::cerr << "quotecheck: error: " << e.what() << "\n";
    } catch (const std::exception& e) {
        std::cerr << "quotecheck: internal error: " << e.what() << "\n";
    }
    return 2;
}
