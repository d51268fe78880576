// The baseline file: fingerprints of findings a repository has accepted for now, so that
// `--baseline FILE` reports only new ones. One finding per line: fingerprint, rule, path and
// message separated by tabs (only the fingerprint is read back); '#' starts a comment.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <unordered_set>

namespace quotecheck {

// Throws ConfigError when the file cannot be read.
std::unordered_set<std::string> read_baseline(const std::filesystem::path& file);
void write_baseline_header(std::ostream& out);
void write_baseline_entry(std::ostream& out, const std::string& fingerprint,
                          const std::string& rule, const std::string& path,
                          const std::string& message);

}  // namespace quotecheck
