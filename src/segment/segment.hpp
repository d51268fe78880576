// Sentences of an article, found with ICU's sentence break iterator and reported at byte
// offsets of the UTF-8 text.
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
    // A paragraph the sentence rules can break only at its end is taken whole without running
    // the iterator; `always_iterate` runs it on every paragraph (the reference that shortcut is
    // tested against).
    explicit Segmenter(bool always_iterate = false);
    ~Segmenter();
    Segmenter(const Segmenter&) = delete;
    Segmenter& operator=(const Segmenter&) = delete;

    Segments segment(const Article& article);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    bool always_iterate_ = false;
};

// Whether UAX #29's sentence rules can break `paragraph` only at its end: no terminator or
// separator stands before its closing run of terminators, closing marks and spaces.
bool is_one_sentence(std::string_view paragraph);

}  // namespace quotecheck
