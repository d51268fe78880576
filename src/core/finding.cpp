#include "core/finding.hpp"

#include <fmt/format.h>

namespace quotecheck {

std::string replacement_fix(std::string_view replacement) {
    return fmt::format("write “{}”", replacement);
}

}  // namespace quotecheck
