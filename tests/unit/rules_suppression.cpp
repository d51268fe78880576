// Inline suppression comments in Markdown, HTML and plain text.
#include <catch2/catch.hpp>

#include "check/run_check.hpp"
#include "load/load.hpp"
#include "rules/rule_set.hpp"
#include "rules/suppression.hpp"

using namespace quotecheck;

namespace {

std::vector<std::string> remaining(const std::string& text, ArticleFormat format) {
    const ArticleAnalysis analysis = analyse_article(load_bytes("a", text, format), 0);
    std::vector<Finding> findings;
    RuleSet::load(Config{}, {}, {})->run(analysis, 0, findings);
    const Suppressions suppressions(analysis.article);
    std::vector<std::string> out;
    for (const Finding& finding : findings)
        if (!suppressions.silences(analysis.article, finding))
            out.push_back(std::string(finding.where.span.in(analysis.article.text())));
    return out;
}

}  // namespace

TEST_CASE("disable-next-line silences the named rule on the next line only (Markdown)") {
    const std::string text =
        "# Ferry\n\n<!-- quotecheck-disable-next-line attribution.vague-attribution -->\n"
        "The infamous ferry reportedly sank.\n\nThe ferry reportedly sank again.\n";
    // The vague "reportedly" of the next line is silenced; the loaded word there and the later
    // "reportedly" are not (findings come rule by rule).
    CHECK(remaining(text, ArticleFormat::markdown) ==
          std::vector<std::string>{"reportedly", "infamous"});
}

TEST_CASE("a pack name silences all of its rules, and no name silences every rule") {
    CHECK(remaining("# Ferry\n\n<!-- quotecheck-disable-next-line style -->\nThe infamous ferry "
                    "reportedly sank.\n",
                    ArticleFormat::markdown) == std::vector<std::string>{"reportedly"});
    CHECK(remaining("# Ferry\n\n<!-- quotecheck-disable-next-line -->\nThe infamous ferry "
                    "reportedly sank.\n",
                    ArticleFormat::markdown)
              .empty());
}

TEST_CASE("disable and enable bound a region (HTML)") {
    const std::string text =
        "<html><body><p>The ferry reportedly sank.</p>\n<!-- quotecheck-disable "
        "attribution.vague-attribution -->\n"
        "<p>The ferry reportedly sank.</p>\n<p>The barge reportedly sank.</p>\n"
        "<!-- quotecheck-enable attribution.vague-attribution -->\n<p>The tug reportedly "
        "sank.</p></body></html>\n";
    const auto left = remaining(text, ArticleFormat::html);
    CHECK(left.size() == 2);
}

TEST_CASE("plain text uses the same comment alone on a line, and a reason may follow --") {
    const std::string text =
        "Ferry\n\n<!-- quotecheck-disable-next-line style.loaded-language -- quoting a headline "
        "-->\n"
        "The infamous ferry sank.\n\nThe infamous barge sank.\n";
    CHECK(remaining(text, ArticleFormat::text) == std::vector<std::string>{"infamous"});
}
