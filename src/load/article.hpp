// Article: one input file turned into plain text for the analysis stages, with the metadata
// the cross-article checks need and the map back to the original bytes.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/packed_bytes.hpp"
#include "core/source_file.hpp"
#include "core/span.hpp"
#include "load/offset_map.hpp"

namespace quotecheck {

enum class ArticleFormat { text, markdown, html };

// Something wrong with the file itself (empty, binary, too large, invalid UTF-8, HTML nested
// too deep). `source_offset` points into the original bytes. The text is empty, except for
// invalid UTF-8 (read as U+FFFD) and deep HTML (the part before the cut).
struct LoadProblem {
    std::string rule;  // "input.invalid-utf8", "input.binary", ...
    std::string message;
    uint32_t source_offset = 0;
};

// An HTML comment in Markdown or HTML input, or a `quotecheck-…` directive line in plain text;
// the rules stage reads suppression directives from these.
struct Comment {
    std::string body;  // trimmed comment text
    Span source;       // the whole comment in the original bytes
};

// An article's source bytes and text as a reader after the per-article stage sees them: views
// into the article, or into a copy unpacked for this reader when the run packed the article.
// The views live as long as this object.
class ArticleText {
  public:
    std::string_view bytes() const { return bytes_; }
    std::string_view text() const { return text_; }

  private:
    friend class Article;
    std::unique_ptr<char[]> unpacked_;
    std::string_view bytes_;
    std::string_view text_;
};

class Article {
  public:
    Article(std::shared_ptr<const SourceFile> source, ArticleFormat format);

    const SourceFile& source() const { return *source_; }
    const std::shared_ptr<const SourceFile>& source_ptr() const { return source_; }
    const std::string& path() const { return source_->path(); }
    ArticleFormat format() const { return format_; }

    // The plain text the stages analyse. For plain-text files without BOM or CR this is the
    // file's own bytes (no copy). Not while the article is packed: read() then.
    std::string_view text() const;
    void set_text(std::string text, OffsetMap map);
    void use_source_as_text();
    const OffsetMap& offsets() const { return map_; }

    // A large run that keeps only what the findings need packs the source bytes and the text
    // once the article's per-article work is done: the cross-article stage and the reports
    // read them through read(), which unpacks a copy. While packed, source() has no bytes and
    // text() must not be called; source().line() and to_source() work as before. After
    // keep_columns_only() the pack holds the text alone and read().bytes() is empty.
    void pack();
    // A Markdown or HTML article's source bytes, once its text is extracted, are read again
    // only for line and column numbers: a run that keeps only what the findings need drops
    // them for SourceFile::keep_columns_only() (an eighth of their size). Not for plain text,
    // whose bytes are its text, nor for a file with a load problem (perhaps invalid UTF-8).
    void keep_columns_only();
    bool packed() const { return packed_.has_value(); }
    ArticleText read() const;
    // Never past the end of the file, even for text mapped to its very end (a node libxml2
    // repaired, a synthetic separator).
    Span to_source(Span text_span) const;

    std::string title;
    std::optional<std::chrono::year_month_day> published;
    std::string outlet;
    std::vector<Span> paragraphs;  // in text coordinates, in order, non-overlapping
    std::vector<Comment> comments;
    // Markdown code spans (`"max_routes"`), in text coordinates and in order: their marks quote
    // nothing.
    std::vector<Span> code_spans;
    // Out of line: rare, and every article record is held for the whole run.
    std::shared_ptr<const LoadProblem> problem;

  private:
    std::shared_ptr<const SourceFile> source_;
    ArticleFormat format_;
    std::string owned_text_;
    bool text_is_source_ = false;
    OffsetMap map_;
    std::optional<PackedBytes> packed_;  // the source bytes, then the text unless it is them
};

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);
std::string format_iso_date(std::chrono::year_month_day date);

}  // namespace quotecheck
