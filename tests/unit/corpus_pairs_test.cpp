// Pairs of short articles through the cross-article stage: what must be reported and what
// must not.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include <algorithm>

#include "attribute/lexicon.hpp"
#include "corpus/person_names.hpp"
#include "corpus_fixtures.hpp"
#include "temp_dir.hpp"

using namespace quotecheck;
using namespace quotecheck::testing;

TEST_CASE("a quote with one word changed is a misquote, shown as a word diff") {
    const auto articles = load_corpus_fixture("changed-word");
    const auto found = findings_of(check_corpus(articles), "corpus.misquote");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.article == 1);  // the later article
    CHECK(found[0].message == "Quote reads differently in a.md: “good” here, “great” there");
    REQUIRE(found[0].related.size() == 1);
    CHECK(found[0].related[0].where.article == 0);
    CHECK(found[0].related[0].where.span == articles[0].extraction.quotes[0].text);
}

TEST_CASE("a quote with a dropped \"not\" is a misquote") {
    const auto found =
        findings_of(check_corpus(load_corpus_fixture("dropped-not")), "corpus.misquote");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.article == 1);
    CHECK(found[0].message == "Quote reads differently in a.md: “not” missing here");
}

TEST_CASE("a truncated quote and a partial quote of the same words are not misquotes") {
    const auto findings = check_corpus(load_corpus_fixture("truncation"));
    CHECK(findings_of(findings, "corpus.misquote").empty());
}

TEST_CASE("words left out at an ellipsis are not a misquote") {
    CHECK(findings_of(check_corpus(load_corpus_fixture("ellipsis")), "corpus.misquote").empty());
}

TEST_CASE("editorial brackets, curly marks and case are not a misquote") {
    CHECK(findings_of(check_corpus(load_corpus_fixture("bracket")), "corpus.misquote").empty());
}

TEST_CASE("a headline quoting a shortened body quote is not a misquote") {
    CHECK(findings_of(check_corpus(load_corpus_fixture("headline")), "corpus.misquote").empty());
}

TEST_CASE("two translations of one statement are not reported as a misquote") {
    CHECK(findings_of(check_corpus(load_corpus_fixture("translation")), "corpus.misquote").empty());
}

TEST_CASE("the same quote given to two speakers is a misattribution") {
    auto articles = load_corpus_fixture("misattribution");
    attribute_all_quotes(articles[0], "Anna Lind");
    attribute_all_quotes(articles[1], "Otto Brandt");
    const auto found = findings_of(check_corpus(articles), "corpus.misattribution");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.article == 1);
    CHECK(found[0].message == "Quote attributed to Otto Brandt here but to Anna Lind in a.md");
    REQUIRE(found[0].related.size() == 1);
    CHECK(found[0].related[0].where.article == 0);
    CHECK(found[0].related[0].message == "attributed to Anna Lind");
}

TEST_CASE(
    "one person named with and without given names or in another spelling is not a "
    "misattribution") {
    auto articles = load_corpus_fixture("misattribution");
    attribute_all_quotes(articles[0], "Anna Lind");
    attribute_all_quotes(articles[1], "Lind");
    CHECK(findings_of(check_corpus(articles), "corpus.misattribution").empty());
    attribute_all_quotes(articles[1], "Ana Lind");
    CHECK(findings_of(check_corpus(articles), "corpus.misattribution").empty());
    attribute_all_quotes(articles[1], "Anna Linde");
    CHECK(findings_of(check_corpus(articles), "corpus.misattribution").empty());
    attribute_all_quotes(articles[1], "Otto Linde");
    CHECK(findings_of(check_corpus(articles), "corpus.misattribution").size() == 1);
}

TEST_CASE("relative dates that resolve to different months are conflicting facts") {
    const auto found = findings_of(check_corpus(load_corpus_fixture("dates-conflict")),
                                   "corpus.conflicting-facts");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.article == 1);  // published later
    CHECK(found[0].message ==
          "Conflicting dates for the same event: 2015-10 here (“October past year”), 2015-11 in "
          "a.md (“last "
          "November”); dates resolved against publication on 2016-08-09");
    REQUIRE(found[0].related.size() == 1);
    CHECK(found[0].related[0].where.article == 0);
}

TEST_CASE("relative and absolute dates that agree after resolution are not a conflict") {
    CHECK(findings_of(check_corpus(load_corpus_fixture("dates-agree")), "corpus.conflicting-facts")
              .empty());
}

TEST_CASE("relative dates of an article without a publication date are not compared") {
    CHECK(
        findings_of(check_corpus(load_corpus_fixture("dates-undated")), "corpus.conflicting-facts")
            .empty());
}

