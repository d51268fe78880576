#include "core/diagnostic.hpp"

#include <fmt/format.h>

namespace quotecheck {

namespace {
std::string located(const std::string& path, unsigned line, const std::string& message) {
    if (path.empty()) return message;
    if (line == 0) return fmt::format("{}: {}", path, message);
    return fmt::format("{}:{}: {}", path, line, message);
}
}  // namespace

ConfigError::ConfigError(std::string path, unsigned line, const std::string& message)
    : std::runtime_error(located(path, line, message)), path_(std::move(path)), line_(line) {}

}  // namespace quotecheck
