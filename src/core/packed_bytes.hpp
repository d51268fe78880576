// Bytes held compressed while nothing reads them: a large run packs each article's source and
// text once its per-article work is done, and unpacks them for the few readers after that.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

namespace quotecheck {

// LZ4 at its default speed: an article alone (2 to 4 KB of news) keeps about 70 % of its bytes,
// for a third of the instructions zstd's level 1 takes to pack it and a tenth to unpack it.
class PackedBytes {
  public:
    PackedBytes() = default;
    explicit PackedBytes(std::string_view bytes);

    // The size unpacked.
    uint32_t size() const { return size_; }
    // Writes the size() bytes given to the constructor to `out`.
    void unpack_to(char* out) const;

  private:
    std::shared_ptr<const char[]> packed_;  // shared by copies: never changed once packed
    uint32_t packed_size_ = 0;
    uint32_t size_ = 0;
};

}  // namespace quotecheck
