// How serious a finding is; ordered so that `a >= b` means "at least as serious".
#pragma once

#include <optional>
#include <string_view>

namespace quotecheck {

enum class Severity { info = 0, warning = 1, error = 2 };

std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

}  // namespace quotecheck
