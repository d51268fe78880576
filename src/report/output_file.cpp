#include "report/output_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace quotecheck {

struct AtomicOutput::Impl {
    std::string path;
    std::string temp_path;
    int fd = -1;
    std::ostringstream buffer;
    bool to_stdout = false;
    bool to_device = false;  // written in place: a device or pipe cannot be renamed over
    bool committed = false;
};

AtomicOutput::AtomicOutput(std::string path) : impl_(std::make_unique<Impl>()) {
    impl_->path = std::move(path);
    if (impl_->path.empty() || impl_->path == "-") {
        impl_->to_stdout = true;
        return;
    }
    namespace fs = std::filesystem;
    const fs::path target(impl_->path);
    fs::path dir = target.parent_path();
    if (dir.empty()) dir = ".";
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw IoError(
            fmt::format("cannot write {}: directory {} does not exist", impl_->path, dir.string()));
    const fs::file_status status = fs::status(target, ec);
    if (fs::is_directory(status))
        throw IoError(fmt::format("cannot write {}: it is a directory", impl_->path));
    // `-o /dev/null` or a named pipe: renaming a temporary file over it would replace the
    // device itself with a regular file (for everyone, when run as root).
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        impl_->fd = open(impl_->path.c_str(), O_WRONLY | O_CLOEXEC);
        if (impl_->fd < 0)
            throw IoError(fmt::format("cannot write {}: {}", impl_->path, std::strerror(errno)));
        impl_->to_device = true;
        return;
    }
    std::string pattern = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    impl_->fd = mkstemp(pattern.data());
    if (impl_->fd < 0)
        throw IoError(fmt::format("cannot write {}: {}", impl_->path, std::strerror(errno)));
    impl_->temp_path = pattern;
}

AtomicOutput::~AtomicOutput() {
    if (impl_->fd >= 0) close(impl_->fd);
    if (!impl_->committed && !impl_->temp_path.empty()) std::remove(impl_->temp_path.c_str());
}

std::ostream& AtomicOutput::stream() {
    if (impl_->to_stdout) return std::cout;
    return impl_->buffer;
}

void AtomicOutput::commit() {
    if (impl_->to_stdout) {
        std::cout.flush();
        if (!std::cout) throw IoError("cannot write to standard output");
        impl_->committed = true;
        return;
    }
    const std::string data = std::move(impl_->buffer).str();
    size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = write(impl_->fd, data.data() + written, data.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw IoError(fmt::format("cannot write {}: {}", impl_->path, std::strerror(errno)));
        }
        written += static_cast<size_t>(n);
    }
    if (impl_->to_device) {
        close(impl_->fd);
        impl_->fd = -1;
        impl_->committed = true;
        return;
    }
    // Reports are read by people and other tools: the usual permissions, not mkstemp's 0600.
    const mode_t mask = umask(0);
    umask(mask);
    fchmod(impl_->fd, 0666 & ~mask);
    if (fsync(impl_->fd) != 0 || close(impl_->fd) != 0) {
        impl_->fd = -1;
        throw IoError(fmt::format("cannot write {}: {}", impl_->path, std::strerror(errno)));
    }
    impl_->fd = -1;
    if (std::rename(impl_->temp_path.c_str(), impl_->path.c_str()) != 0)
        throw IoError(fmt::format("cannot write {}: {}", impl_->path, std::strerror(errno)));
    impl_->committed = true;
}

}  // namespace quotecheck
