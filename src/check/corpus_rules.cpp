#include "check/corpus_rules.hpp"

namespace quotecheck {

const std::vector<RuleInfo>& corpus_rules() {
    static const std::vector<RuleInfo> rules = {
        {"corpus.misquote", Severity::warning,
         "The same quote is worded differently in another article",
         "Two articles (or a headline and its article) quote the same words with a word changed, "
         "added or dropped. Truncations, excerpts, ellipses for omitted words, editorial "
         "[brackets], quotation-mark style and case are not differences; many differences at "
         "once are taken for another translation of the statement and not reported.",
         "Check the quote against the original statement and correct the wording that differs."},
        {"corpus.misattribution", Severity::warning,
         "The same quote is attributed to different speakers",
         "The same quoted words are given to one person here and to another in another article, "
         "after pronouns and descriptors are resolved to names.",
         "Check who said it and correct the attribution."},
        {"corpus.name-variants", Severity::warning,
         "One person is named several ways across the articles",
         "A person's name is spelled differently (Binyamin/Benjamin) or their title is written "
         "differently (\"Russia President\"/\"Russian President\") across the articles. The "
         "finding lists every form with its count and proposes the one most used.",
         "Use the proposed spelling and title everywhere."},
        {"corpus.conflicting-facts", Severity::warning,
         "Articles disagree about a fact of the same event",
         "Two articles give different numbers (killed, injured, arrested, sums of money) or "
         "dates for what their wording shows to be the same event. Relative dates (\"last "
         "November\", \"on Friday\") are resolved against each article's publication date "
         "first; when that is unknown they are not compared.",
         "Check the figure or date against the sources and correct the article that is wrong."},
    };
    return rules;
}

}  // namespace quotecheck
