// Fuzz target: segmentation, quote extraction and attribution (with the built-in findings) on
// arbitrary text, as analyse_article runs them. The first byte picks the loader, so Markdown and HTML text is covered too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "article_invariants.hpp"
#include "attribute/attribute.hpp"
#include "attribute/lexicon.hpp"
#include "check/run_check.hpp"
#include "load/load.hpp"
#include "quotes/extract.hpp"
#include "segment/segment.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace quotecheck;
    using fuzz::require;
    if (size == 0) return 0;
    static Segmenter segmenter;  // ICU iterators are costly to build; reuse them like run_check
    static const AttributionLexicon lexicon = load_attribution_lexicon();
    const auto format = static_cast<ArticleFormat>(data[0] % 3);
    Article article =
        load_bytes("fuzz", std::string(reinterpret_cast<const char*>(data + 1), size - 1), format);
    fuzz::check_article(article);
    // As a run analyses an article: quotes, paragraphs a long line lost put back, sentences,
    // speakers, the built-in findings.
    ArticleAnalysis analysis = analyse_article(std::move(article), 0, segmenter, lexicon);

    const auto text_size = static_cast<uint32_t>(analysis.article.text().size());
    for (const Sentence& sentence : analysis.segments.sentences)
        require(sentence.span.end <= text_size &&
                sentence.paragraph < analysis.article.paragraphs.size());
    for (const Quote& quote : analysis.extraction.quotes) {
        require(quote.text.start <= quote.text.end && quote.text.end <= text_size);
        require(quote.open.end <= quote.text.start || quote.open.empty());
        require(quote.first_paragraph <= quote.last_paragraph);
        require(quote.last_paragraph < analysis.article.paragraphs.size());
        require(quote.depth < kMaxQuoteNesting);
        (void)analysis.extraction.text_of(analysis.article.text(), quote);
    }
    require(analysis.extraction.issues.size() <= kMaxMarkIssues + 1);
    require(analysis.attributions.size() == analysis.extraction.quotes.size());
    for (const Attribution& attribution : analysis.attributions) {
        if (attribution.cue) require(attribution.cue->span.end <= text_size);
        if (attribution.speaker) require(attribution.speaker->mention.end <= text_size);
        for (const SourceRef& source : attribution.sources)
            require(source.mention.end <= text_size);
    }
    for (const Finding& finding : analysis.findings) require(finding.where.span.end <= text_size);
    return 0;
}
