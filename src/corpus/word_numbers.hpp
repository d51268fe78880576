// Numbers for words, given by their 64-bit hashes, in the order the words are first met: a
// corpus run keeps each quote word as a 4-byte number rather than its 8-byte hash (the largest
// array of the cross-article stage), and two words get the same number exactly when they have
// the same hash. Filled in one thread, in article order, so the numbers do not depend on the
// threads' timing.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace quotecheck {

class WordNumbers {
  public:
    // The word's number: the next one when the hash is new.
    uint32_t number(uint64_t hash) {
        if (2 * (count_ + 1) > slots_.size()) grow();
        Slot& slot = slots_[index_of(hash)];
        if (slot.number_after == 0) slot = {hash, ++count_};
        return slot.number_after - 1;
    }
    // How many distinct words were numbered.
    size_t size() const { return count_; }

  private:
    // Open addressing on the hash's low bits (word hashes are evenly spread already), at most
    // half full, so that a lookup costs a few instructions: a run numbers every quote word.
    struct Slot {
        uint64_t hash = 0;
        uint32_t number_after = 0;  // the number + 1; 0 for an empty slot
    };

    size_t index_of(uint64_t hash) const {
        const size_t mask = slots_.size() - 1;
        size_t s = hash & mask;
        while (slots_[s].number_after != 0 && slots_[s].hash != hash) s = (s + 1) & mask;
        return s;
    }
    void grow() {
        std::vector<Slot> old(std::max<size_t>(1024, 2 * slots_.size()));
        old.swap(slots_);
        for (const Slot& slot : old)
            if (slot.number_after != 0) slots_[index_of(slot.hash)] = slot;
    }

    std::vector<Slot> slots_;
    uint32_t count_ = 0;
};

}  // namespace quotecheck
