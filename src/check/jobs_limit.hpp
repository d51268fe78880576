// --jobs N for oneTBB: while a JobsLimit lives, parallel work uses at most N threads (N = 0:
// all cores). Held by each run (check, extract, merge) and by the command around it, whose
// report writers format in parallel too.
#pragma once

#include <oneapi/tbb/global_control.h>

#include <optional>

namespace quotecheck {

class JobsLimit {
  public:
    explicit JobsLimit(unsigned jobs) {
        if (jobs > 0) limit_.emplace(tbb::global_control::max_allowed_parallelism, jobs);
    }

  private:
    std::optional<tbb::global_control> limit_;
};

}  // namespace quotecheck
