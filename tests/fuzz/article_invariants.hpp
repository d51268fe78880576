// Invariants every loaded article keeps, checked by the fuzz targets after each input: spans
// lie inside the text, paragraphs are ordered, and every text offset maps into the file.
#pragma once

#include <cstdlib>

#include "load/article.hpp"

namespace quotecheck::fuzz {

// Aborts (so libFuzzer records the input) when `condition` does not hold.
inline void require(bool condition) {
    if (!condition) std::abort();
}

inline void check_article(const Article& article) {
    const auto text_size = static_cast<uint32_t>(article.text().size());
    const auto source_size = static_cast<uint32_t>(article.source().bytes().size());
    uint32_t previous_end = 0;
    for (const Span paragraph : article.paragraphs) {
        require(paragraph.start <= paragraph.end && paragraph.end <= text_size);
        require(paragraph.start >= previous_end);
        previous_end = paragraph.end;
        const Span source = article.to_source(paragraph);
        require(source.start <= source.end && source.end <= source_size);
    }
    for (const Comment& comment : article.comments)
        require(comment.source.start <= comment.source.end && comment.source.end <= source_size);
    if (article.problem) require(article.problem->source_offset <= source_size);
}

}  // namespace quotecheck::fuzz
