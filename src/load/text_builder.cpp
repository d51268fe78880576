#include "load/text_builder.hpp"

#include "load/text_lines.hpp"

namespace quotecheck {

void TextBuilder::append(std::string_view bytes, uint32_t source_offset) {
    if (bytes.empty()) return;
    map_.add(static_cast<uint32_t>(text_.size()), source_offset);
    text_.append(bytes);
}

void TextBuilder::append_replacement(std::string_view bytes, uint32_t source_start,
                                     uint32_t source_end) {
    if (bytes.empty()) return;
    map_.add(static_cast<uint32_t>(text_.size()), source_start);
    text_.append(bytes);
    map_.add(static_cast<uint32_t>(text_.size()), source_end);
}

void TextBuilder::separate(char separator, uint32_t source_offset) {
    if (!paragraph_open()) return;
    const char last = text_.back();
    if (last == ' ' || last == '\n' || last == '\t') return;
    append_replacement(std::string_view(&separator, 1), source_offset, source_offset);
}

void TextBuilder::end_paragraph() {
    if (!paragraph_open()) return;
    const std::string_view body = trim(std::string_view(text_).substr(paragraph_start_));
    if (!body.empty()) {
        const auto start = static_cast<uint32_t>(body.data() - text_.data());
        paragraphs_.push_back({start, start + static_cast<uint32_t>(body.size())});
    }
    // Paragraphs are separated by a blank line in the text, so sentence and quote scanning
    // never runs one into the next.
    const uint32_t at = map_.to_source(static_cast<uint32_t>(text_.size()));
    append_replacement("\n\n", at, at);
    paragraph_start_ = text_.size();
}

}  // namespace quotecheck