TEST_CASE("a month named alone agrees with a date of that month, whatever its year") {
    // "passed its last safety inspection in October" (no year, no publication date) beside
    // "in October 2024": the sentence's other date (1987, the year the ship was built) is no
    // conflict.
    CHECK(findings_of(check_corpus(load_corpus_fixture("dates-month-alone")),
                      "corpus.conflicting-facts")
              .empty());
}

TEST_CASE("a day named inside a quote is not read from the article's publication date") {
    // The same "Today, …" in papers published a day apart.
    CHECK(findings_of(check_corpus(load_corpus_fixture("dates-quoted-today")),
                      "corpus.conflicting-facts")
              .empty());
}

TEST_CASE("a value the other article also states is no conflict with it") {
    // Both papers give the $412 million raised and the $180 million of revenue claimed; the
    // sentences the index pairs hold one of each.
    CHECK(findings_of(check_corpus(load_corpus_fixture("sums-both-stated")),
                      "corpus.conflicting-facts")
              .empty());
}

TEST_CASE("different casualty counts for one event conflict - a range that covers both does not") {
    const auto articles = load_corpus_fixture("casualties");
    const auto found = findings_of(check_corpus(articles), "corpus.conflicting-facts");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.article == 1);
    CHECK(found[0].message.starts_with(
        "Conflicting figures for the same event: 2 killed here (“Two crew members were "
        "killed”), 3 killed in a.md (“killing three crew members”)"));
    REQUIRE(found[0].related.size() == 1);
    CHECK(found[0].related[0].where.article == 0);
}

TEST_CASE(
    "one person's spellings and titles are one finding - two people sharing a surname are not "
    "merged") {
    const auto articles = load_corpus_fixture("names");
    const auto found = findings_of(check_corpus(articles), "corpus.name-variants");
    REQUIRE(found.size() == 2);
    for (const Finding& finding : found) UNSCOPED_INFO(finding.message);
    const Finding& holt = found[0].message.starts_with("Erna Holt") ? found[0] : found[1];
    const Finding& nowak = found[0].message.starts_with("Erna Holt") ? found[1] : found[0];
    CHECK(nowak.message ==
          "Katarzyna Nowak is named inconsistently across the articles: name spelled 2 ways: "
          "“Katarzyna Nowak” ×2 "
          "(a.md, b.md), “Katarina Nowak” ×1 (c.md)");
    CHECK(nowak.fix == "write “Katarzyna Nowak”");
    CHECK(nowak.where.article == 2);
    CHECK(nowak.related.size() == 2);
    CHECK(holt.message ==
          "Erna Holt is named inconsistently across the articles: title written 2 ways: “Norwegian "
          "Prime Minister” "
          "×2 (a.md, b.md), “Norway Prime Minister” ×1 (c.md)");
    CHECK(holt.fix == "write “Norwegian Prime Minister”");
}

TEST_CASE("run_check adds the corpus findings and rules unless the corpus stage is off") {
    CheckOptions options;
    options.paths = {std::string(QUOTECHECK_FIXTURES) + "/corpus/changed-word"};
    const CheckResult with_corpus = run_check(options);
    CHECK(findings_of(with_corpus.findings, "corpus.misquote").size() == 1);
    CHECK(with_corpus.rule("corpus.misquote") != nullptr);
    options.corpus = false;
    const CheckResult without = run_check(options);
    CHECK(findings_of(without.findings, "corpus.misquote").empty());
    CHECK(without.rule("corpus.misquote") == nullptr);
}

namespace {

// A house pack whose name-spelling rule prefers `house` among the two spellings of the names
// fixture's mayor (Katarzyna Nowak in two articles, Katarina Nowak in one).
void write_nowak_pack(const TempDir& dir, const std::string& house, const std::string& other) {
    dir.write("house/names.toml", fmt::format(R"([pack]
description = "House spellings"

[[rule]]
id = "house.spelling"
kind = "name-spelling"
severity = "warning"
summary = "Name not spelled the house way"
message = "“{{match}}” is spelled “{{house}}” here"
description = "One spelling per person."
fix = "Use the house spelling."

[[rule.names]]
spellings = ["{0}", "{1}"]

[[rule.examples]]
text = "{1} spoke."
expect = ["{1}"]

[[rule.examples]]
text = "{0} spoke."
expect = []
)",
                                              house, other));
}

std::vector<Finding> nowak_variants(const CheckResult& result) {
    std::vector<Finding> found;
    for (const Finding& finding : findings_of(result.findings, "corpus.name-variants"))
        if (finding.message.starts_with("Katarzyna Nowak")) found.push_back(finding);
    return found;
}

std::vector<ArticleAnalysis> two_articles(const std::string& first, const std::string& second) {
    std::vector<ArticleAnalysis> articles;
    articles.push_back(analyse_article(load_bytes("one.txt", first, ArticleFormat::text), 0));
    articles.push_back(analyse_article(load_bytes("two.txt", second, ArticleFormat::text), 1));
    return articles;
}

}  // namespace

