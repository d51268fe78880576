// A fixed table of words and their values, built once and then only looked up: two loads, a
// multiply and, nearly always, one probe of an open-addressed array. The word lists every
// token of an article is looked up in (stopwords, number words, the attribution lexicon's word
// classes) are read hundreds of thousands of times per megabyte; std::unordered_map's out-of-line
// string hash, bucket division and node walk cost several times the lookup itself there.
#pragma once

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quotecheck {

template <typename Value>
class WordTable {
  public:
    WordTable() = default;
    WordTable(std::initializer_list<std::pair<std::string_view, Value>> entries) { build(entries); }
    // Any range of (word, value) pairs; a word given twice keeps its last value.
    template <typename Range>
    explicit WordTable(const Range& entries) {
        build(entries);
    }

    // The value of `word`, or null when the table does not hold it.
    const Value* find(std::string_view word) const {
        if (slots_.empty()) return nullptr;
        const uint64_t packed = pack(word);
        for (size_t i = slot_of(packed, word.size());; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.length == kEmpty) return nullptr;
            if (slot.packed == packed && slot.length == word.size() &&
                (word.size() <= 8 ||
                 std::memcmp(keys_.data() + slot.offset, word.data(), word.size()) == 0))
                return &slot.value;
        }
    }
    bool contains(std::string_view word) const { return find(word) != nullptr; }
    size_t size() const { return size_; }

  private:
    static constexpr uint32_t kEmpty = UINT32_MAX;
    struct Slot {
        uint64_t packed = 0;  // pack(word): the whole of a word of up to 8 bytes
        uint32_t offset = 0;
        uint32_t length = kEmpty;
        Value value{};
    };

    // A word's first four and last four bytes (its bytes, when it is shorter): equal for two
    // words of the same length up to 8 bytes only when the words are equal, and read in at most
    // three loads whatever the length.
    static uint64_t pack(std::string_view word) {
        const size_t n = word.size();
        if (n >= 4) {
            uint32_t first = 0, last = 0;
            std::memcpy(&first, word.data(), 4);
            std::memcpy(&last, word.data() + n - 4, 4);
            return first | static_cast<uint64_t>(last) << 32;
        }
        if (n == 0) return 0;
        // One to three bytes: the first, middle and last, which are the word's bytes once its
        // length is known, read without a loop (the short words are the most frequent ones).
        const auto* bytes = reinterpret_cast<const unsigned char*>(word.data());
        return bytes[0] | static_cast<uint64_t>(bytes[n >> 1]) << 8 |
               static_cast<uint64_t>(bytes[n - 1]) << 16;
    }
    size_t slot_of(uint64_t packed, size_t length) const {
        const uint64_t h = (packed ^ (length * 0xC2B2AE3D27D4EB4FULL)) * 0x9E3779B97F4A7C15ULL;
        return static_cast<size_t>((h ^ (h >> 32)) >> shift_);
    }

    template <typename Range>
    void build(const Range& entries) {
        // At most half full, so that a probe sequence stays short.
        const size_t capacity = std::bit_ceil(std::max<size_t>(8, std::size(entries) * 2));
        slots_.assign(capacity, Slot{});
        mask_ = capacity - 1;
        shift_ = 64 - static_cast<unsigned>(std::countr_zero(capacity));
        for (const auto& [word, value] : entries) insert(std::string_view(word), value);
    }

    void insert(std::string_view word, const Value& value) {
        const uint64_t packed = pack(word);
        for (size_t i = slot_of(packed, word.size());; i = (i + 1) & mask_) {
            Slot& slot = slots_[i];
            if (slot.length == kEmpty) {
                slot.packed = packed;
                slot.offset = static_cast<uint32_t>(keys_.size());
                slot.length = static_cast<uint32_t>(word.size());
                slot.value = value;
                keys_.append(word);
                ++size_;
                return;
            }
            if (slot.length == word.size() && keys_.compare(slot.offset, slot.length, word) == 0) {
                slot.value = value;
                return;
            }
        }
    }

    std::vector<Slot> slots_;
    std::string keys_;  // every word, end to end
    size_t mask_ = 0;   // slots_.size() - 1, kept rather than recomputed on every probe
    unsigned shift_ = 64;
    size_t size_ = 0;
};

// A fixed set of words: a WordTable whose only value is being there.
class WordList {
  public:
    WordList() = default;
    WordList(std::initializer_list<std::string_view> words) : table_(with_flags(words)) {}
    template <typename Range>
    explicit WordList(const Range& words) : table_(with_flags(words)) {}

    bool contains(std::string_view word) const { return table_.contains(word); }
    size_t size() const { return table_.size(); }

  private:
    template <typename Range>
    static std::vector<std::pair<std::string_view, bool>> with_flags(const Range& words) {
        std::vector<std::pair<std::string_view, bool>> entries;
        for (const auto& word : words) entries.emplace_back(std::string_view(word), true);
        return entries;
    }
    WordTable<bool> table_;
};

}  // namespace quotecheck
