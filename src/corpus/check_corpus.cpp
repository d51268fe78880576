#include "corpus/check_corpus.hpp"

#include <oneapi/tbb/parallel_for.h>

#include "corpus/conflicting_facts.hpp"
#include "corpus/corpus_findings.hpp"
#include "corpus/name_variants.hpp"
#include "corpus/quote_checks.hpp"

namespace quotecheck {

std::vector<ArticleMaterial> extract_material(const std::vector<ArticleAnalysis>& articles) {
    std::vector<ArticleMaterial> material(articles.size());
    tbb::parallel_for(size_t{0}, articles.size(), [&](size_t i) {
        material[i] = extract_material(articles[i], static_cast<uint32_t>(i));
    });
    number_quote_words(material);
    return material;
}

std::vector<Finding> check_corpus(const std::vector<ArticleAnalysis>& articles,
                                  const AttributionLexicon* roster) {
    return check_corpus(articles, extract_material(articles), roster);
}

std::vector<Finding> check_corpus(const std::vector<ArticleAnalysis>& articles,
                                  const std::vector<ArticleMaterial>& material,
                                  const AttributionLexicon* roster, const ProposedFixes* proposed) {
    const Corpus corpus{articles, material, roster, proposed};
    std::vector<Finding> findings;
    check_quotes(corpus, findings);
    check_name_variants(corpus, findings);
    check_conflicting_facts(corpus, findings);
    return findings;
}

}  // namespace quotecheck
