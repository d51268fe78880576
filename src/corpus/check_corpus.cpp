#include "corpus/check_corpus.hpp"

#include <oneapi/tbb/parallel_for.h>

#include "corpus/conflicting_facts.hpp"
#include "corpus/name_variants.hpp"
#include "corpus/quote_checks.hpp"

namespace quotecheck {

std::vector<Finding> check_corpus(const std::vector<ArticleAnalysis>& articles) {
    std::vector<ArticleMaterial> material(articles.size());
    tbb::parallel_for(size_t{0}, articles.size(), [&](size_t i) {
        material[i] = extract_material(articles[i], static_cast<uint32_t>(i));
    });
    const Corpus corpus{articles, material};
    std::vector<Finding> findings;
    check_quotes(corpus, findings);
    check_name_variants(corpus, findings);
    check_conflicting_facts(corpus, findings);
    return findings;
}

const std::vector<RuleInfo>& corpus_rules() {
    static const std::vector<RuleInfo> rules = {
        {"corpus.misquote", Severity::warning,
         "The same quote is worded differently in another article",
         "Two articles (or a headline and its article) quote the same words with a word changed, "
         "added or "
         "dropped. Truncations, excerpts, ellipses for omitted words, editorial [brackets], "
         "quotation-mark "
         "style and case are not differences; many differences at once are taken for another "
         "translation.",
         "Check the quote against the original statement and correct the wording that differs."},
        {"corpus.misattribution", Severity::warning,
         "The same quote is attributed to different speakers",
         "The same quoted words are given to one person here and to another in another article, "
         "after "
         "pronouns and descriptors are resolved to names.",
         "Check who said it and correct the attribution."},
        {"corpus.name-variants", Severity::warning,
         "One person is named several ways across the articles",
         "A person's name is spelled differently (Binyamin/Benjamin) or their title is written "
         "differently "
         "(\"Russia President\"/\"Russian President\") across the articles. The finding lists "
         "every form with "
         "its count and proposes the one most used.",
         "Use the proposed spelling and title everywhere."},
        {"corpus.conflicting-facts", Severity::warning,
         "Articles disagree about a fact of the same event",
         "Two articles give different numbers (killed, injured, arrested, sums of money) or dates "
         "for what "
         "their wording shows to be the same event. Relative dates (\"last November\", \"on "
         "Friday\") are "
         "resolved against each article's publication date first; when that is unknown they are "
         "not compared.",
         "Check the figure or date against the sources and correct the article that is wrong."},
    };
    return rules;
}

}  // namespace quotecheck
