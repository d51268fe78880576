// Hash maps keyed by std::string that can be searched with a std::string_view (C++20
// heterogeneous lookup), so a hot loop probes with a view of the text instead of building a
// string per probe.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace quotecheck {

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace quotecheck
