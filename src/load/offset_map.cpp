#include "load/offset_map.hpp"

#include <algorithm>

namespace quotecheck {

void OffsetMap::add(uint32_t text, uint32_t source) {
    if (!anchors_.empty()) {
        Anchor& last = anchors_.back();
        if (last.text == text) {
            last.source = source;
            return;
        }
        // A jump that keeps the two sides in step adds no information.
        if (source - last.source == text - last.text && source >= last.source) return;
    } else if (text == source) {
        return;
    }
    anchors_.push_back({text, source});
}

uint32_t OffsetMap::to_source(uint32_t text_offset) const {
    auto it = std::upper_bound(anchors_.begin(), anchors_.end(), text_offset,
                               [](uint32_t t, const Anchor& a) { return t < a.text; });
    if (it == anchors_.begin()) return text_offset;  // before the first anchor: identity
    const Anchor& anchor = *(it - 1);
    uint32_t source = anchor.source + (text_offset - anchor.text);
    if (it != anchors_.end()) source = std::min(source, it->source);
    return source;
}

Span OffsetMap::to_source(Span text_span) const {
    if (text_span.empty()) {
        const uint32_t at = to_source(text_span.start);
        return {at, at};
    }
    // Map the last byte and step past it, so that an entity such as &rdquo; is covered whole.
    const uint32_t start = to_source(text_span.start);
    const uint32_t last = to_source(text_span.end - 1);
    uint32_t end = to_source(text_span.end);
    if (end <= last) end = last + 1;
    return {start, std::max(start, end)};
}

}  // namespace quotecheck
