// Inline suppression written in the article: HTML comments in Markdown and HTML, and the same
// comment alone on a line in plain text (the loaders collect both into Article::comments).
//   <!-- quotecheck-disable-next-line RULE[, RULE…] -->   the next line only
//   <!-- quotecheck-disable RULE… -->  …  <!-- quotecheck-enable RULE… -->   a region
// RULE is a rule id or a pack name (every rule of the pack); none means every rule.
#pragma once

#include <string>
#include <vector>

#include "core/finding.hpp"
#include "load/article.hpp"

namespace quotecheck {

class Suppressions {
  public:
    explicit Suppressions(const Article& article);
    bool empty() const { return next_lines_.empty() && regions_.empty(); }
    // True when a directive in the article silences this finding (located in that article).
    bool silences(const Article& article, const Finding& finding) const;

  private:
    struct Directive {
        std::vector<std::string> rules;  // empty: every rule
        bool covers(const std::string& rule) const;
    };
    struct LineDirective {
        uint32_t line;  // 1-based line in the original file that is silenced
        Directive directive;
    };
    struct Region {
        uint32_t start, end;  // source byte offsets
        Directive directive;
    };
    std::vector<LineDirective> next_lines_;
    std::vector<Region> regions_;
};

}  // namespace quotecheck
