// A small open-addressing table keyed by word numbers (WordNumbers), for the comparisons that
// number or index one quote's words and then look up another's, once per candidate pair: its slots
// count as empty unless written since the last clear(), so starting over costs an increment, not a
// fill. Meant to be thread_local and reused.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace quotecheck {

// Holds at most Slots / 2 words at a time (the caller's bound), so a probe always ends.
template <typename Value, size_t Slots>
class HashSlots {
    static_assert(std::has_single_bit(Slots));

  public:
    // Forgets every word.
    void clear() {
        if (++stamp_ == 0) slots_.fill({}), stamp_ = 1;
    }
    // The word's value, or null when it was not added since clear().
    const Value* find(uint32_t word) const {
        const Slot& slot = slots_[index_of(word)];
        return slot.stamp == stamp_ ? &slot.value : nullptr;
    }
    // The word's value, and whether it was added now (value-initialised), as std::map's.
    std::pair<Value&, bool> try_emplace(uint32_t word) {
        Slot& slot = slots_[index_of(word)];
        const bool added = slot.stamp != stamp_;
        if (added) slot = {word, stamp_, Value{}};
        return {slot.value, added};
    }

  private:
    struct Slot {
        uint32_t word = 0;
        uint32_t stamp = 0;
        Value value{};
    };
    // The word's slot, or the empty one it would take. Numbers are given in the order words are
    // met, so one quote's are often a run of neighbours: scattered (Fibonacci hashing) rather
    // than taken modulo Slots, where they would fill a run of slots that every miss walks.
    size_t index_of(uint32_t word) const {
        constexpr int kShift = 32 - std::countr_zero(Slots);
        for (size_t s = static_cast<uint32_t>(word * 0x9E3779B9u) >> kShift;; s = (s + 1) % Slots)
            if (slots_[s].stamp != stamp_ || slots_[s].word == word) return s;
    }

    std::array<Slot, Slots> slots_{};
    uint32_t stamp_ = 0;
};

}  // namespace quotecheck
