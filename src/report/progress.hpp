// The progress bar of long runs: files done / total, MB/s and time left, redrawn on stderr by
// its own thread. Shown only on a terminal, outside CI, without --quiet, after the first second.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <thread>

#include "check/progress.hpp"

namespace quotecheck {

struct ProgressSnapshot {
    uint64_t files_done = 0;
    uint64_t files_total = 0;
    uint64_t bytes_done = 0;
    uint64_t bytes_total = 0;
    double seconds = 0;  // since the run started
};

// "[#########-----------]  1520/6000 files  18.3 MB/s  0:42 left", fitted to `width` columns.
std::string progress_line(const ProgressSnapshot& snapshot, size_t width);

// Whether to draw at all: not with --quiet, not when stderr is a file or pipe, not under CI
// (the CI variable set and not "false" or "0"), where a redrawn line only clutters the log.
bool progress_wanted(bool quiet, bool stderr_is_terminal, const char* ci_variable);

class ProgressBar {
  public:
    // Starts drawing `progress` to `out` once the run has taken a second; `out` is stderr.
    ProgressBar(const CheckProgress& progress, std::ostream& out);
    // Stops the thread and erases the bar, so the report starts on a clean line.
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

  private:
    void draw_until_stopped(std::stop_token stop);

    const CheckProgress& progress_;
    std::ostream& out_;
    bool drawn_ = false;
    std::jthread thread_;
};

}  // namespace quotecheck
