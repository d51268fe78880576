// Maps offsets in an article's plain text back to byte offsets in the file the user wrote.
// Loaders that transform text (Markdown, HTML, BOM and CRLF removal) record an anchor wherever
// the correspondence jumps; between anchors text and source advance together.
#pragma once

#include <cstdint>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

class OffsetMap {
  public:
    // Text offset `text` corresponds to source offset `source`, and text copied after it is
    // verbatim until the next anchor. Anchors must be added in increasing text order.
    void add(uint32_t text, uint32_t source);
    bool identity() const { return anchors_.empty(); }
    // Drops the room left by growing: a finished map lives as long as the run.
    void shrink_to_fit() { anchors_.shrink_to_fit(); }

    uint32_t to_source(uint32_t text_offset) const;
    // End offsets map so that the source range covers the whole of the last character.
    Span to_source(Span text_span) const;

  private:
    struct Anchor {
        uint32_t text;
        uint32_t source;
    };
    std::vector<Anchor> anchors_;
};

}  // namespace quotecheck
