#include <catch2/catch.hpp>

#include <filesystem>
#include <tuple>

#include "load/load.hpp"
#include "quotes/extract.hpp"
#include "temp_dir.hpp"

using namespace quotecheck;

namespace {

// The quotes of an article, each as the bytes of the original file its span points at.
std::vector<std::string> source_quotes(const std::string& body, ArticleFormat format) {
    Article article = load_bytes("t", body, format);
    std::vector<std::string> out;
    for (const Quote& q : extract_quotes(article).quotes) {
        const Span s = article.to_source(q.text);
        out.push_back(body.substr(s.start, s.size()));
    }
    return out;
}

std::vector<std::string> paragraphs(const Article& article) {
    std::vector<std::string> out;
    for (Span p : article.paragraphs) out.emplace_back(p.in(article.text()));
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("format is chosen by extension, case-insensitively") {
    CHECK(format_for_path("a/b.TXT") == ArticleFormat::text);
    CHECK(format_for_path("story.Markdown") == ArticleFormat::markdown);
    CHECK(format_for_path("page.HTM") == ArticleFormat::html);
    CHECK_FALSE(format_for_path("image.png").has_value());
    CHECK_FALSE(format_for_path("dir.md/file").has_value());
}

TEST_CASE("stdin is sniffed: HTML, front matter, else text") {
    CHECK(sniff_format("  <!DOCTYPE html><html>") == ArticleFormat::html);
    CHECK(sniff_format("---\ntitle: x\n---\nbody") == ArticleFormat::markdown);
    CHECK(sniff_format("Plain words.") == ArticleFormat::text);
}

TEST_CASE("plain text: one paragraph per line, or per block when hard-wrapped") {
    Article pasted =
        load_bytes("t", "The title line\nFirst paragraph here.\nSecond paragraph here.\n",
                   ArticleFormat::text);
    CHECK(paragraphs(pasted) ==
          Strings{"The title line", "First paragraph here.", "Second paragraph here."});
    CHECK(pasted.title == "The title line");

    const std::string wrapped =
        "The council met on Tuesday to discuss the new harbour plan and\n"
        "the cost of dredging the channel, which officials put at several\n"
        "million dollars over the next five years of work on the site.\n\n"
        "A second paragraph.\n";
    Article hard = load_bytes("t", wrapped, ArticleFormat::text);
    REQUIRE(hard.paragraphs.size() == 2);
    CHECK(paragraphs(hard)[1] == "A second paragraph.");
}

TEST_CASE("plain text hard-wrapped with no blank lines: a line shorter than the width ends") {
    // Wrapped at 60 columns (Python's textwrap); each paragraph's last line is short. (A
    // paragraph's last line long enough that the next word would not have fitted runs on into
    // the next paragraph: the layout cannot tell the two apart.)
    const std::string wrapped =
        "Council backs harbour plan\n"
        "The council met on Tuesday to discuss the new harbour plan\n"
        "and the cost of dredging the channel.\n"
        "\"Almost every house in my ward has lost its roof and its\n"
        "windows,\" said Anwar Hossain, a councillor.\n"
        "Officials put the cost of the work at several million\n"
        "dollars over five years, and the vote was close.\n";
    Article article = load_bytes("t", wrapped, ArticleFormat::text);
    CHECK(paragraphs(article) ==
          Strings{"Council backs harbour plan",
                  "The council met on Tuesday to discuss the new harbour plan\nand the cost of "
                  "dredging the channel.",
                  "\"Almost every house in my ward has lost its roof and its\nwindows,\" said "
                  "Anwar Hossain, a councillor.",
                  "Officials put the cost of the work at several million\ndollars over five "
                  "years, and the vote was close."});
}

TEST_CASE("plain text: a headline in title case and a byline are paragraphs of their own") {
    const std::string top =
        "Delia Marsh Cancels Rest of Fall Tour After Vocal Cord Hemorrhage: 'I Tried'\n"
        "The singer-songwriter says doctors have ordered weeks of rest after a show at Red Rocks\n"
        "By Owen Castellano  September 9, 2025\n\n"
        "Delia Marsh has cancelled the rest of her tour.\n";
    Article article = load_bytes("t", top, ArticleFormat::text);
    CHECK(paragraphs(article) ==
          Strings{"Delia Marsh Cancels Rest of Fall Tour After Vocal Cord Hemorrhage: 'I Tried'",
                  "The singer-songwriter says doctors have ordered weeks of rest after a show at "
                  "Red Rocks",
                  "By Owen Castellano  September 9, 2025",
                  "Delia Marsh has cancelled the rest of her tour."});
}

TEST_CASE("BOM and CRLF give the same quotes and the same columns") {
    const std::string lf = "Head\n\n“We stay,” she said.\n";
    const std::string crlf_bom = "\xEF\xBB\xBFHead\r\n\r\n“We stay,” she said.\r\n";
    Article a = load_bytes("a", lf, ArticleFormat::text);
    Article b = load_bytes("b", crlf_bom, ArticleFormat::text);
    const auto qa = extract_quotes(a).quotes;
    const auto qb = extract_quotes(b).quotes;
    REQUIRE(qa.size() == 1);
    REQUIRE(qb.size() == 1);
    const auto la = a.source().line_column(a.to_source(qa[0].text).start);
    const auto lb = b.source().line_column(b.to_source(qb[0].text).start);
    CHECK(la.line == lb.line);
    CHECK(la.column == lb.column);
    CHECK(la.line == 3);
    CHECK(la.column == 2);
    CHECK(source_quotes(crlf_bom, ArticleFormat::text) == Strings{"We stay,"});
}

TEST_CASE("columns count code points, not bytes") {
    SourceFile file("f", "«Ça va», dit-il.\n");
    CHECK(file.line_column(2).column == 2);  // after the two-byte «
    CHECK(file.line_column(5).column == 4);  // after « Ç a
}

TEST_CASE("invalid UTF-8 is reported with its offset and the article is still read") {
    Article article = load_bytes("bad.txt", "“Caf\xE9 society,” she said.\n", ArticleFormat::text);
    REQUIRE(article.problem);
    CHECK(article.problem->rule == "input.invalid-utf8");
    CHECK(article.problem->source_offset == 6);
    CHECK(extract_quotes(article).quotes.size() == 1);
}

TEST_CASE("a file with NUL bytes is binary and not analysed") {
    Article article =
        load_bytes("bin.txt", std::string("PK\x03\x04\0\0data", 10), ArticleFormat::text);
    REQUIRE(article.problem);
    CHECK(article.problem->rule == "input.binary");
    CHECK(article.text().empty());
}

TEST_CASE("markdown: front matter gives metadata and no text") {
    Article article = load_bytes("a.md",
                                 "---\ntitle: \"Harbour deal\"\ndate: 2024-03-14\noutlet: Coastal "
                                 "Ledger\n---\n\nBody text.\n",
                                 ArticleFormat::markdown);
    CHECK(article.title == "Harbour deal");
    REQUIRE(article.published.has_value());
    CHECK(format_iso_date(*article.published) == "2024-03-14");
    CHECK(article.outlet == "Coastal Ledger");
    CHECK(paragraphs(article) == Strings{"Body text."});
}

TEST_CASE("markdown syntax does not end up inside quote text") {
    const std::string body =
        "# Mayor *signs* deal\n\n"
        "> “We kept **our** promise,” said [Mayor Varga](https://example.org/varga).\n\n"
        "- “A _good_ day,” said `Berg`.\n";
    Article article = load_bytes("a.md", body, ArticleFormat::markdown);
    CHECK(paragraphs(article) == Strings{"Mayor signs deal",
                                         "“We kept our promise,” said Mayor Varga.",
                                         "“A good day,” said Berg."});
    CHECK(article.title == "Mayor signs deal");
    const auto quotes = extract_quotes(article).quotes;
    REQUIRE(quotes.size() == 2);
    // Spans map back into the Markdown file, markup included where it sits inside the quote.
    const Span first = article.to_source(quotes[0].text);
    CHECK(body.substr(first.start, first.size()) == "We kept **our** promise,");
}

TEST_CASE("markdown: code fences, images and comments are not prose") {
    Article article = load_bytes(
        "a.md",
        "Intro.\n\n```\n\"not a quote\"\n```\n\n![“alt quote”](x.png) After.\n\n"
        "<!-- quotecheck-disable-next-line attribution.unattributed-quote -->\n\"Real.\"\n",
        ArticleFormat::markdown);
    CHECK(paragraphs(article) == Strings{"Intro.", "After.", "\"Real.\""});
    REQUIRE(article.comments.size() == 1);
    CHECK(article.comments[0].body ==
          "quotecheck-disable-next-line attribution.unattributed-quote");
}

TEST_CASE("markdown: snake_case and lone asterisks are kept") {
    Article article =
        load_bytes("a.md", "The file_name field is 2 * 3 wide.\n", ArticleFormat::markdown);
    CHECK(paragraphs(article) == Strings{"The file_name field is 2 * 3 wide."});
}

TEST_CASE("html: article text only, metadata from head") {
    const std::string body =
        "<html><head><title>Bridge reopens</title>"
        "<meta property=\"article:published_time\" content=\"2024-05-02T09:30:00Z\">"
        "<meta property=\"og:site_name\" content=\"Valley Courier\"><script>var q = "
        "\"no\";</script></head>"
        "<body><nav>“Menu item”</nav><p>“We are proud,” said Amal&nbsp;Haddad.</p>"
        "<footer>“Footer quote”</footer></body></html>";
    Article article = load_bytes("a.html", body, ArticleFormat::html);
    CHECK(article.title == "Bridge reopens");
    REQUIRE(article.published.has_value());
    CHECK(format_iso_date(*article.published) == "2024-05-02");
    CHECK(article.outlet == "Valley Courier");
    CHECK(paragraphs(article) == Strings{"“We are proud,” said Amal\u00A0Haddad."});
}

TEST_CASE("html: entity-encoded quotes map back to the entities") {
    const std::string body = "<p>&ldquo;We &amp; they agree,&rdquo; she said.</p>";
    Article article = load_bytes("a.html", body, ArticleFormat::html);
    const auto quotes = extract_quotes(article).quotes;
    REQUIRE(quotes.size() == 1);
    const Span inside = article.to_source(quotes[0].text);
    CHECK(body.substr(inside.start, inside.size()) == "We &amp; they agree,");
    const Span open = article.to_source(quotes[0].open);
    CHECK(body.substr(open.start, open.size()) == "&ldquo;");
    const Span close = article.to_source(quotes[0].close);
    CHECK(body.substr(close.start, close.size()) == "&rdquo;");
}

TEST_CASE("html: a <q> element is a quotation, its marks drawn as a browser draws them") {
    const std::string body =
        "<p>He added: <q>We owe you <q>the</q> truth.</q> Then he left.</p><p>No marks.</p>";
    Article article = load_bytes("a.html", body, ArticleFormat::html);
    CHECK(article.text() ==
          "He added: \u201CWe owe you \u2018the\u2019 truth.\u201D Then he left.\n\nNo marks.");
    const auto quotes = extract_quotes(article).quotes;
    REQUIRE(quotes.size() == 2);
    const Span inside = article.to_source(quotes[0].text);
    CHECK(body.substr(inside.start, inside.size()) == "We owe you <q>the</q> truth.");
}

TEST_CASE("html: the <article> element is preferred over page chrome") {
    Article article = load_bytes(
        "a.html",
        "<body><div>Sidebar words.</div><article><h1>Head</h1><p>Story.</p></article></body>",
        ArticleFormat::html);
    CHECK(paragraphs(article) == Strings{"Head", "Story."});
}

TEST_CASE("html: the story is the <article> with the most paragraph text, not a teaser before it") {
    Article article = load_bytes(
        "a.html",
        "<body><div class=\"top\"><article class=\"card\"><h3><a href=\"/x\">Coach: \u201CWe "
        "were robbed\u201D</a></h3></article></div><main><article class=\"story\"><h1>Mayor "
        "quits</h1><p>The mayor resigned on Tuesday after the audit.</p><p>\u201CI take the "
        "blame,\u201D she said.</p></article><section><article><h3>\u201CShocking\u201D "
        "scenes</h3><p>Short.</p></article></section></main></body>",
        ArticleFormat::html);
    CHECK(paragraphs(article) == Strings{"Mayor quits",
                                         "The mayor resigned on Tuesday after the audit.",
                                         "\u201CI take the blame,\u201D she said."});
}

TEST_CASE("html: furniture inside the story is not its text") {
    Article article = load_bytes(
        "a.html",
        "<body><article><h1>Ferry fares rise</h1><div class=\"c-byline\">By Ann Lee</div>"
        "<p>Fares rise in June.</p><div class=\"ad-slot\">Advertisement</div>"
        "<p><strong>Read more:</strong> <a href=\"/y\">\u201CNobody told us,\u201D say "
        "residents</a></p><p><a href=\"/z\">Ferry strike called off</a></p>"
        "<div class=\"related-links\"><ul><li>\u201CWe are angry\u201D</li></ul></div>"
        "<blockquote class=\"twitter-tweet\"><p>\u201CSee you all at the pier\u201D</p>"
        "</blockquote><div hidden><p>Hidden words.</p></div><div aria-hidden=\"true\">Icon"
        "</div><p>The operator said costs had <a href=\"/c\">doubled</a>.</p></article></body>",
        ArticleFormat::html);
    CHECK(paragraphs(article) == Strings{"Ferry fares rise", "Fares rise in June.",
                                         "The operator said costs had doubled."});
}

TEST_CASE("html: a story in no <article> is read from the page, its teaser <article>s left out") {
    Article article = load_bytes(
        "a.html",
        "<body><div class=\"strip\"><article class=\"element\"><a href=\"/x\"><h3>\u2018We "
        "will stand by you\u2019</h3></a></article></div><div class=\"article\"><h1>Drain work "
        "delayed</h1><div class=\"author-name\">Bureau</div><p>The court pulled up the "
        "corporation on Tuesday for the delay in the drain work.</p><p>\u201CWe cannot wait,\u201D "
        "the judge said.</p></div><div><article><h3>Metro line opens</h3></article></div></body>",
        ArticleFormat::html);
    CHECK(paragraphs(article) ==
          Strings{"Drain work delayed",
                  "The court pulled up the corporation on Tuesday for the delay in the drain work.",
                  "\u201CWe cannot wait,\u201D the judge said."});
}

TEST_CASE("html: a wrapper holding most of the story is read whatever its class says") {
    Article article = load_bytes(
        "a.html",
        "<body><article><h1>Budget passed</h1><div class=\"article-body has-comments\"><p>The "
        "council passed its budget on Monday after a long debate.</p><p>\u201CIt was hard,\u201D "
        "the leader said.</p></div><div class=\"comments\"><p>Great news!</p></div></article>"
        "</body>",
        ArticleFormat::html);
    CHECK(paragraphs(article) ==
          Strings{"Budget passed", "The council passed its budget on Monday after a long debate.",
                  "\u201CIt was hard,\u201D the leader said."});
}

TEST_CASE("html: a headline in a banner above the story body is read with it") {
    Article article = load_bytes(
        "a.html",
        "<html><head><title>Port strike ends | The Courier</title></head><body><header><h1 "
        "class=\"logo\">The Courier</h1></header><header class=\"story-head\"><h1>Port "
        "strike ends</h1></header><div itemprop=\"articleBody\"><p>Dockers returned on Monday "
        "after a week.</p></div></body></html>",
        ArticleFormat::html);
    CHECK(paragraphs(article) ==
          Strings{"Port strike ends", "Dockers returned on Monday after a week."});
}

TEST_CASE("html: the article's own header gives its headline, not its kicker, dek or byline") {
    Article article = load_bytes(
        "a.html",
        "<body><header><h1>Site name</h1></header><article><header><p>Education</p><h1>Chief: "
        "\u2018We will rebuild\u2019</h1><p class=\"dek\">A teacher explains.</p><p>Words: Theo "
        "Brandt</p></header><p>Story.</p></article></body>",
        ArticleFormat::html);
    CHECK(paragraphs(article) == Strings{"Chief: \u2018We will rebuild\u2019", "Story."});
}

TEST_CASE("html: deeply nested markup loads without recursion") {
    std::string body;
    for (int i = 0; i < 20000; ++i) body += "<div>";
    body += "<p>“Deep,” she said.</p>";
    Article article = load_bytes("deep.html", body, ArticleFormat::html);
    // libxml2 stops at 256 levels: the loss of the text below is reported, not silent.
    REQUIRE(article.problem);
    CHECK(article.problem->rule == "input.html-too-deep");
}

TEST_CASE("html: a blockquote repeating the story's words is a pull quote, not text") {
    Article article = load_bytes(
        "a.html",
        "<body><article><h1>Pool to close</h1><p>\u201CI am in that building every day,\u201D "
        "he told the jury. \u201CI know who comes in.\u201D</p><blockquote class=\"c-q\"><p>"
        "\u201CI am in that building every day. I know who comes in.\u201D</p><footer>Ramon "
        "Ortiz, custodian</footer></blockquote><blockquote><p>\u201CWe will appeal the ruling "
        "in full.\u201D</p></blockquote><blockquote><p>\u201CI know.\u201D</p></blockquote>"
        "</article></body>",
        ArticleFormat::html);
    CHECK(paragraphs(article) ==
          Strings{"Pool to close",
                  "\u201CI am in that building every day,\u201D he told the jury. \u201CI know who "
                  "comes in.\u201D",
                  "\u201CWe will appeal the ruling in full.\u201D", "\u201CI know.\u201D"});
}

TEST_CASE("html: a blockquote of the story's own without marks is quoted as a block quote") {
    Article article = load_bytes(
        "a.html",
        "<body><article><h1>Treasurer sentenced</h1><p>Before the trial she wrote:</p>"
        "<blockquote class=\"body-quote\">\n  <p>I made mistakes in how I ran that office.</p>\n"
        "  <p>I never set out to take anything.</p>\n  <footer>Denise Harwell</footer>"
        "</blockquote><p>The judge was unmoved.</p></article></body>",
        ArticleFormat::html);
    CHECK(paragraphs(article) ==
          Strings{"Treasurer sentenced",
                  "Before the trial she wrote:", "\u201CI made mistakes in how I ran that office.",
                  "\u201CI never set out to take anything.\u201D", "The judge was unmoved."});
    // (The marks stand for no byte of the file: every position reported is the page's.)
    const std::string_view text = article.text();
    const size_t made = text.find("I made");
    const auto at = [&](size_t offset) {
        return article.to_source({static_cast<uint32_t>(offset), static_cast<uint32_t>(offset)})
            .start;
    };
    CHECK(at(made - 3) <= at(made));
    CHECK(
        article.to_source({static_cast<uint32_t>(made - 3), static_cast<uint32_t>(made)}).size() <=
        at(made) - at(made - 3));
}

TEST_CASE("plain text: page furniture before the headline is not the title") {
    Article article =
        load_bytes("t", "Share\n\nNews / Syria\n\nLeaders meet in the capital\n\nBody.\n",
                   ArticleFormat::text);
    CHECK(article.title == "Leaders meet in the capital");
    // Pasted pages often separate breadcrumbs with no-break spaces (U+00A0).
    Article crumbs =
        load_bytes("t", "News \u00A0/ \u00A0Syria\n\nLeaders meet in the capital\n\nBody.\n",
                   ArticleFormat::text);
    CHECK(crumbs.title == "Leaders meet in the capital");
    Article accented =
        load_bytes("t", "Éric Zemmour défend son programme\n\nBody.\n", ArticleFormat::text);
    CHECK(accented.title == "Éric Zemmour défend son programme");
}

TEST_CASE("a released article reads its file again: bytes, text, lines and columns") {
    // Markdown (its text is not its bytes) with a byte-order mark and CRLF, plain text with
    // CRLF (its text is not its bytes either), and plain text whose text is its bytes.
    testing::TempDir dir;
    for (const auto& [name, bytes, format] :
         {std::tuple<std::string, std::string, ArticleFormat>{
              "a.md",
              "\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\n\r\n"
              "“Ça va,” she said.\r\n\r\n*Next* line.\r\n",
              ArticleFormat::markdown},
          {"b.txt", "Title\r\n\r\n“Ça va,” she said.\r\n", ArticleFormat::text},
          {"c.txt", "One “quoted” line.\nAnother line.\n", ArticleFormat::text}}) {
        CAPTURE(name);
        const std::string path = dir.write(name, bytes).string();
        Article article = load_input({path, format});
        const std::string text(article.text());
        const auto size = static_cast<uint32_t>(bytes.size());
        std::vector<LineColumn> places;
        for (uint32_t offset = 0; offset <= size; ++offset)
            places.push_back(article.source().line_column(offset));
        const Span first_line = article.to_source({0, 4});

        article.release_text();
        REQUIRE(article.released());
        CHECK(article.source().bytes().empty());
        CHECK(article.source().size() == size);
        CHECK(article.to_source({0, 4}) == first_line);
        for (const auto need : {ArticleText::Need::bytes, ArticleText::Need::text}) {
            const ArticleText read = article.read(need);
            CHECK(read.bytes() == bytes);
            if (need == ArticleText::Need::text) CHECK(read.text() == text);
            for (uint32_t offset = 0; offset <= size; ++offset) {
                const LineColumn at = read.line_column(offset);
                CHECK(at.line == places[offset].line);
                CHECK(at.column == places[offset].column);
            }
        }

        // A file changed after its analysis stops the run rather than misplace its findings,
        // whether its size changed or only its bytes. (A copy never read again: the text of
        // `article` may be served from the bytes read above.)
        const std::string copy = dir.write("changed-" + name, bytes).string();
        Article changed = load_input({copy, format});
        changed.release_text();
        dir.write("changed-" + name, bytes + "More.\n");
        CHECK_THROWS_AS(changed.read(ArticleText::Need::bytes), InputChanged);
        CHECK_THROWS_AS(changed.read(ArticleText::Need::text), InputChanged);
        std::string same_size = bytes;
        same_size.back() = ' ';
        dir.write("changed-" + name, same_size);
        CHECK_THROWS_AS(changed.read(ArticleText::Need::bytes), InputChanged);
        CHECK_THROWS_AS(changed.read(ArticleText::Need::text), InputChanged);
        std::filesystem::remove(copy);
        CHECK_THROWS_AS(changed.read(ArticleText::Need::bytes), InputChanged);
        CHECK_THROWS_AS(changed.read(ArticleText::Need::text), InputChanged);
    }
}

TEST_CASE("a released article's spilled text is the text it was analysed with") {
    // With a spill, text that is not the file's own bytes is read back from it: no second
    // parse, and the text the findings were made on even when the file has changed since. The
    // bytes (lines and columns) still come from the file, which must not have changed.
    testing::TempDir dir;
    const auto spill = SpillFile::create(dir.path.string());
    REQUIRE(spill);
    for (const auto& [name, bytes, format, spilled] :
         {std::tuple<std::string, std::string, ArticleFormat, bool>{
              "a.md", "---\ntitle: T\n---\n\n“Ça va,” she said.\n\n*Next* line.\n",
              ArticleFormat::markdown, true},
          {"b.html", "<html><body><p>“Ça va,” she <b>said</b>.</p><p>Next.</p></body></html>",
           ArticleFormat::html, true},
          {"c.txt", "Title\r\n\r\n“Ça va,” she said.\r\n", ArticleFormat::text, true},
          {"d.txt", "One “quoted” line.\n", ArticleFormat::text, false}}) {
        CAPTURE(name);
        const std::string path = dir.write(name, bytes).string();
        Article article = load_input({path, format});
        const std::string text(article.text());
        REQUIRE_FALSE(text.empty());
        article.release_text(spill);
        REQUIRE(article.released());
        CHECK(article.spilled() == spilled);
        CHECK(article.read(ArticleText::Need::text).text() == text);
        CHECK(article.read(ArticleText::Need::bytes).bytes() == bytes);

        dir.write(name, bytes + "More.\n");
        CHECK_THROWS_AS(article.read(ArticleText::Need::bytes), InputChanged);
        if (spilled) {
            const ArticleText read = article.read(ArticleText::Need::text);
            CHECK(read.text() == text);
            CHECK(read.bytes().empty());
        } else {
            CHECK_THROWS_AS(article.read(ArticleText::Need::text), InputChanged);
        }
    }
}

TEST_CASE("only an article read from a file can release its text") {
    // Standard input, bytes given in memory and a file with a load problem cannot be read
    // again: they keep their text.
    Article in_memory = load_bytes("t", "Some “quoted” words.\n", ArticleFormat::text);
    in_memory.release_text();
    CHECK_FALSE(in_memory.released());
    CHECK(in_memory.read().text() == "Some “quoted” words.\n");
    testing::TempDir dir;
    const std::string path = dir.write("bad.txt", "Caf\xE9 “quoted”.\n").string();
    Article bad = load_input({path, ArticleFormat::text});
    REQUIRE(bad.problem);
    bad.release_text();
    CHECK_FALSE(bad.released());
}

TEST_CASE("html: two line breaks in a row end a paragraph, one does not") {
    const Article article = load_bytes(
        "a.html",
        "<html><body><article><div>Fares rise in June.<br><br>\n  \"It is too much,\" a rider "
        "said.<br>\n<br>The council met.<br>It voted.</div></article></body></html>",
        ArticleFormat::html);
    CHECK(paragraphs(article) == Strings{"Fares rise in June.", "\"It is too much,\" a rider said.",
                                         "The council met.\nIt voted."});
}

TEST_CASE("plain text whose paragraphs run together with nothing between them is split again") {
    std::string glued = "Council backs harbour plan after long night.";
    while (glued.size() < 2100) glued += " The council met on Tuesday to discuss the new plan.";
    glued +=
        "\"We paid for light and we got darkness,\" said one resident.The council did not "
        "reply.\u201cIt is a scandal,\u201d she said.Police said Mr.Smith of ASP.NET was "
        "\"very calm.\"Officers left at noon.";
    Article article = load_bytes("t", glued + "\n", ArticleFormat::text);
    const Strings found = paragraphs(article);
    REQUIRE(found.size() == 6);
    // Before a straight mark that opens what ends as speech, not after it.
    CHECK(found[1] == "\"We paid for light and we got darkness,\" said one resident.");
    CHECK(found[2] == "The council did not reply.");
    CHECK(found[3] == "\u201cIt is a scandal,\u201d she said.");
    // Not after a title's period ("Mr.Smith") nor inside a name in capitals ("ASP.NET"); after a
    // straight mark that closes a quote.
    CHECK(found[4] == "Police said Mr.Smith of ASP.NET was \"very calm.\"");
    CHECK(found[5] == "Officers left at noon.");
    // The text keeps its offsets in the file: the inserted breaks stand for no byte of it.
    const auto at = static_cast<uint32_t>(article.text().find("The council did"));
    CHECK(article.to_source(Span{at, at + 1}).start == glued.find("The council did"));
}
