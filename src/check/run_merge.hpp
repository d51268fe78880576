// `quotecheck merge`: the cross-article half of a run over JSON Lines written by
// `quotecheck extract`, giving the same CheckResult a single `check` run would.
#pragma once

#include <string>
#include <vector>

#include "check/run_check.hpp"

namespace quotecheck {

// Reads every record of every file ("-": stdin), orders the articles by path (as `check`
// orders the files of a directory), and runs the corpus stage. A malformed line is a
// ConfigError naming file and line.
CheckResult run_merge(const std::vector<std::string>& record_files, const CheckOptions& options);

}  // namespace quotecheck
