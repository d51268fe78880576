#include "report/output_file.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <streambuf>
#include <vector>

namespace quotecheck {

namespace {

// The report goes to the file as it is written, through a 1 MiB buffer: a report of a whole
// archive (hundreds of megabytes of text) never sits in memory. Write errors are kept and
// reported at commit, with errno's words.
class FdStreamBuf : public std::streambuf {
  public:
    // (Not zero-filled: every byte is written before it is read.)
    FdStreamBuf() : buffer_(std::make_unique_for_overwrite<char[]>(kSize)) {
        setp(buffer_.get(), buffer_.get() + kSize);
    }
    void attach(int fd) { fd_ = fd; }
    int error() const { return error_; }

  protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char* data, std::streamsize size) override {
        // A piece larger than the buffer goes straight to the file.
        if (size > epptr() - pptr()) {
            if (!drain()) return 0;
            if (static_cast<size_t>(size) >= kSize)
                return write_all(data, static_cast<size_t>(size)) ? size : 0;
        }
        std::memcpy(pptr(), data, static_cast<size_t>(size));
        pbump(static_cast<int>(size));
        return size;
    }
    int sync() override { return drain() ? 0 : -1; }

  private:
    bool drain() {
        const bool ok = write_all(pbase(), static_cast<size_t>(pptr() - pbase()));
        setp(buffer_.get(), buffer_.get() + kSize);
        return ok;
    }
    bool write_all(const char* data, size_t size) {
        if (error_ != 0) return false;
        for (size_t written = 0; written < size;) {
            const ssize_t n = write(fd_, data + written, size - written);
            if (n < 0) {
                if (errno == EINTR) continue;
                error_ = errno;
                return false;
            }
            written += static_cast<size_t>(n);
        }
        return true;
    }

    static constexpr size_t kSize = size_t{1} << 20;
    std::unique_ptr<char[]> buffer_;
    int fd_ = -1;
    int error_ = 0;
};

// Temporary reports to remove when the run is interrupted (Ctrl-C, SIGTERM, SIGHUP), so an
// interrupted run leaves no half-written hidden file beside the report. A signal handler may
// only touch fixed storage with async-signal-safe calls, hence this one process-wide table
// (constant-initialised: no guard for the handler to trip on).
constexpr int kCleanupSlots = 8;
constexpr size_t kCleanupPathMax = 4096;
struct CleanupSlot {
    std::atomic<bool> claimed{false};
    std::atomic<bool> ready{false};
    char path[kCleanupPathMax];
};
CleanupSlot cleanup_slots[kCleanupSlots];

void on_interrupt(int signal) {
    for (CleanupSlot& slot : cleanup_slots)
        if (slot.ready.load(std::memory_order_acquire)) unlink(slot.path);
    // Then die of the signal as if there had been no handler (exit status 128 + signal).
    struct sigaction action {};
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, nullptr);
    raise(signal);
}

void install_interrupt_cleanup() {
    static const bool installed = [] {
        for (const int signal : {SIGINT, SIGTERM, SIGHUP}) {
            struct sigaction old {};
            // A signal the caller ignores (nohup) stays ignored.
            if (sigaction(signal, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
            struct sigaction action {};
            action.sa_handler = on_interrupt;
            sigemptyset(&action.sa_mask);
            sigaction(signal, &action, nullptr);
        }
        return true;
    }();
    static_cast<void>(installed);
}

// Returns the slot now holding `path`, or -1 when the table is full or the path too long (the
// file is then left behind on an interrupt, as after SIGKILL).
int remove_on_interrupt(const std::string& path) {
    install_interrupt_cleanup();
    if (path.size() >= kCleanupPathMax) return -1;
    for (int i = 0; i < kCleanupSlots; ++i) {
        bool expected = false;
        if (!cleanup_slots[i].claimed.compare_exchange_strong(expected, true)) continue;
        std::memcpy(cleanup_slots[i].path, path.c_str(), path.size() + 1);
        cleanup_slots[i].ready.store(true, std::memory_order_release);
        return i;
    }
    return -1;
}

void forget_on_interrupt(int slot) {
    if (slot < 0) return;
    cleanup_slots[slot].ready.store(false, std::memory_order_release);
    cleanup_slots[slot].claimed.store(false, std::memory_order_release);
}

}  // namespace

struct AtomicOutput::Impl {
    std::string path;
    std::string temp_path;
    int fd = -1;
    FdStreamBuf file;
    std::ostream out{&file};
    bool to_stdout = false;
    bool to_device = false;  // written in place: a device or pipe cannot be renamed over
    bool committed = false;
    int cleanup_slot = -1;  // in cleanup_slots while the temporary file exists

    [[noreturn]] void write_error(int error) const {
        throw IoError(fmt::format("cannot write {}: {}", path, std::strerror(error)));
    }
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
        if (impl_->fd < 0) impl_->write_error(errno);
        impl_->to_device = true;
        impl_->file.attach(impl_->fd);
        return;
    }
    // Formatted rather than "." + name + …, which GCC 12 warns about falsely (-Wrestrict).
    std::string pattern =
        (dir / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
    impl_->fd = mkstemp(pattern.data());
    if (impl_->fd < 0) impl_->write_error(errno);
    impl_->temp_path = pattern;
    impl_->cleanup_slot = remove_on_interrupt(impl_->temp_path);
    impl_->file.attach(impl_->fd);
}

AtomicOutput::~AtomicOutput() {
    if (impl_->fd >= 0) close(impl_->fd);
    if (!impl_->committed && !impl_->temp_path.empty()) std::remove(impl_->temp_path.c_str());
    forget_on_interrupt(impl_->cleanup_slot);
}

std::ostream& AtomicOutput::stream() {
    if (impl_->to_stdout) return std::cout;
    return impl_->out;
}

void AtomicOutput::commit() {
    if (impl_->to_stdout) {
        std::cout.flush();
        if (!std::cout) throw IoError("cannot write to standard output");
        impl_->committed = true;
        return;
    }
    impl_->out.flush();
    if (impl_->file.error() != 0) impl_->write_error(impl_->file.error());
    if (!impl_->out) throw IoError(fmt::format("cannot write {}", impl_->path));
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
        impl_->write_error(errno);
    }
    impl_->fd = -1;
    if (std::rename(impl_->temp_path.c_str(), impl_->path.c_str()) != 0) impl_->write_error(errno);
    impl_->committed = true;
    forget_on_interrupt(impl_->cleanup_slot);
    impl_->cleanup_slot = -1;
}

}  // namespace quotecheck
