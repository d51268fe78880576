// Article: one input file turned into plain text for the analysis stages, with the metadata
// the cross-article checks need and the map back to the original bytes.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_file.hpp"
#include "core/span.hpp"
#include "core/spill_file.hpp"
#include "load/offset_map.hpp"

namespace quotecheck {

// A paragraph (or a line of plain text) this long is most likely several whose breaks were
// lost: an article on one line, as some archives, extraction tools and scrapers give it.
inline constexpr uint32_t kLostBreaksParagraph = 2000;

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

// An article's file changed on disk between its analysis and a later read of a released
// article (Article::release_text): the findings would point at the wrong places, so the run
// stops (exit code 2) rather than report them.
class InputChanged : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// An article's source bytes and text as a reader after the per-article stage sees them: views
// into the article, or into the file read again for this reader when the run released the
// article's text. The views live as long as this object.
class ArticleText {
  public:
    // What a reader needs: the source bytes (lines and columns) or the text.
    enum class Need { bytes, text };

    // Empty when read with Need::text from a released article whose text was spilled
    // (Article::release_text): bytes() and line_column() are for Need::bytes.
    std::string_view bytes() const { return bytes_; }
    // Empty when read with Need::bytes from a released Markdown or HTML article.
    std::string_view text() const { return text_; }
    // Line and column of a byte offset in the file; not when bytes() is empty.
    LineColumn line_column(uint32_t offset) const { return source_->line_column(offset, bytes_); }

  private:
    friend class Article;
    std::shared_ptr<const void> owner_;  // the file read again, or the article loaded again
    const SourceFile* source_ = nullptr;
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
    // file's own bytes (no copy). Not once the text is released: read() then.
    std::string_view text() const;
    void set_text(std::string text, OffsetMap map);
    void use_source_as_text();
    const OffsetMap& offsets() const { return map_; }

    // A large run that keeps only what the findings need releases each article's source bytes
    // and text once its per-article work is done: the cross-article stage and the reports read
    // them again from the file through read(), which checks that the file has not changed
    // (InputChanged). While released, source() has no bytes and no line index (it keeps the
    // index when the article has comments, for the suppression directives' lines) and text()
    // must not be called; to_source() works as before. Only for an article loaded from a file
    // without a problem; for any other this does nothing.
    //
    // With a `spill`, text that is not the file's own bytes (Markdown, HTML, plain text with a
    // BOM or CR) is written there, and read(Need::text) reads it back instead of loading the
    // file again: the text the analysis saw, whatever happened to the file since. Where the
    // spill fails, read() loads the file as without one.
    void release_text(const std::shared_ptr<SpillFile>& spill = nullptr);
    bool released() const { return released_; }
    // Released with its text written to a spill.
    bool spilled() const { return spill_ != nullptr; }
    // Set by load_input for an article read from a regular file, while the bytes are at hand:
    // release_text() may read it again, and knows it by their digest.
    void set_rereadable();
    // A Markdown or HTML article's source bytes, once its text is extracted, are read again
    // only for line and column numbers: a run that keeps only what the findings need drops
    // them for SourceFile::keep_columns_only() (an eighth of their size). Not for plain text,
    // whose bytes are its text, nor for a file with a load problem (perhaps invalid UTF-8).
    void keep_columns_only();
    ArticleText read(ArticleText::Need need = ArticleText::Need::text) const;
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
    // Held for every article of a run: the small members last, without padding between them.
    std::shared_ptr<const SourceFile> source_;
    std::string owned_text_;
    OffsetMap map_;
    uint64_t digest_ = 0;  // rereadable: XXH3 of the source bytes, to tell a changed file
    std::shared_ptr<const SpillFile> spill_;  // where the released text went, if it did
    uint64_t spill_offset_ = 0;
    uint32_t spill_size_ = 0;
    ArticleFormat format_;
    bool text_is_source_ = false;
    bool rereadable_ = false;
    bool released_ = false;
};

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);
std::string format_iso_date(std::chrono::year_month_day date);

}  // namespace quotecheck
