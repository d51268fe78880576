#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "report/html.hpp"
#include "report/html_assets.hpp"
#include "report_sample.hpp"

using namespace quotecheck;

namespace {

// The report parsed back the way a browser would build its tree.
class ParsedPage {
  public:
    explicit ParsedPage(const std::string& html)
        : doc_(htmlReadMemory(html.data(), static_cast<int>(html.size()), "report.html", "UTF-8",
                              HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET)) {
        REQUIRE(doc_);
    }
    ~ParsedPage() { xmlFreeDoc(doc_); }
    ParsedPage(const ParsedPage&) = delete;
    ParsedPage& operator=(const ParsedPage&) = delete;

    std::vector<xmlNodePtr> all(const std::string& xpath) const {
        std::unique_ptr<xmlXPathContext, void (*)(xmlXPathContextPtr)> context(
            xmlXPathNewContext(doc_), xmlXPathFreeContext);
        std::unique_ptr<xmlXPathObject, void (*)(xmlXPathObjectPtr)> found(
            xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), context.get()),
            xmlXPathFreeObject);
        std::vector<xmlNodePtr> out;
        if (found && found->nodesetval)
            for (int i = 0; i < found->nodesetval->nodeNr; ++i)
                out.push_back(found->nodesetval->nodeTab[i]);
        return out;
    }
    xmlNodePtr one(const std::string& xpath) const {
        const auto nodes = all(xpath);
        INFO(xpath);
        REQUIRE(nodes.size() == 1);
        return nodes[0];
    }
    std::string text(const std::string& xpath) const { return text_of(one(xpath)); }

    static std::string text_of(xmlNodePtr node) {
        xmlChar* content = xmlNodeGetContent(node);
        std::string out = content ? reinterpret_cast<const char*>(content) : "";
        xmlFree(content);
        return out;
    }
    static std::string attribute(xmlNodePtr node, const char* name) {
        xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
        std::string out = value ? reinterpret_cast<const char*>(value) : "";
        xmlFree(value);
        return out;
    }

  private:
    htmlDocPtr doc_;
};

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the report is one page whose CSP allows only its own inline script and style",
          "[report][html]") {
    const ParsedPage page(html_report(testing::sample_result()));
    const std::string policy =
        ParsedPage::attribute(page.one("//meta[@http-equiv='Content-Security-Policy']"), "content");
    CHECK(policy.starts_with("default-src 'none'; "));
    const auto scripts = page.all("//script");
    const auto styles = page.all("//style");
    REQUIRE(scripts.size() == 1);
    REQUIRE(styles.size() == 1);
    CHECK(contains(policy, "script-src " + html::csp_hash(ParsedPage::text_of(scripts[0])) + ";"));
    CHECK(contains(policy, "style-src " + html::csp_hash(ParsedPage::text_of(styles[0])) + ";"));
    CHECK_FALSE(contains(policy, "unsafe-inline"));
    // Nothing is loaded from anywhere: no src, no link, and every href is an anchor in the page.
    CHECK(page.all("//*[@src] | //link | //iframe | //object | //embed").empty());
    for (xmlNodePtr link : page.all("//*[@href]"))
        CHECK(ParsedPage::attribute(link, "href").starts_with("#"));
    CHECK(page.all("//@*[starts-with(name(), 'on')] | //*[@style]").empty());
}

TEST_CASE("hostile article text is shown as text and adds no markup", "[report][html]") {
    const std::string html = html_report(testing::hostile_result());
    const ParsedPage page(html);
    CHECK(page.all("//script").size() == 1);
    CHECK(page.all("//style").size() == 1);
    CHECK(page.all("//img | //textarea | //svg//*[@onload] | //iframe | //body//style").empty());
    CHECK(page.all("//@*[starts-with(name(), 'on')]").empty());
    CHECK(page.all("//a[starts-with(@href, 'javascript')]").empty());
    CHECK(page.text("/html/head/title").starts_with("Quote audit: 2 articles"));
    const std::string quotes = page.text("//article[@id='a1']//div[@class='text']");
    CHECK(contains(quotes, "<script>document.title='PWNED-TITLE';"));
    CHECK(contains(quotes,
                   "<img src=x onerror=\"document.body.setAttribute('data-pwned','onerror')\">"));
    CHECK(contains(quotes, "</textarea><script>"));
    CHECK(contains(quotes, "</script><script>"));
    CHECK(contains(quotes, "<!-- unclosed comment"));
    // Speaker names, sources, messages, fixes and rule texts from data are text too.
    CHECK(contains(page.text("//article[@id='a1']//table"), "The <b>editor</b>"));
    CHECK(contains(page.text("//article[@id='a1']//table"), "<img src=x onerror=alert(1)>"));
    const std::string finding = page.text("//li[@id='a1-f1']");
    CHECK(contains(finding, "quote \"<script>alert('message')</script>\" has no speaker"));
    CHECK(contains(finding, "<a href=\"javascript:alert('fix')\">fix me</a>"));
    CHECK(contains(html, "&lt;/textarea&gt;&lt;script&gt;"));
    // The HTML input's own script and handlers were dropped by the loader; its escaped text is
    // text.
    CHECK(contains(page.text("//article[@id='a2']//div[@class='text']"), "<img src=x onerror="));
}

