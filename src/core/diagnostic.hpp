// Errors that stop a run (bad configuration, unreadable output path): they carry the file and
// line they are about and become exit code 2 in main. Problems with one article are Findings.
#pragma once

#include <stdexcept>
#include <string>

namespace quotecheck {

class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// "path:line: message" (line omitted when 0).
class ConfigError : public std::runtime_error {
  public:
    ConfigError(std::string path, unsigned line, const std::string& message);
    const std::string& path() const { return path_; }
    unsigned line() const { return line_; }

  private:
    std::string path_;
    unsigned line_;
};

}  // namespace quotecheck
