// Line and column on long lines: columns come from checkpoints along the line, so reporting a
// position on a 50 MB single-line article does not decode the whole line again each time.
#include <catch2/catch.hpp>

#include <string>

#include "core/source_file.hpp"
#include "core/utf8.hpp"

using namespace quotecheck;

namespace {

// Columns counted the slow way: every code point from the start of the line.
uint32_t column_from_line_start(std::string_view bytes, uint32_t line_start, uint32_t offset) {
    uint32_t column = 1;
    for (uint32_t i = line_start; i < offset; ++column) next_code_point(bytes.substr(0, offset), i);
    return column;
}

}  // namespace

TEST_CASE("columns on a long line with multi-byte and invalid UTF-8 match a full count",
          "[reliability][source]") {
    std::string line;
    for (int i = 0; i < 3000; ++i)
        line += i % 7 == 0 ? "\xE2\x80\x9C" : i % 11 == 0 ? "\xFF" : i % 5 == 0 ? "\xC3\xA9" : "ab";
    const std::string bytes = "first line\n" + line + "\nlast";
    const SourceFile file("a.txt", bytes);
    const uint32_t line_start = 11;
    for (uint32_t offset = line_start; offset <= line_start + line.size(); offset += 97) {
        const LineColumn at = file.line_column(offset);
        CHECK(at.line == 2);
        CHECK(at.column == column_from_line_start(bytes, line_start, offset));
    }
    CHECK(file.line_column(static_cast<uint32_t>(bytes.size())).line == 3);
    CHECK(file.line_column(static_cast<uint32_t>(bytes.size())).column == 5);
}

TEST_CASE("a byte-order mark does not count as a column on a long first line",
          "[reliability][source]") {
    const std::string bytes = "\xEF\xBB\xBF" + std::string(5000, 'x');
    const SourceFile file("a.txt", bytes);
    CHECK(file.line_column(3).column == 1);
    CHECK(file.line_column(4003).column == 4001);
}

TEST_CASE("a file kept for its columns only gives the lines and columns of the whole file",
          "[reliability][source]") {
    // A Markdown or HTML article's bytes are dropped once its text is extracted: a bitmap of
    // UTF-8 continuation bytes must place every offset exactly as the bytes did, across a
    // byte-order mark, CRLF line ends, multi-byte characters and checkpoints on a long line.
    std::string long_line;
    for (int i = 0; i < 2500; ++i)
        long_line += i % 3 == 0 ? "\xE2\x80\x9D" : i % 4 == 0 ? "\xC3\xA9" : "w";
    const std::string bytes =
        "\xEF\xBB\xBF# T\xC3\xADtulo\r\n\r\n\xE2\x80\x9CYes,\xE2\x80\x9D she said.\r\n" +
        long_line + "\n\xF0\x9F\x98\x80 end";
    const SourceFile file("a.md", bytes);
    const auto columns = file.keep_columns_only();
    REQUIRE(columns->columns_only());
    CHECK(columns->bytes().empty());
    CHECK(columns->size() == bytes.size());
    for (uint32_t offset = 0; offset <= bytes.size(); ++offset) {
        CAPTURE(offset);
        const LineColumn want = file.line_column(offset);
        const LineColumn got = columns->line_column(offset, {});
        CHECK(got.line == want.line);
        CHECK(got.column == want.column);
    }
}
