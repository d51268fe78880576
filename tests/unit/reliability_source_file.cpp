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
