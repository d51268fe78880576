// A small open-addressing table keyed by 64-bit word hashes, for the comparisons that number or
// index one quote's words and then look up another's, once per candidate pair: its slots count
// as empty unless written since the last clear(), so starting over costs an increment, not a
// fill. Meant to be thread_local and reused.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>

namespace quotecheck {

// Holds at most Slots / 2 hashes at a time (the caller's bound), so a probe always ends.
template <typename Value, size_t Slots>
class HashSlots {
  public:
    // Forgets every hash.
    void clear() {
        if (++stamp_ == 0) slots_.fill({}), stamp_ = 1;
    }
    // The hash's value, or null when it was not added since clear().
    const Value* find(uint64_t hash) const {
        const Slot& slot = slots_[index_of(hash)];
        return slot.stamp == stamp_ ? &slot.value : nullptr;
    }
    // The hash's value, and whether it was added now (value-initialised), as std::map's.
    std::pair<Value&, bool> try_emplace(uint64_t hash) {
        Slot& slot = slots_[index_of(hash)];
        const bool added = slot.stamp != stamp_;
        if (added) slot = {hash, stamp_, Value{}};
        return {slot.value, added};
    }

  private:
    struct Slot {
        uint64_t hash = 0;
        uint32_t stamp = 0;
        Value value{};
    };
    // The hash's slot, or the empty one it would take.
    size_t index_of(uint64_t hash) const {
        for (size_t s = hash % Slots;; s = (s + 1) % Slots)
            if (slots_[s].stamp != stamp_ || slots_[s].hash == hash) return s;
    }

    std::array<Slot, Slots> slots_{};
    uint32_t stamp_ = 0;
};

}  // namespace quotecheck