TEST_CASE("quotes are highlighted and coloured by speaker, sources marked", "[report][html]") {
    const ParsedPage page(html_report(testing::sample_result()));
    const xmlNodePtr holt = page.one("//article[@id='a1']//span[@id='a1-q1']");
    // Mira Holt's colour, underlined for the misquote finding on these words.
    CHECK(ParsedPage::attribute(holt, "class") == "q sp0 fx-warning");
    CHECK(ParsedPage::text_of(holt) == "This line will carry ten thousand people a day,");
    CHECK(ParsedPage::attribute(holt, "title") == "Quote 1: Mira Holt, via Riverside Courier");
    const xmlNodePtr reed = page.one("//span[@id='a1-q2']");
    CHECK(ParsedPage::attribute(reed, "class") == "q sp1");
    // The same speaker keeps the same colour in every article.
    CHECK(ParsedPage::attribute(page.one("//span[@id='a2-q1']"), "class") == "q sp0");
    CHECK(ParsedPage::attribute(
              page.one("//div[@class='text']//span[@class='src' and text()='Radio North']"),
              "title") == "Source: Radio North (according to)");
    CHECK(page.text("//article[@id='a1']//span[contains(@class, 'who') and @title='Speaker: Jonas "
                    "Reed (found by name)']") == "Reed");
    CHECK(ParsedPage::attribute(page.one("//span[@id='a1-q3']"), "class") == "q scare");
}

TEST_CASE("each finding is anchored in the text with its message, rule and fix", "[report][html]") {
    const CheckResult result = testing::sample_result();
    const ParsedPage page(html_report(result));
    CHECK(page.all("//a[contains(@class, 'flag')]").size() == result.findings.size());
    const xmlNodePtr flag = page.one("//a[@id='a1-m1']");
    CHECK(ParsedPage::attribute(flag, "href") == "#a1-f1");
    CHECK(ParsedPage::attribute(flag, "data-rule") == "corpus.misquote");
    CHECK(ParsedPage::attribute(flag, "data-severity") == "warning");
    const std::string popup = page.text("//a[@id='a1-m1']/span[@role='tooltip']");
    CHECK(contains(popup, "the same quote by Mira Holt is worded differently"));
    CHECK(contains(popup, "corpus.misquote — Same quote, different words"));
    CHECK(contains(popup, "How to fix: Check the recording and use the exact words."));
    // The marker sits right before the quoted words it concerns.
    const xmlNodePtr next = xmlNextElementSibling(flag);
    REQUIRE(next);
    CHECK(ParsedPage::attribute(next, "id") == "a1-q1");
    const std::string item = page.text("//li[@id='a1-f1']");
    CHECK(contains(item, "line 9, column 55"));
    CHECK(contains(item, "fixtures/reports/tram-wire.txt:5:"));
    // The unattributed quote's fix comes from the rule when the finding has none.
    CHECK(contains(
        page.text(
            "//li[@data-rule='attribution.unattributed-quote' and not(ancestor::*[@id='cross'])]"),
        "How to fix: Name the speaker next to the quote"));
}

TEST_CASE("cross-article findings show both passages side by side with a word diff",
          "[report][html]") {
    const ParsedPage page(html_report(testing::sample_result()));
    const xmlNodePtr card = page.one("//section[@id='cross']//li[@data-rule='corpus.misquote']");
    CHECK(ParsedPage::attribute(card, "data-articles") == "1 2");
    const auto passages =
        page.all("//section[@id='cross']//li[@data-rule='corpus.misquote']//div[@class='passage']");
    REQUIRE(passages.size() == 2);
    CHECK(contains(ParsedPage::text_of(passages[0]), "ten thousand people a day"));
    CHECK(contains(ParsedPage::text_of(passages[1]), "Metro Wire's wording"));
    CHECK(contains(ParsedPage::text_of(passages[1]), "thousands of people every day"));
    CHECK(page.text(
              "//li[@data-rule='corpus.misquote']//p[@class='diff']/span[@class='removed'][1]") ==
          "ten thousand");
    CHECK(
        page.text("//li[@data-rule='corpus.misquote']//p[@class='diff']/span[@class='added'][1]") ==
        "thousands of");
    CHECK(page.all("//section[@id='cross']//li[@data-rule='corpus.name-variants']").size() == 1);
    CHECK(page.all("//section[@id='cross']//li[@data-rule='attribution.unattributed-quote']")
              .empty());
}

