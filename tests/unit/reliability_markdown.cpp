// The Markdown loader on pathological inline syntax: every construct is matched in one pass
// over the line, so long runs of '[', '`', '<!--' or '&' are read in linear time and the
// article text stays what the writer meant.
#include <catch2/catch.hpp>

#include <string>

#include "load/load.hpp"

using namespace quotecheck;

namespace {

std::string markdown_text(const std::string& source) {
    return std::string(load_bytes("a.md", source, ArticleFormat::markdown).text());
}

}  // namespace

TEST_CASE("link labels keep their text and lose their targets, nested too",
          "[reliability][markdown]") {
    CHECK(markdown_text("See [the [full] report](http://x) and [notes][ref] now.") ==
          "See the [full] report and notes now.");
    CHECK(markdown_text("A [first [inner](u) label](v) end.") == "A first inner label end.");
    CHECK(markdown_text("An ![image](x.png) here.") == "An  here.");
}

TEST_CASE("an escaped bracket neither opens nor closes a link label", "[reliability][markdown]") {
    CHECK(markdown_text("Keep \\[this](x) text.") == "Keep [this](x) text.");
    CHECK(markdown_text("A [label \\] still open](u) end.") == "A label ] still open end.");
}

TEST_CASE("a code span closes only on a run of the same number of backticks",
          "[reliability][markdown]") {
    CHECK(markdown_text("Use ``a`b`` here.") == "Use a`b here.");
    CHECK(markdown_text("Open ``never closed` here.") == "Open ``never closed` here.");
}

TEST_CASE("fifty thousand unclosed brackets are kept as text", "[reliability][markdown]") {
    const std::string brackets(50000, '[');
    CHECK(markdown_text(brackets + "\n") == brackets);
    std::string images;
    for (int i = 0; i < 50000; ++i) images += "![";
    CHECK(markdown_text(images) == images);
}

TEST_CASE("links nested twenty-five thousand deep keep their innermost text",
          "[reliability][markdown]") {
    std::string source(25000, '[');
    source += "x";
    for (int i = 0; i < 25000; ++i) source += "](u)";
    CHECK(markdown_text(source) == "x");
}

TEST_CASE("long runs of unclosed inline syntax are kept as text", "[reliability][markdown]") {
    std::string comments, tags, entities;
    std::string ticks = "x ";  // a line that starts with ``` would open a code fence
    for (int i = 0; i < 50000; ++i) {
        comments += "x <!--";
        tags += "<a";
        entities += "&a";
    }
    for (int length = 400; length > 0; --length)
        ticks += std::string(static_cast<size_t>(length), '`') + " ";
    CHECK(markdown_text(comments) == comments);
    CHECK(markdown_text(tags) == tags);
    CHECK(markdown_text(entities) == entities);
    CHECK(markdown_text(ticks) == ticks.substr(0, ticks.size() - 1));
}

TEST_CASE("emphasis runs of fifty thousand delimiters are removed", "[reliability][markdown]") {
    std::string stars;
    for (int i = 0; i < 50000; ++i) stars += "*a ";
    const std::string text = markdown_text(stars);
    CHECK(text.find('*') == std::string::npos);
    CHECK(text.size() == 100000 - 1);
}
