// A half-open byte range [start, end). Every piece of text downstream of loading is a Span
// into bytes owned elsewhere, never a copy.
#pragma once

#include <cstdint>
#include <string_view>

namespace quotecheck {

struct Span {
    uint32_t start = 0;
    uint32_t end = 0;

    constexpr uint32_t size() const { return end - start; }
    constexpr bool empty() const { return end <= start; }
    constexpr bool contains(uint32_t offset) const { return offset >= start && offset < end; }
    constexpr bool contains(Span other) const { return other.start >= start && other.end <= end; }
    constexpr bool overlaps(Span other) const { return start < other.end && other.start < end; }
    std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
    friend constexpr bool operator==(Span, Span) = default;
};

}  // namespace quotecheck