TEST_CASE("the speakers table says who said what, through which source, how resolved",
          "[report][html]") {
    const ParsedPage page(html_report(testing::sample_result()));
    const auto rows = page.all("//article[@id='a1']//table[@class='speakers']/tbody/tr");
    REQUIRE(rows.size() == 5);
    const std::string first = ParsedPage::text_of(rows[0]);
    CHECK(contains(first, "Mira Holt"));
    CHECK(contains(first, "Riverside Courier (told)"));
    CHECK(contains(first, "name: “Holt”"));
    CHECK(contains(ParsedPage::text_of(rows[3]), "not attributed"));
    CHECK(contains(page.text("//article[@id='a2']//table[@class='speakers']/tbody/tr[2]"),
                   "alias: “Minister Jonas Reid”"));
}

TEST_CASE("filters offer every severity, rule and article - overview counts them",
          "[report][html]") {
    const CheckResult result = testing::sample_result();
    const ParsedPage page(html_report(result));
    CHECK(page.all("//form[@id='filters']//input[@name='severity']").size() == 3);
    CHECK(page.all("//select[@name='rule']/option").size() == 1 + 4);
    CHECK(page.all("//select[@name='article']/option").size() == 1 + 2);
    CHECK(page.text("//select[@name='article']/option[@value='2']") ==
          "Tram line approved by city council");
    CHECK(
        page.all("//section[@id='overview']//svg/*[name()='rect' and starts-with(@class, 'bar-')]")
            .size() == 4);
    CHECK(contains(page.text("//section[@id='overview']"), "Same quote, different words"));
}

TEST_CASE("an article that could not be read still appears with its finding", "[report][html]") {
    const CheckResult result =
        testing::single_article_result("broken.txt", std::string("abc\0def", 7));
    const ParsedPage page(html_report(result));
    CHECK(contains(page.text("//article[@id='a1']//div[@class='text']"),
                   "No article text could be read"));
    CHECK(page.all("//article[@id='a1']//a[contains(@class, 'flag')]").size() ==
          result.findings.size());
    CHECK_FALSE(result.findings.empty());
}

TEST_CASE("control characters and invalid UTF-8 in an article do not break the page",
          "[report][html]") {
    const std::string html = html_report(
        testing::single_article_result("bad.txt", "Title\n\nHe said “caf\xE9 \x01 ok” today.\n"));
    CHECK(html.find('\x01') == std::string::npos);
    const ParsedPage page(html);
    CHECK(page.all("//script").size() == 1);
    CHECK(page.all("//article[@id='a1']//a[contains(@class, 'flag')]").size() >= 1);
    CHECK(contains(page.text("//footer"), "loads nothing from the network"));
}

namespace {

std::string written(const CheckResult& result) {
    std::ostringstream out;
    write_html_report(out, result);
    return out.str();
}

}  // namespace

TEST_CASE("the HTML report written article by article is the page html_report builds") {
    const CheckResult sample = testing::sample_result();
    REQUIRE(sample.articles.size() > 1);
    CHECK(written(sample) == html_report(sample));
    const CheckResult hostile = testing::hostile_result();
    CHECK(written(hostile) == html_report(hostile));
    // One article and none: the container's line breaks differ with its number of children.
    const CheckResult one = testing::single_article_result(
        "one.txt", "\"We will <b>not</b> sign,\" the minister said.\n");
    REQUIRE(one.articles.size() == 1);
    CHECK(written(one) == html_report(one));
    const CheckResult none;
    CHECK(written(none) == html_report(none));
    // The cross-article list with several findings, with one, and with none.
    auto cross = [](const CheckResult& result) {
        return std::count_if(result.findings.begin(), result.findings.end(),
                             [](const Finding& f) { return f.rule.starts_with("corpus."); });
    };
    REQUIRE(cross(sample) > 1);
    CheckResult one_cross = testing::sample_result();
    bool kept = false;
    std::erase_if(one_cross.findings, [&](const Finding& f) {
        if (!f.rule.starts_with("corpus.")) return false;
        if (kept) return true;
        return !(kept = true);
    });
    REQUIRE(cross(one_cross) == 1);
    CHECK(written(one_cross) == html_report(one_cross));
    CheckResult no_cross = testing::sample_result();
    std::erase_if(no_cross.findings,
                  [](const Finding& f) { return f.rule.starts_with("corpus."); });
    CHECK(written(no_cross) == html_report(no_cross));
    CHECK(written(none).find("quotecheck-slot") == std::string::npos);
}

TEST_CASE("article text that spells the stand-in element stays text in the HTML report") {
    const CheckResult tricky =
        testing::single_article_result("tricky.txt",
                                       "\"<quotecheck-slot></quotecheck-slot>\" she said.\n\n"
                                       "<quotecheck-slot></quotecheck-slot> again.\n");
    const std::string html = written(tricky);
    CHECK(html == html_report(tricky));
    CHECK(html.find("<quotecheck-slot>") == std::string::npos);
}
