// The JSON report is written element by element; these tests hold it to the text of the one
// nlohmann document it replaces (json_report), including empty arrays and hostile text.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/report.hpp"
#include "report_sample.hpp"

using namespace quotecheck;

namespace {

std::string streamed(const CheckResult& result) {
    std::ostringstream out;
    write_json_report(out, result);
    return out.str();
}

std::string as_one_document(const CheckResult& result) {
    return json_report(result).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace

TEST_CASE("the streamed JSON report is the text of the whole document") {
    const CheckResult sample = testing::sample_result();
    REQUIRE_FALSE(sample.articles.empty());
    REQUIRE_FALSE(sample.findings.empty());
    CHECK(streamed(sample) == as_one_document(sample));

    const CheckResult hostile = testing::hostile_result();
    CHECK(streamed(hostile) == as_one_document(hostile));
}

TEST_CASE("the streamed JSON report with no findings, no quotes or no articles") {
    const CheckResult plain = testing::single_article_result("plain.txt", "Nothing quoted here.\n");
    CHECK(plain.findings.empty());
    CHECK(streamed(plain) == as_one_document(plain));

    const CheckResult nothing;
    CHECK(streamed(nothing) == as_one_document(nothing));
    CHECK(nlohmann::json::parse(streamed(nothing))["articles"].empty());
}

TEST_CASE("the streamed JSON report replaces invalid UTF-8 like the document did") {
    const CheckResult bad = testing::single_article_result("bad.txt", "He said \"caf\xC3 ok\".\n");
    const std::string text = streamed(bad);
    CHECK(text == as_one_document(bad));
    CHECK_NOTHROW(nlohmann::json::parse(text));
}
