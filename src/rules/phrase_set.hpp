// A set of word phrases matched in one pass over the words, however long the list: a trie over
// the words' hashes (each word is hashed once, by words_in), so each word costs one integer
// probe and a match is extended only while some phrase continues it. A match is confirmed
// against the phrase's own words, so a hash collision can never report a phrase that is not
// there.
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
    bool empty() const { return nodes_.empty(); }

    struct Hit {
        Span span;  // first word's start to last word's end
        uint32_t value;
    };
    // The longest phrase starting at each word of `text`, left to right, without overlaps.
    std::vector<Hit> find(std::string_view text, const std::vector<Word>& words) const;

  private:
    static constexpr uint32_t kPrefixOnly = UINT32_MAX;
    struct Node {
        uint32_t value = kPrefixOnly;    // the phrase ending here, or kPrefixOnly
        std::vector<std::string> words;  // that phrase's folded words, to confirm a match
    };
    // Hash of the first k words of a phrase (see prefix_hash) → the node for that prefix.
    std::unordered_map<uint64_t, Node> nodes_;
    // A flag per first word's hash (its low bits): most words of a text start no phrase, and
    // this turns them away without a probe of `nodes_`. A byte per flag rather than a bit: the
    // test runs for every word of every paragraph, and a byte takes one load and no shifts.
    static constexpr size_t kFirstWordFlags = 1 << 14;
    std::vector<uint8_t> first_words_ = std::vector<uint8_t>(kFirstWordFlags);
    static size_t first_word_flag(uint64_t word_hash) { return word_hash & (kFirstWordFlags - 1); }
    bool may_start_phrase(uint64_t word_hash) const {
        return first_words_[first_word_flag(word_hash)] != 0;
    }

    static uint64_t prefix_hash(uint64_t before, uint64_t word_hash, bool first);
    // Whether the `count` words from `from` are exactly the node's phrase.
    static bool confirmed(const Node& node, std::string_view text, const std::vector<Word>& words,
                          size_t from, size_t count);
};

}  // namespace quotecheck
