#include "report/progress.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string_view>

namespace quotecheck {

namespace {

constexpr auto kQuietStart = std::chrono::seconds(1);
constexpr auto kRedrawEvery = std::chrono::milliseconds(200);

std::string clock_text(double seconds) {
    const auto total = static_cast<uint64_t>(seconds + 0.5);
    if (total >= 3600)
        return fmt::format("{}:{:02}:{:02}", total / 3600, total / 60 % 60, total % 60);
    return fmt::format("{}:{:02}", total / 60, total % 60);
}

size_t terminal_width() {
    winsize size{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 80;
}

}  // namespace

std::string progress_line(const ProgressSnapshot& s, size_t width) {
    const double megabytes_per_second =
        s.seconds > 0 ? static_cast<double>(s.bytes_done) / 1e6 / s.seconds : 0.0;
    // Time left from bytes when sizes are known (articles vary in length), else from files.
    double fraction = 0;
    if (s.bytes_total > 0)
        fraction = static_cast<double>(s.bytes_done) / static_cast<double>(s.bytes_total);
    else if (s.files_total > 0)
        fraction = static_cast<double>(s.files_done) / static_cast<double>(s.files_total);
    fraction = std::clamp(fraction, 0.0, 1.0);
    std::string left = "--:-- left";
    if (fraction > 0 && s.seconds > 0)
        left = clock_text(s.seconds * (1 - fraction) / fraction) + " left";

    const std::string figures = fmt::format("{}/{} files  {:.1f} MB/s  {}", s.files_done,
                                            s.files_total, megabytes_per_second, left);
    // The bar takes what the figures leave, between 10 and 30 columns; none on a narrow terminal.
    const size_t room = width > figures.size() + 4 ? width - figures.size() - 4 : 0;
    if (room < 10) return figures.substr(0, width > 0 ? width - 1 : 0);
    const size_t bar = std::min<size_t>(room, 30);
    const auto filled = static_cast<size_t>(fraction * static_cast<double>(bar));
    return fmt::format("[{}{}]  {}", std::string(filled, '#'), std::string(bar - filled, '-'),
                       figures);
}

bool progress_wanted(bool quiet, bool stderr_is_terminal, const char* ci_variable) {
    if (quiet || !stderr_is_terminal) return false;
    if (ci_variable == nullptr) return true;
    const std::string_view ci = ci_variable;
    return ci.empty() || ci == "false" || ci == "0";
}

ProgressBar::ProgressBar(const CheckProgress& progress, std::ostream& out)
    : progress_(progress),
      out_(out),
      thread_([this](std::stop_token stop) { draw_until_stopped(stop); }) {}

ProgressBar::~ProgressBar() {
    thread_.request_stop();
    thread_.join();
    if (drawn_) out_ << "\r\033[K" << std::flush;
}

void ProgressBar::draw_until_stopped(std::stop_token stop) {
    std::mutex mutex;
    std::condition_variable_any wake;
    std::unique_lock lock(mutex);
    const auto start = std::chrono::steady_clock::now();
    // Nothing is ever notified: the waits end on timeout or on stop, which they watch.
    wake.wait_for(lock, stop, kQuietStart, [] { return false; });
    while (!stop.stop_requested()) {
        ProgressSnapshot snapshot;
        snapshot.files_done = progress_.files_done.load(std::memory_order_relaxed);
        snapshot.files_total = progress_.files_total.load(std::memory_order_relaxed);
        snapshot.bytes_done = progress_.bytes_done.load(std::memory_order_relaxed);
        snapshot.bytes_total = progress_.bytes_total.load(std::memory_order_relaxed);
        snapshot.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        out_ << '\r' << progress_line(snapshot, terminal_width()) << "\033[K" << std::flush;
        drawn_ = true;
        wake.wait_for(lock, stop, kRedrawEvery, [] { return false; });
    }
}

}  // namespace quotecheck
