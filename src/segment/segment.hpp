// Sentences and words of an article, found with ICU's break iterators over the UTF-8 text
// (no conversion: ICU's UText reads UTF-8 in place and reports byte offsets).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "load/article.hpp"

namespace quotecheck {

struct Sentence {
    Span span;           // trimmed, in text coordinates
    uint32_t paragraph;  // index into Article::paragraphs
};

struct Segments {
    std::vector<Sentence> sentences;  // in order; every sentence lies inside one paragraph
    // Index of the first sentence of each paragraph (size = paragraphs + 1).
    std::vector<uint32_t> paragraph_first_sentence;

    // The sentence containing `offset`, or the one after it when `offset` lies between
    // sentences; sentences.size() when there is none.
    uint32_t sentence_at(uint32_t offset) const;
};

// Reusable ICU state: break iterators are expensive to create, so each worker thread makes one
// Segmenter and reuses it for every article.
class Segmenter {
  public:
    Segmenter();
    ~Segmenter();
    Segmenter(const Segmenter&) = delete;
    Segmenter& operator=(const Segmenter&) = delete;

    Segments segment(const Article& article);
    // Word spans (letters or digits) inside `span`.
    std::vector<Span> words(std::string_view text, Span span);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace quotecheck
