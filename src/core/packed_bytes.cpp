#include "core/packed_bytes.hpp"

#include <lz4.h>

#include <cstring>
#include <stdexcept>

namespace quotecheck {

PackedBytes::PackedBytes(std::string_view bytes) : size_(static_cast<uint32_t>(bytes.size())) {
    if (bytes.empty()) return;
    // Packed into room for the worst case, then kept at its exact size: the packed bytes live as
    // long as the run.
    const int bound = LZ4_compressBound(static_cast<int>(bytes.size()));
    const auto room = std::make_unique_for_overwrite<char[]>(static_cast<size_t>(bound));
    const int packed =
        LZ4_compress_default(bytes.data(), room.get(), static_cast<int>(bytes.size()), bound);
    if (packed <= 0) throw std::runtime_error("LZ4 could not pack an article");
    packed_size_ = static_cast<uint32_t>(packed);
    auto kept = std::make_shared_for_overwrite<char[]>(packed_size_);
    std::memcpy(kept.get(), room.get(), packed_size_);
    packed_ = std::move(kept);
}

void PackedBytes::unpack_to(char* out) const {
    if (size_ == 0) return;
    const int unpacked = LZ4_decompress_safe(packed_.get(), out, static_cast<int>(packed_size_),
                                             static_cast<int>(size_));
    if (unpacked != static_cast<int>(size_))
        throw std::runtime_error("LZ4 could not unpack an article");
}

}  // namespace quotecheck
