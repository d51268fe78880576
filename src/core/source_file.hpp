// SourceFile owns the bytes of one input file exactly as the user wrote them. Line and column
// are derived from those bytes only when a report is written.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace quotecheck {

struct LineColumn {
    uint32_t line = 1;    // 1-based
    uint32_t column = 1;  // 1-based, counted in Unicode code points
};

class SourceFile {
  public:
    SourceFile(std::string path, std::string bytes);

    const std::string& path() const { return path_; }
    // Empty in a copy made by released() or keep_columns_only().
    std::string_view bytes() const { return contents_ ? contents_->bytes : std::string_view(); }
    uint32_t size() const { return size_; }

    // The path and size alone, for a run that reads the file again when it needs it
    // (Article::release_text); with `keep_lines`, the line index too, so that line() works.
    std::shared_ptr<const SourceFile> released(bool keep_lines) const;
    // The same file without its bytes, for a run that will not read them again (a Markdown or
    // HTML article once its text is extracted): one bit a byte marks the UTF-8 continuation
    // bytes, which keeps line_column() exact without them. Only for valid UTF-8, where a column
    // is the bytes since the start of the line less the continuation bytes among them.
    std::shared_ptr<const SourceFile> keep_columns_only() const;
    bool columns_only() const { return columns_only_; }

    // Line/column of a byte offset. A UTF-8 byte-order mark does not count as a column, and a
    // CR before LF belongs to the line it ends, so CRLF and BOM files report the same columns.
    LineColumn line_column(uint32_t offset) const { return line_column(offset, bytes()); }
    // The same for a file whose bytes are held elsewhere: `bytes` are this file's (ignored,
    // and may be empty, for a keep_columns_only() copy).
    LineColumn line_column(uint32_t offset, std::string_view bytes) const;
    // The line alone, from the index: needs no bytes.
    uint32_t line(uint32_t offset) const;
    // Byte range of the 1-based line, without its line terminator.
    std::string_view line_text(uint32_t line) const;
    uint32_t line_count() const { return static_cast<uint32_t>(contents().line_starts.size()); }

  private:
    // Column of a code point start every kColumnStride bytes or so along long lines, so that
    // finding a column on a 50 MB single-line article decodes at most that many bytes instead
    // of the whole line before it.
    struct ColumnCheckpoint {
        uint32_t offset;
        uint32_t column;
    };
    static constexpr uint32_t kColumnStride = 1024;

    // Where line `line` (1-based) starts counting columns: after a UTF-8 BOM on line 1.
    uint32_t column_origin(uint32_t line) const;

    std::shared_ptr<SourceFile> copy_without_bytes() const;
    // Code points in [from, to) of a keep_columns_only() copy.
    uint32_t code_points(uint32_t from, uint32_t to) const;

    // Copies are made with make_shared (one block with the count, not two), which needs a
    // public constructor; only SourceFile can name this key.
    struct CopyKey {};

  public:
    explicit SourceFile(CopyKey) {}

  private:
    // What a released copy goes without (all of it, or all but the lines): out of line, so
    // that the copy held for each article of a large run is 48 bytes rather than 144.
    struct Contents {
        std::string bytes;
        std::vector<uint32_t> line_starts;
        std::vector<ColumnCheckpoint> column_checkpoints;  // by offset
        std::vector<uint64_t> continuation;  // keep_columns_only(): bit i%64 of word i/64, byte i
    };
    // Empty contents when there are none.
    const Contents& contents() const;

    // Held for every article of a run, so laid out without padding.
    std::string path_;
    std::unique_ptr<Contents> contents_;  // null in a released copy without lines
    uint32_t size_ = 0;
    bool bom_ = false;  // starts with a UTF-8 byte-order mark
    bool columns_only_ = false;
};

}  // namespace quotecheck
