// Reports whose pieces (an article's block, an array element) are independent: a batch of
// them is formatted in parallel, each into its own buffer, then written in order, so the output
// is the same for any --jobs.
#pragma once

#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <vector>

namespace quotecheck {

// Calls format(i, buffer) for i in [0, count) with `buffer` cleared (a std::string or a
// fmt::memory_buffer), and writes the buffers to `out` in the order of i.
template <typename Buffer, typename Format>
void write_in_order(std::ostream& out, size_t count, Format format) {
    // Enough to keep every thread busy, few enough that a batch's text stays small.
    constexpr size_t kBatch = 256;
    std::vector<Buffer> buffers(std::min(kBatch, count));
    for (size_t first = 0; first < count; first += kBatch) {
        const size_t size = std::min(kBatch, count - first);
        tbb::parallel_for(size_t{0}, size, [&](size_t k) {
            buffers[k].clear();
            format(first + k, buffers[k]);
        });
        for (size_t k = 0; k < size; ++k)
            out.write(buffers[k].data(), static_cast<std::streamsize>(buffers[k].size()));
    }
}

}  // namespace quotecheck