TEST_CASE("a spelling the house rule already corrects is not proposed again across articles") {
    CheckOptions options;
    options.paths = {std::string(QUOTECHECK_FIXTURES) + "/corpus/names"};
    REQUIRE(nowak_variants(run_check(options)).size() == 1);

    TempDir dir;
    write_nowak_pack(dir, "Katarzyna Nowak", "Katarina Nowak");
    options.rule_dirs = {(dir.path / "house").string()};
    const CheckResult result = run_check(options);
    const auto house = findings_of(result.findings, "house.spelling");
    REQUIRE(house.size() == 1);
    CHECK(house[0].fix == "write “Katarzyna Nowak”");
    CHECK(nowak_variants(result).empty());
    // The title drift of the same fixture has no article rule, and is still reported.
    CHECK(findings_of(result.findings, "corpus.name-variants").size() == 1);
}

TEST_CASE("a cross-article spelling proposal other than the house rule's is kept") {
    CheckOptions options;
    options.paths = {std::string(QUOTECHECK_FIXTURES) + "/corpus/names"};
    TempDir dir;
    write_nowak_pack(dir, "Katarina Nowak", "Katarzyna Nowak");
    options.rule_dirs = {(dir.path / "house").string()};
    const CheckResult result = run_check(options);
    CHECK(findings_of(result.findings, "house.spelling").size() == 2);
    const auto variants = nowak_variants(result);
    REQUIRE(variants.size() == 1);
    CHECK(variants[0].fix == "write “Katarzyna Nowak”");
}

TEST_CASE("a short near-match is a misquote only when the same person said both") {
    auto articles = two_articles("Talks\n\n\"We welcome this process,\" the minister said.\n",
                                 "Talks\n\n\"We welcome this decision,\" the minister said.\n");
    CHECK(findings_of(check_corpus(articles), "corpus.misquote").empty());
    attribute_all_quotes(articles[0], "Ivan Petrov");
    attribute_all_quotes(articles[1], "Ivan Petrov");
    CHECK(findings_of(check_corpus(articles), "corpus.misquote").size() == 1);
    attribute_all_quotes(articles[1], "Anna Lind");
    CHECK(findings_of(check_corpus(articles), "corpus.misquote").empty());
}

TEST_CASE("a stock phrase said by two people is not a misattribution") {
    auto articles =
        two_articles("Storm\n\n\"We are monitoring the situation,\" the mayor said.\n",
                     "Floods\n\n\"We are monitoring the situation,\" the governor said.\n");
    attribute_all_quotes(articles[0], "Elena Varga");
    attribute_all_quotes(articles[1], "Tomas Berg");
    CHECK(findings_of(check_corpus(articles), "corpus.misattribution").empty());
}

TEST_CASE("a surname spelled two ways is one person when the given names agree") {
    const auto found =
        findings_of(check_corpus(load_corpus_fixture("surname-variants")), "corpus.name-variants");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Avigdor Liberman is named inconsistently across the articles: name spelled 2 ways: "
          "“Avigdor Liberman” ×2 "
          "(a.md, b.md), “Avigdor Lieberman” ×1 (c.md)");
    CHECK(found[0].where.article == 2);
}

TEST_CASE("surnames within one edit are those at edit distance 1 or 0") {
    const std::vector<std::string> names = {"",           "a",         "ab",        "ba",
                                            "varga",      "vargas",    "vargs",     "warga",
                                            "liberman",   "lieberman", "libermann", "netanyahu",
                                            "netanyahou", "netanyah",  "netanayhu"};
    for (const std::string& a : names)
        for (const std::string& b : names) {
            INFO(a << " / " << b);
            CHECK(within_one_edit(a, b) == (edit_distance(a, b) <= 1));
        }
}

TEST_CASE("a four-word quote with its second word changed is still compared") {
    auto articles = two_articles("Talks\n\n\"We welcome this process,\" the minister said.\n",
                                 "Talks\n\n\"We support this process,\" the minister said.\n");
    attribute_all_quotes(articles[0], "Ivan Petrov");
    attribute_all_quotes(articles[1], "Ivan Petrov");
    const auto found = findings_of(check_corpus(articles), "corpus.misquote");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "Quote reads differently in one.txt: “support” here, “welcome” there");
}

