// The report writers. Each takes the finished CheckResult and writes one format; none of them
// changes the result or decides the exit code.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

#include "check/result.hpp"

namespace quotecheck {

struct ReportOptions {
    bool show_quotes = false;  // text: list every quote with speaker and source
    bool color = false;        // text: ANSI colours (a terminal)
};

// path:line:col: severity: message [rule], grouped per file, summary last.
void write_text_report(std::ostream& out, const CheckResult& result, const ReportOptions& options);

// The versioned JSON document of DESIGN.md.
nlohmann::json json_report(const CheckResult& result);
void write_json_report(std::ostream& out, const CheckResult& result);
// One article's quotes as they appear in the JSON report (also used for JSON Lines).
nlohmann::json json_quotes(const ArticleAnalysis& analysis);

}  // namespace quotecheck
