#include "check/progress.hpp"

#include <filesystem>

namespace quotecheck {

void CheckProgress::begin(const std::vector<InputFile>& files) {
    uint64_t bytes = 0;
    for (const InputFile& file : files) {
        if (file.path == "-") continue;
        std::error_code ec;
        const auto size = std::filesystem::file_size(file.path, ec);
        if (!ec) bytes += size;
    }
    bytes_total.store(bytes, std::memory_order_relaxed);
    files_total.store(files.size(), std::memory_order_relaxed);
}

}  // namespace quotecheck