TEST_CASE(
    "different sums of money for one deal conflict - the same sum written differently does not") {
    const std::string first =
        "Settlement\n\nThe shipping company agreed to pay $20 million in compensation to the "
        "families of the ferry crew.\n";
    auto articles = two_articles(first,
                                 "Payout\n\nThe shipping company will pay 25 million dollars in "
                                 "compensation to the families "
                                 "of the ferry crew.\n");
    const auto found = findings_of(check_corpus(articles), "corpus.conflicting-facts");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.starts_with(
        "Conflicting sums for the same event: 25 million dollars here (“25 million "
        "dollars”), 20 million dollars in one.txt (“$20 million”)"));
    articles = two_articles(
        first,
        "Payout\n\nThe shipping company will pay $20m in compensation to the families of the ferry "
        "crew.\n");
    CHECK(findings_of(check_corpus(articles), "corpus.conflicting-facts").empty());
}

TEST_CASE("with a roster, a name spelled several ways is proposed in the roster's spelling") {
    const std::vector<LexiconText> roster = {
        {"roster.toml",
         "[[person]]\nname = \"Katarina Nowak\"\naliases = [\"Katarzyna Nowak\"]\n"}};
    const AttributionLexicon lexicon = load_attribution_lexicon(roster);
    const auto found =
        findings_of(check_corpus(load_corpus_fixture("names"), &lexicon), "corpus.name-variants");
    const auto nowak = std::find_if(found.begin(), found.end(), [](const Finding& f) {
        return f.message.find("Nowak") != std::string::npos;
    });
    REQUIRE(nowak != found.end());
    CHECK(nowak->fix == "write “Katarina Nowak”");
    CHECK(nowak->message.starts_with("Katarina Nowak is named inconsistently"));
    CHECK(nowak->where.article == 0);  // the first of the spellings that differ from the roster
}

TEST_CASE("copies of two wordings of one quote are each reported with their own words") {
    // Two papers ran each wording; the comparison of the two wordings is made once and reused
    // for every pair of copies, in the direction each pair is read.
    const std::string year =
        "Harbour\n\n\"We will rebuild the harbour within a year,\" she said.\n";
    const std::string decade =
        "Harbour\n\n\"We will rebuild the harbour within a decade,\" she said.\n";
    std::vector<ArticleAnalysis> articles;
    const std::vector<std::string> texts = {year, decade, year, decade, decade};
    for (uint32_t k = 0; k < texts.size(); ++k) {
        articles.push_back(analyse_article(
            load_bytes(std::to_string(k) + ".txt", texts[k], ArticleFormat::text), k));
        attribute_all_quotes(articles.back(), "Mira Holm");
    }
    const auto found = findings_of(check_corpus(articles), "corpus.misquote");
    // Three copies back "decade", two back "year": the two "year" copies are reported.
    REQUIRE(found.size() == 2);
    for (const Finding& finding : found) {
        CHECK((finding.where.article == 0 || finding.where.article == 2));
        CHECK(finding.message.find("“year” here, “decade” there") != std::string::npos);
    }
}

TEST_CASE("the parts of a split quote are no misquote of each other, in one copy or two") {
    // "Copenhagen taught me restraint" and "Accra taught me that restraint is overrated" were
    // one article's misquote of itself, and in two copies of the story each part was reported
    // as a misquote of the other copy's other part.
    CHECK(findings_of(check_corpus(load_corpus_fixture("split-quote-copies")), "corpus.misquote")
              .empty());
}

TEST_CASE("a quote's copy in the other article is what its speaker is compared with") {
    // Two copies of one story whose headline quotes the start of the body's quote. Were the
    // headline's copy given to someone else (a name in the headline read as its speaker), it was
    // compared with the other copy's body quote and reported as a misattribution between two
    // articles that say the same thing; its own copy there has the same speaker.
    auto articles = load_corpus_fixture("headline-speaker");
    REQUIRE(articles.size() == 2);
    for (ArticleAnalysis& article : articles) {
        REQUIRE(article.extraction.quotes.size() == 2);
        attribute_all_quotes(article, "Ruth Mercer");
        article.attributions[0].speaker->name = "Dana Holt";
    }
    CHECK(findings_of(check_corpus(articles), "corpus.misattribution").empty());
    // The body quote given to another person in one copy is still reported.
    articles[1].attributions[1].speaker->name = "Otto Brandt";
    const auto found = findings_of(check_corpus(articles), "corpus.misattribution");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("Otto Brandt") != std::string::npos);
}

TEST_CASE("a body's misquote is of the other article though its own headline has the words") {
    // Both headlines quote "not a window"; one body says "not a door". The other article's
    // words are in this one only in its headline, so the body is compared with the other body.
    const auto articles = load_corpus_fixture("headline-copy");
    REQUIRE(articles.size() == 2);
    const auto found = findings_of(check_corpus(articles), "corpus.misquote");
    REQUIRE(found.size() == 1);
    CHECK(found[0].where.article == 1);
    CHECK(found[0].message == "Quote reads differently in a.md: “door” here, “window” there");
    CHECK(std::any_of(found[0].related.begin(), found[0].related.end(),
                      [](const RelatedLocation& r) { return r.where.article == 0; }));
}
