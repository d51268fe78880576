#include "core/source_file.hpp"

#include <unicode/utf8.h>

// ICU's U8_* macros are written in C and use C casts.
#pragma GCC diagnostic ignored "-Wold-style-cast"

#include <algorithm>
#include <bit>
#include <cstring>

#include "core/utf8.hpp"

namespace quotecheck {

SourceFile::SourceFile(std::string path, std::string bytes)
    : path_(std::move(path)),
      contents_(std::make_unique<Contents>()),
      size_(static_cast<uint32_t>(bytes.size())),
      bom_(bytes.starts_with("\xEF\xBB\xBF")) {
    Contents& c = *contents_;
    c.bytes = std::move(bytes);
    c.line_starts.push_back(0);
    const char* data = c.bytes.data();
    const char* end = data + c.bytes.size();
    for (const char* p = data; p < end;) {
        const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
        if (nl == nullptr) break;
        p = static_cast<const char*>(nl) + 1;
        c.line_starts.push_back(static_cast<uint32_t>(p - data));
    }
    // The index lives as long as the run: grown by doubling, up to half its room would be
    // unused. (Counting the lines first cost more than this one copy.)
    c.line_starts.shrink_to_fit();
    const auto* s = reinterpret_cast<const uint8_t*>(data);
    const auto size = static_cast<uint32_t>(c.bytes.size());
    for (uint32_t line = 1; line <= c.line_starts.size(); ++line) {
        const uint32_t line_end = line < c.line_starts.size() ? c.line_starts[line] : size;
        if (line_end - c.line_starts[line - 1] <= kColumnStride) continue;
        auto i = static_cast<int32_t>(column_origin(line));
        uint32_t column = 1;
        uint32_t next_checkpoint = static_cast<uint32_t>(i) + kColumnStride;
        while (i < static_cast<int32_t>(line_end)) {
            if (static_cast<uint32_t>(i) >= next_checkpoint) {
                c.column_checkpoints.push_back({static_cast<uint32_t>(i), column});
                next_checkpoint = static_cast<uint32_t>(i) + kColumnStride;
            }
            UChar32 cp;
            U8_NEXT(s, i, static_cast<int32_t>(line_end), cp);
            (void)cp;
            ++column;
        }
    }
}

const SourceFile::Contents& SourceFile::contents() const {
    static const Contents none;
    return contents_ ? *contents_ : none;
}

std::shared_ptr<SourceFile> SourceFile::copy_without_bytes() const {
    auto copy = std::make_shared<SourceFile>(CopyKey{});
    copy->path_ = path_;
    copy->size_ = size_;
    copy->bom_ = bom_;
    copy->columns_only_ = columns_only_;
    const Contents& c = contents();
    copy->contents_ = std::make_unique<Contents>(
        Contents{{}, c.line_starts, c.column_checkpoints, c.continuation});
    return copy;
}

std::shared_ptr<const SourceFile> SourceFile::released(bool keep_lines) const {
    auto copy = std::make_shared<SourceFile>(CopyKey{});
    copy->path_ = path_;
    copy->size_ = size_;
    copy->bom_ = bom_;
    if (keep_lines)
        copy->contents_ = std::make_unique<Contents>(Contents{{}, contents().line_starts, {}, {}});
    return copy;
}

std::shared_ptr<const SourceFile> SourceFile::keep_columns_only() const {
    auto copy = copy_without_bytes();
    copy->columns_only_ = true;
    const std::string& bytes = contents().bytes;
    std::vector<uint64_t>& continuation = copy->contents_->continuation;
    continuation.assign((bytes.size() + 63) / 64, 0);
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    size_t i = 0;
    if constexpr (std::endian::native == std::endian::little) {
        // Eight bytes at a time (a byte at a time cost 1.3 % of a 25 MB run): a continuation
        // byte has its top bit set and the next one clear; the eight top bits are gathered into
        // one byte by a multiplication whose partial products never carry into it, byte k of
        // memory into bit k. Offsets here are multiples of 8, so a group never straddles words.
        for (; i + 8 <= bytes.size(); i += 8) {
            uint64_t eight = 0;
            std::memcpy(&eight, s + i, 8);
            const uint64_t top = eight & ~(eight << 1) & 0x8080808080808080ULL;
            if (top == 0) continue;
            continuation[i / 64] |= (((top >> 7) * 0x0102040810204080ULL) >> 56) << (i % 64);
        }
    }
    for (; i < bytes.size(); ++i)
        continuation[i / 64] |= uint64_t{(s[i] & 0xC0) == 0x80} << (i % 64);
    return copy;
}

uint32_t SourceFile::code_points(uint32_t from, uint32_t to) const {
    uint32_t continuation = 0;
    for (uint32_t word = from / 64; word * 64 < to; ++word) {
        uint64_t bits = contents().continuation[word];
        if (word == from / 64) bits &= ~uint64_t{0} << (from % 64);
        if ((word + 1) * 64 > to) bits &= (uint64_t{1} << (to % 64)) - 1;
        continuation += static_cast<uint32_t>(std::popcount(bits));
    }
    return to - from - continuation;
}

uint32_t SourceFile::column_origin(uint32_t line) const {
    if (line == 1 && bom_) return 3;
    return contents().line_starts[line - 1];
}

uint32_t SourceFile::line(uint32_t offset) const {
    offset = std::min(offset, size_);
    const std::vector<uint32_t>& starts = contents().line_starts;
    return static_cast<uint32_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                 starts.begin());
}

LineColumn SourceFile::line_column(uint32_t offset, std::string_view bytes) const {
    offset =
        std::min<uint32_t>(offset, columns_only_ ? size_ : static_cast<uint32_t>(bytes.size()));
    const uint32_t line = this->line(offset);
    const uint32_t origin = column_origin(line);
    if (offset < origin) return {line, 1};
    auto i = static_cast<int32_t>(origin);
    uint32_t column = 1;
    // Resume from the last checkpoint on this line before `offset`: decoding from there gives
    // the same code points as decoding from the start of the line.
    const std::vector<ColumnCheckpoint>& checkpoints = contents().column_checkpoints;
    auto checkpoint =
        std::upper_bound(checkpoints.begin(), checkpoints.end(), offset,
                         [](uint32_t at, const ColumnCheckpoint& c) { return at < c.offset; });
    if (checkpoint != checkpoints.begin() && (checkpoint - 1)->offset >= origin) {
        i = static_cast<int32_t>((checkpoint - 1)->offset);
        column = (checkpoint - 1)->column;
    }
    if (columns_only_) return {line, column + code_points(static_cast<uint32_t>(i), offset)};
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const auto stop = static_cast<int32_t>(offset);
    while (i < stop) {
        // ASCII, nearly all of news text, is counted eight bytes at a time.
        if (i + 8 <= stop && eight_bytes_plain(bytes, static_cast<size_t>(i), {})) {
            i += 8;
            column += 8;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, stop, c);
        (void)c;
        ++column;
    }
    return {line, column};
}

std::string_view SourceFile::line_text(uint32_t line) const {
    const Contents& c = contents();
    if (line == 0 || line > c.line_starts.size()) return {};
    const uint32_t start = c.line_starts[line - 1];
    uint32_t end =
        line < c.line_starts.size() ? c.line_starts[line] : static_cast<uint32_t>(c.bytes.size());
    std::string_view text(c.bytes.data() + start, end - start);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

}  // namespace quotecheck
