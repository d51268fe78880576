// Inputs the fuzz targets (tests/fuzz/) found crashing or breaking an invariant, each kept as
// a regression test next to the invariant it broke.
#include <catch2/catch.hpp>

#include <string>

#include "check/run_check.hpp"
#include "load/load.hpp"

using namespace quotecheck;

namespace {

// The invariants tests/fuzz/article_invariants.hpp checks, as Catch2 assertions.
void check_spans_inside_file(const Article& article) {
    const auto source_size = static_cast<uint32_t>(article.source().bytes().size());
    for (const Span paragraph : article.paragraphs) {
        CHECK(paragraph.end <= article.text().size());
        const Span source = article.to_source(paragraph);
        CHECK(source.start <= source.end);
        CHECK(source.end <= source_size);
    }
    for (const Comment& comment : article.comments) CHECK(comment.source.end <= source_size);
}

}  // namespace

TEST_CASE("a plain-text line '<!--->' is not read as a comment (fuzz_load_text)",
          "[reliability][fuzz]") {
    // The opening "<!--" and the closing "-->" overlap; cutting both underflowed the line.
    const Article article =
        load_bytes("a.txt", "\xEF\xBB\xBF<!--->\r\x1A->ex\r\xEF\xBB\xBF", ArticleFormat::text);
    CHECK(article.comments.empty());
    check_spans_inside_file(article);
    const Article comment = load_bytes("b.txt", "Title\n<!---->\n", ArticleFormat::text);
    REQUIRE(comment.comments.size() == 1);
    CHECK(comment.comments[0].body.empty());
}

TEST_CASE("HTML text libxml2 repaired at the end of the file maps inside the file (fuzz_quotes)",
          "[reliability][fuzz]") {
    // Text nodes that cannot be aligned with the bytes map to the end of the file; the last
    // character's end was stepped one byte past it.
    const std::string source =
        "<p&liquo;Onphrase \x22Q\x16?\x02<p>&ld'qu> \x22Quot(d \x22Q\x16\x16\x02<p>&ld\x22> "
        "Q\x16\x16\x02"
        "[link]'qu\xff\xff\xff\xff\xff\xff \x22Q\x16?\x02<p>&ld'qu> \x22Quot(d \x22Q";
    const Article article = load_bytes("a.html", source, ArticleFormat::html);
    REQUIRE(!article.paragraphs.empty());
    check_spans_inside_file(article);
}

TEST_CASE("a text that opens with a comma before a speech cue (fuzz_quotes)",
          "[reliability][fuzz]") {
    // The comma groups before "said" were walked back to the comma at the very first token, and
    // the token before it was read: index -1.
    for (const std::string& text : {std::string(",\",  said it.\n"), std::string(", said Ana.\n"),
                                    std::string("\xC2\xAB,\xE2\x80\x9D, said\n")}) {
        const ArticleAnalysis analysis =
            analyse_article(load_bytes("a.txt", text, ArticleFormat::text), 0);
        CHECK(analysis.attributions.size() == analysis.extraction.quotes.size());
    }
}

TEST_CASE("a two-word name whose words are the same (fuzz_quotes)", "[reliability][fuzz]") {
    // "T T": looking for a lone mention of the first word found the surname's own entry, made a
    // moment before and not yet filled, and read an entity that did not exist.
    for (const std::string& text :
         {std::string("\x01# T T\n\nI \"Quoted in\x01wi](),uu),\" sa`D X.\n"),
          std::string("Title\n\nMara Mara said: \"Yes.\"\n")}) {
        const ArticleAnalysis analysis =
            analyse_article(load_bytes("a.md", text, ArticleFormat::markdown), 0);
        CHECK(analysis.attributions.size() == analysis.extraction.quotes.size());
    }
}

TEST_CASE("a quote that ends the text with no token after it (fuzz_quotes)",
          "[reliability][fuzz]") {
    // ',",' : the dash line after a quote alone in its paragraph was looked for one token past
    // the last (50538f2, fixed in cfc3105).
    for (const std::string& text :
         {std::string(",\",", 3), std::string("Title\n\n\"It is over.\"")}) {
        const ArticleAnalysis analysis =
            analyse_article(load_bytes("a.txt", text, ArticleFormat::text), 0);
        CHECK(analysis.attributions.size() == analysis.extraction.quotes.size());
    }
}

TEST_CASE("a list of capitalised words that ends the text (fuzz_quotes)", "[reliability][fuzz]") {
    // "Trade, Industry": the list of a minister's portfolios before a title was walked two
    // tokens at a time past the last token.
    for (const std::string& text :
         {std::string("Title\n\nTrade, Industry"), std::string("Title\n\nA, B, C, D"),
          std::string("Title\n\n\"Yes,\" said Investment, Trade and Industry")}) {
        const ArticleAnalysis analysis =
            analyse_article(load_bytes("a.txt", text, ArticleFormat::text), 0);
        CHECK(analysis.attributions.size() == analysis.extraction.quotes.size());
    }
}
