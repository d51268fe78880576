#include <catch2/catch.hpp>

#include <sstream>

#include "report/github.hpp"
#include "report_sample.hpp"

using namespace quotecheck;

TEST_CASE("workflow command data escapes percent, CR and LF", "[report][github]") {
    CHECK(github_escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext");
    CHECK(github_escape_data("a: b, c") == "a: b, c");
}

TEST_CASE("workflow command properties also escape colon and comma", "[report][github]") {
    CHECK(github_escape_property("dir,1/a:b.txt") == "dir%2C1/a%3Ab.txt");
    CHECK(github_escape_property("50%\n") == "50%25%0A");
}

TEST_CASE("one annotation per finding with location, end and title", "[report][github]") {
    std::ostringstream out;
    write_github_annotations(out, testing::sample_result());
    const std::string text = out.str();
    CHECK(
        text.find(
            "::warning file=fixtures/reports/council-vote.md,line=9,col=55,endLine=9,endColumn=102,"
            "title=corpus.misquote%3A Same quote%2C different words::the same quote by Mira Holt "
            "is worded "
            "differently in tram-wire.txt%0ASee fixtures/reports/tram-wire.txt:5:") !=
        std::string::npos);
    CHECK(text.find("::error file=fixtures/reports/council-vote.md,line=15,") != std::string::npos);
    CHECK(text.find("::notice file=fixtures/reports/tram-wire.txt,") != std::string::npos);
    CHECK(text.find("%0AFix: Name the speaker next to the quote") != std::string::npos);
    size_t lines = 0;
    for (const char c : text) lines += c == '\n';
    CHECK(lines == testing::sample_result().findings.size());
}

TEST_CASE("the step summary is a Markdown table that shows article text literally",
          "[report][github]") {
    std::ostringstream out;
    write_github_summary(out, testing::hostile_result());
    const std::string text = out.str();
    CHECK(text.find("| Severity | Location | Rule | Message |") != std::string::npos);
    CHECK(text.find("&lt;script&gt;alert('message')&lt;/script&gt;") != std::string::npos);
    CHECK(text.find("<script>") == std::string::npos);
    CHECK(text.find("attribution.unattributed-quote") != std::string::npos);
    // A pipe in the message must not end the cell.
    CheckResult piped = testing::sample_result();
    piped.findings[0].message = "a | b";
    std::ostringstream table;
    write_github_summary(table, piped);
    CHECK(table.str().find("a \\| b") != std::string::npos);
}
