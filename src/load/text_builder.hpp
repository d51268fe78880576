// Builds an article's plain text from pieces of the source, recording where each piece came
// from, so that every offset in the text maps back to the original bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "load/offset_map.hpp"

namespace quotecheck {

class TextBuilder {
  public:
    // Copies `bytes`, which stand at `source_offset` in the original file.
    void append(std::string_view bytes, uint32_t source_offset);
    // Text with no source of its own (a decoded entity, a synthetic separator): it maps to the
    // source range [source_start, source_end).
    void append_replacement(std::string_view bytes, uint32_t source_start, uint32_t source_end);
    // Ends the current paragraph (if it has text) and records its span.
    void end_paragraph();
    // Separates two pieces of one paragraph with a single space or newline, unless the text
    // already ends in whitespace.
    void separate(char separator, uint32_t source_offset);
    bool paragraph_open() const { return text_.size() > paragraph_start_; }

    std::string& text() { return text_; }
    OffsetMap& map() { return map_; }
    std::vector<Span>& paragraphs() { return paragraphs_; }

  private:
    std::string text_;
    OffsetMap map_;
    std::vector<Span> paragraphs_;
    size_t paragraph_start_ = 0;
};

}  // namespace quotecheck
