// How far a run has got, counted by the workers as articles finish and read by whoever shows
// progress (the CLI's progress bar). Plain atomics: the stages never print.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "load/load.hpp"

namespace quotecheck {

struct CheckProgress {
    std::atomic<uint64_t> files_total{0};
    std::atomic<uint64_t> bytes_total{0};
    std::atomic<uint64_t> files_done{0};
    std::atomic<uint64_t> bytes_done{0};

    // Totals for the files about to be analysed (sizes from the file system; stdin counts 0).
    void begin(const std::vector<InputFile>& files);
    void article_done(uint64_t bytes) {
        bytes_done.fetch_add(bytes, std::memory_order_relaxed);
        files_done.fetch_add(1, std::memory_order_relaxed);
    }
};

}  // namespace quotecheck
