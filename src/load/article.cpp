#include "load/article.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>

namespace quotecheck {

Article::Article(std::shared_ptr<const SourceFile> source, ArticleFormat format)
    : source_(std::move(source)), format_(format) {}

std::string_view Article::text() const {
    assert(!packed());
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

void Article::pack() {
    if (packed()) return;
    const std::string_view bytes = source_->bytes();
    if (text_is_source_) {
        packed_.emplace(bytes);
    } else {
        // One block for both: the text of a Markdown or HTML file repeats most of its source.
        std::string both;
        both.reserve(bytes.size() + owned_text_.size());
        both.append(bytes).append(owned_text_);
        packed_.emplace(both);
    }
    std::string().swap(owned_text_);
    source_ = source_->without_bytes();
}

void Article::keep_columns_only() {
    if (text_is_source_ || packed() || problem || source_->columns_only()) return;
    source_ = source_->keep_columns_only();
}

ArticleText Article::read() const {
    ArticleText out;
    if (!packed()) {
        out.bytes_ = source_->bytes();
        out.text_ = text();
        return out;
    }
    out.unpacked_ = std::make_unique_for_overwrite<char[]>(packed_->size());
    packed_->unpack_to(out.unpacked_.get());
    const uint32_t size = source_->columns_only() ? 0 : source_->size();
    out.bytes_ = {out.unpacked_.get(), size};
    out.text_ = text_is_source_
                    ? out.bytes_
                    : std::string_view(out.unpacked_.get() + size, packed_->size() - size);
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
