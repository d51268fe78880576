#include "load/article.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <cassert>
#include <charconv>

#include "load/load.hpp"

namespace quotecheck {

Article::Article(std::shared_ptr<const SourceFile> source, ArticleFormat format)
    : source_(std::move(source)), format_(format) {}

std::string_view Article::text() const {
    assert(!released_);
    return text_is_source_ ? source_->bytes() : std::string_view(owned_text_);
}

void Article::set_text(std::string text, OffsetMap map) {
    owned_text_ = std::move(text);
    // The text and map live as long as the run; the builder's growth slack would be pure
    // overhead.
    owned_text_.shrink_to_fit();
    map_ = std::move(map);
    map_.shrink_to_fit();
    text_is_source_ = false;
}

void Article::use_source_as_text() {
    owned_text_.clear();
    map_ = OffsetMap{};
    text_is_source_ = true;
}

void Article::set_rereadable() {
    const std::string_view bytes = source_->bytes();
    digest_ = XXH3_64bits(bytes.data(), bytes.size());
    rereadable_ = true;
}

void Article::release_text(const std::shared_ptr<SpillFile>& spill) {
    if (released_ || !rereadable_ || problem) return;
    if (spill && !text_is_source_) {
        if (const auto extent = spill->write(owned_text_)) {
            spill_ = spill;
            spill_offset_ = extent->offset;
            spill_size_ = extent->size;
        }
    }
    std::string().swap(owned_text_);
    source_ = source_->released(!comments.empty());
    released_ = true;
}

void Article::keep_columns_only() {
    if (text_is_source_ || released_ || problem || source_->columns_only()) return;
    source_ = source_->keep_columns_only();
}

ArticleText Article::read(ArticleText::Need need) const {
    ArticleText out;
    if (!released_) {
        out.source_ = source_.get();
        out.bytes_ = source_->bytes();
        out.text_ = text();
        return out;
    }
    auto changed = [&] {
        return InputChanged(fmt::format(
            "{}: the file changed while quotecheck was checking it; check it again", path()));
    };
    if (need == ArticleText::Need::text && spill_) {
        if (auto text = spill_->read({spill_offset_, spill_size_})) {
            auto owner = std::make_shared<const std::string>(std::move(*text));
            out.source_ = source_.get();
            out.text_ = *owner;
            out.owner_ = std::move(owner);
            return out;
        }
    }
    if (need == ArticleText::Need::bytes || text_is_source_) {
        FileRead read = read_article_file(path());
        if (read.bytes.size() != source_->size() ||
            XXH3_64bits(read.bytes.data(), read.bytes.size()) != digest_)
            throw changed();
        auto file = std::make_shared<const SourceFile>(path(), std::move(read.bytes));
        out.bytes_ = file->bytes();
        if (text_is_source_) out.text_ = out.bytes_;
        out.source_ = file.get();
        out.owner_ = std::move(file);
        return out;
    }
    // Each reader reads an article once for all it needs (Corpus::for_each_text, the
    // reporters' article-by-article passes), so nothing is kept between calls. load_input took
    // the digest of the bytes it read (set_rereadable), so they are not hashed again here; it
    // took none if it could not read them.
    auto again = std::make_shared<const Article>(load_input({path(), format_}));
    if (!again->rereadable_ || again->source().size() != source_->size() ||
        again->digest_ != digest_)
        throw changed();
    out.source_ = &again->source();
    out.bytes_ = again->source().bytes();
    out.text_ = again->text();
    out.owner_ = std::move(again);
    return out;
}

Span Article::to_source(Span text_span) const {
    const Span source = map_.to_source(text_span);
    const uint32_t size = source_->size();
    return {std::min(source.start, size), std::min(source.end, size)};
}

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) {
    // Accepts YYYY-MM-DD optionally followed by a time ("2016-06-07T10:00:00Z").
    while (!text.empty() && (text.front() == ' ' || text.front() == '"' || text.front() == '\''))
        text.remove_prefix(1);
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int year = 0;
    unsigned month = 0, day = 0;
    auto parse = [&](size_t pos, size_t len, auto& value) {
        auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, value);
        return ec == std::errc{} && ptr == text.data() + pos + len;
    };
    if (!parse(0, 4, year) || !parse(5, 2, month) || !parse(8, 2, day)) return std::nullopt;
    std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{month},
                                     std::chrono::day{day}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string format_iso_date(std::chrono::year_month_day date) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

}  // namespace quotecheck
