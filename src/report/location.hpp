// Turning a Location (article + text span) into what users see: path, line, column and byte
// offsets in the file they wrote.
#pragma once

#include <string>

#include "check/result.hpp"

namespace quotecheck {

struct ResolvedLocation {
    std::string path;
    uint32_t start = 0;  // byte offsets in the original file, end exclusive
    uint32_t end = 0;
    LineColumn begin;
    LineColumn finish;  // line/column of `end`
};

ResolvedLocation resolve(const CheckResult& result, const Location& location);
ResolvedLocation resolve(const ArticleAnalysis& analysis, Span text_span);

}  // namespace quotecheck
