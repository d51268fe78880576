// Golden-file tests: the SARIF, GitHub and HTML reports of the sample result are compared byte
// for byte with tests/golden/, the version normalised to @VERSION@. After an intended change to a
// report, regenerate them with scripts/update-golden.sh and review the diff.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/version.hpp"
#include "report/github.hpp"
#include "report/html.hpp"
#include "report/sarif.hpp"
#include "report_sample.hpp"

using namespace quotecheck;

namespace {

std::string normalised(std::string text) {
    const std::string version = kVersion;
    for (size_t at = text.find(version); at != std::string::npos; at = text.find(version, at))
        text.replace(at, version.size(), "@VERSION@");
    return text;
}

void check_golden(const std::string& name, const std::string& actual_text) {
    const std::string path = std::string(QUOTECHECK_FIXTURES) + "/../tests/golden/" + name;
    const std::string actual = normalised(actual_text);
    if (std::getenv("QUOTECHECK_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("updated " << path);
        return;
    }
    std::ifstream in(path, std::ios::binary);
    INFO("golden file " << path << " (regenerate with scripts/update-golden.sh)");
    REQUIRE(in.good());
    std::ostringstream expected;
    expected << in.rdbuf();
    if (expected.str() != actual) std::ofstream(name + ".actual", std::ios::binary) << actual;
    CHECK(expected.str() == actual);
}

}  // namespace

TEST_CASE("golden: SARIF report of the sample articles", "[report][golden]") {
    std::ostringstream out;
    write_sarif_report(out, testing::sample_result());
    check_golden("sample.sarif", out.str());
}

TEST_CASE("golden: GitHub annotations and step summary of the sample articles",
          "[report][golden]") {
    std::ostringstream annotations;
    write_github_annotations(annotations, testing::sample_result());
    check_golden("sample.github.txt", annotations.str());
    std::ostringstream summary;
    write_github_summary(summary, testing::sample_result());
    check_golden("sample.summary.md", summary.str());
}

TEST_CASE("golden: HTML report of the sample articles", "[report][golden]") {
    check_golden("sample.html", html_report(testing::sample_result()));
}

TEST_CASE("golden: HTML report of hostile article text", "[report][golden]") {
    check_golden("hostile.html", html_report(testing::hostile_result()));
}
