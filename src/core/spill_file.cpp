#include "core/spill_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <limits>
#include <system_error>

namespace quotecheck {

namespace {

// Opens an anonymous file in `directory`: O_TMPFILE where the file system has it, otherwise a
// named file unlinked as soon as it is made. -1 when neither works.
int open_unlinked(const std::string& directory) {
#ifdef O_TMPFILE
    const int fd = ::open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0) return fd;
#endif
    std::string name = (std::filesystem::path(directory) / "quotecheck-spill-XXXXXX").string();
    const int named = ::mkostemp(name.data(), O_CLOEXEC);
    if (named < 0) return -1;
    ::unlink(name.c_str());
    return named;
}

}  // namespace

std::shared_ptr<SpillFile> SpillFile::create(const std::string& directory) {
    std::string where = directory;
    if (where.empty()) {
        std::error_code error;
        where = std::filesystem::temp_directory_path(error).string();
        if (error) return nullptr;
    }
    const int fd = open_unlinked(where);
    if (fd < 0) return nullptr;
    return std::shared_ptr<SpillFile>(new SpillFile(fd));
}

SpillFile::~SpillFile() {
    ::close(fd_);
}

std::optional<SpillFile::Extent> SpillFile::write(std::string_view bytes) {
    if (bytes.size() > std::numeric_limits<uint32_t>::max()) return std::nullopt;
    // Each writer owns the range it reserved: writes from several threads never overlap. A
    // failed write leaves a hole no extent points into.
    const uint64_t offset = end_.fetch_add(bytes.size(), std::memory_order_relaxed);
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(fd_, bytes.data() + done, bytes.size() - done,
                                   static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;
        done += static_cast<size_t>(n);
    }
    return Extent{offset, static_cast<uint32_t>(bytes.size())};
}

std::optional<std::string> SpillFile::read(Extent extent) const {
    std::string out(extent.size, '\0');
    size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = ::pread(fd_, out.data() + done, out.size() - done,
                                  static_cast<off_t>(extent.offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return std::nullopt;
        done += static_cast<size_t>(n);
    }
    return out;
}

}  // namespace quotecheck
