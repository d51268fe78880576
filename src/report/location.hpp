// Turning a Location (article + text span) into what users see: path, line, column and byte
// offsets in the file they wrote.
#pragma once

#include <string>
#include <vector>

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

// Every finding's location and related locations, for a report that writes them all. When the
// run released its articles' text (Article::release_text) they are resolved at once, article
// by article, so that each file is read again once for the whole report, not once for every
// place in it; otherwise each is resolved when asked for.
class FindingLocations {
  public:
    explicit FindingLocations(const CheckResult& result);

    ResolvedLocation where(size_t finding) const;
    ResolvedLocation related(size_t finding, size_t index) const;

    // A resolved location without its path.
    struct Place {
        uint32_t start = 0;
        uint32_t end = 0;
        LineColumn begin;
        LineColumn finish;
    };

  private:
    ResolvedLocation at(const Location& location, size_t place) const;

    const CheckResult& result_;
    std::vector<uint32_t> first_;  // each finding's place, its related locations' after it
    std::vector<Place> places_;    // empty when no article is released
};

}  // namespace quotecheck
