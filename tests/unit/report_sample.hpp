// Check results for the report tests, built from the fixtures under fixtures/reports with
// attributions and cross-article findings set by hand, so the report tests do not depend on
// what the attribution and corpus stages find.
#pragma once

#include <string>
#include <string_view>

#include "check/result.hpp"

namespace quotecheck::testing {

// council-vote.md and tram-wire.txt: speakers, sources, a misquote and a name variant across
// the two, an unattributed quote and an unclosed mark.
CheckResult sample_result();

// hostile.txt and hostile.html: markup, event handlers and script in article text.
CheckResult hostile_result();

// One article loaded from bytes with only the built-in findings (quote marks).
CheckResult single_article_result(std::string path, std::string bytes);

std::string read_fixture(std::string_view relative_path);

}  // namespace quotecheck::testing
