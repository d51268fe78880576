// A set of word phrases matched in one pass over the words, however long the list: every
// prefix of every phrase is a key of one hash table, so each word costs one probe and a match
// is extended only while some phrase continues it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_map.hpp"
#include "rules/words.hpp"

namespace quotecheck {

class PhraseSet {
  public:
    // Adds `phrase` (matched case-insensitively, word by word) with a caller's value. Returns
    // false when the phrase has no words or is already present.
    bool add(std::string_view phrase, uint32_t value);
    bool empty() const { return prefixes_.empty(); }

    struct Hit {
        Span span;  // first word's start to last word's end
        uint32_t value;
    };
    // The longest phrase starting at each word, left to right, without overlaps.
    std::vector<Hit> find(const std::vector<Word>& words) const;

  private:
    static constexpr uint32_t kPrefixOnly = UINT32_MAX;
    // Folded words joined by spaces → the phrase's value, or kPrefixOnly for a proper prefix.
    StringMap<uint32_t> prefixes_;
};

}  // namespace quotecheck
