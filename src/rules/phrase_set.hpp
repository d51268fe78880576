// A set of word phrases looked up with one hash probe per (position, length): every word list
// of a pack (loaded words, vague phrases, name variants) is matched in one pass, however long.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/words.hpp"

namespace quotecheck {

class PhraseSet {
  public:
    // Adds `phrase` (matched case-insensitively, word by word) with a caller's value. Returns
    // false when the phrase has no words or is already present.
    bool add(std::string_view phrase, uint32_t value);
    bool empty() const { return phrases_.empty(); }

    struct Hit {
        Span span;  // first word's start to last word's end
        uint32_t value;
    };
    // The longest phrase starting at each word, left to right, without overlaps.
    std::vector<Hit> find(const std::vector<Word>& words) const;

  private:
    std::unordered_map<std::string, uint32_t> phrases_;
    size_t max_words_ = 0;
};

}  // namespace quotecheck
