// GitHub Actions output: workflow commands that become annotations on the pull request, and a
// Markdown summary for the job page ($GITHUB_STEP_SUMMARY), since annotations are capped per step.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "check/result.hpp"

namespace quotecheck {

// One `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message` line per finding.
void write_github_annotations(std::ostream& out, const CheckResult& result);

// Counts by severity and a Markdown table of every finding.
void write_github_summary(std::ostream& out, const CheckResult& result);

// Workflow-command escaping: the message ("data") escapes % CR LF; property values also : and ,.
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

}  // namespace quotecheck
