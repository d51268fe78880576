// The HTML audit report: one self-contained page (inline style and script, no network) that an
// editor reads before publication. Built as a libxml2 tree, so article text is always escaped.
#pragma once

#include <ostream>
#include <string>

#include "check/result.hpp"

namespace quotecheck {

std::string html_report(const CheckResult& result);
void write_html_report(std::ostream& out, const CheckResult& result);

}  // namespace quotecheck
