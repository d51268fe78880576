// Reports are written atomically: into a temporary file beside the target, flushed, then
// renamed over it. A run that fails or is killed never leaves a half-written report, and an
// existing report stays intact until the new one is complete. A device or named pipe
// (`-o /dev/null`) is written in place. The report streams out as it is written (through a
// 1 MiB buffer), so even the report of a whole archive is never held in memory.
#pragma once

#include <memory>
#include <ostream>
#include <string>

namespace quotecheck {

class AtomicOutput {
  public:
    // `path` "-" or empty writes to standard output directly. Throws IoError when the
    // temporary file cannot be created (missing directory, no permission).
    explicit AtomicOutput(std::string path);
    ~AtomicOutput();  // removes the temporary file unless commit() succeeded
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;

    std::ostream& stream();
    // Flushes, syncs and renames into place. Throws IoError on failure.
    void commit();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

class IoError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace quotecheck
