#include "core/severity.hpp"

namespace quotecheck {

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::info:
            return "info";
        case Severity::warning:
            return "warning";
        case Severity::error:
            return "error";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
    if (name == "info") return Severity::info;
    if (name == "warning") return Severity::warning;
    if (name == "error") return Severity::error;
    return std::nullopt;
}

}  // namespace quotecheck
