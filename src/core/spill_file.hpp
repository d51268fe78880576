// SpillFile: an unlinked temporary file that a large run writes the articles' extracted text
// to as it releases them (Article::release_text), so that a later reader gets a Markdown or
// HTML article's text back with one read rather than by parsing its file again. The pages are
// the kernel's (page cache), not the process's: holding the same text in the heap costs the
// memory bound several times its size (docs/performance.md).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace quotecheck {

class SpillFile {
  public:
    // Where some bytes went.
    struct Extent {
        uint64_t offset = 0;
        uint32_t size = 0;
    };

    // A new file in `directory` (the system's temporary directory, $TMPDIR, when empty),
    // removed from its directory at once so that nothing is left behind, however the process
    // ends; nullptr when none can be made (the caller keeps its other way).
    static std::shared_ptr<SpillFile> create(const std::string& directory = {});
    ~SpillFile();
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;

    // Appends `bytes`; safe to call from several threads at once. nullopt when the write fails
    // (the disk is full, say), or for bytes too many for an Extent.
    std::optional<Extent> write(std::string_view bytes);
    // The bytes written at `extent`; nullopt when they cannot all be read.
    std::optional<std::string> read(Extent extent) const;

    uint64_t size() const { return end_.load(std::memory_order_relaxed); }

  private:
    explicit SpillFile(int fd) : fd_(fd) {}
    int fd_;
    std::atomic<uint64_t> end_ = 0;
};

}  // namespace quotecheck
