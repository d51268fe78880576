#include "rules/analysis_queries.hpp"

#include <algorithm>

namespace quotecheck {

std::vector<Span> quoted_regions(const ArticleAnalysis& analysis) {
    std::vector<Span> regions;
    for (const Quote& quote : analysis.extraction.quotes)
        regions.push_back({quote.open.start, quote.closed() ? quote.close.end : quote.text.end});
    std::sort(regions.begin(), regions.end(), [](Span a, Span b) { return a.start < b.start; });
    std::vector<Span> merged;
    for (Span region : regions) {
        if (!merged.empty() && region.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, region.end);
        else
            merged.push_back(region);
    }
    return merged;
}

bool inside_regions(const std::vector<Span>& regions, Span span) {
    auto it = std::upper_bound(regions.begin(), regions.end(), span.start,
                               [](uint32_t offset, Span region) { return offset < region.start; });
    if (it == regions.begin()) return false;
    return std::prev(it)->contains(span.start);
}

std::vector<Word> words_outside(std::string_view text, Span range,
                                const std::vector<Span>& regions) {
    std::vector<Word> words = words_in(text, range);
    std::erase_if(words, [&](const Word& word) { return inside_regions(regions, word.span); });
    return words;
}

int quote_containing(const ArticleAnalysis& analysis, Span span) {
    int best = -1;
    const auto& quotes = analysis.extraction.quotes;
    for (size_t i = 0; i < quotes.size(); ++i) {
        if (quotes[i].text.start > span.start) break;
        if (quotes[i].text.contains(span) || quotes[i].text == span) best = static_cast<int>(i);
    }
    return best;
}

Span sentence_around(const ArticleAnalysis& analysis, uint32_t offset) {
    const auto& sentences = analysis.segments.sentences;
    const uint32_t index = analysis.segments.sentence_at(offset);
    if (index < sentences.size() && sentences[index].span.contains(offset))
        return sentences[index].span;
    for (Span paragraph : analysis.article.paragraphs)
        if (paragraph.contains(offset)) return paragraph;
    return {offset, offset};
}

bool sentence_names_source(const ArticleAnalysis& analysis, Span sentence) {
    auto within = [&](Span mention) { return sentence.contains(mention) && !mention.empty(); };
    // Only a named source vouches for a report: in "Israel reportedly agreed" or "Putin
    // reportedly said" the subject is named, but who reported it is not.
    for (const Attribution& attribution : analysis.attributions)
        for (const SourceRef& source : attribution.sources)
            if (within(source.mention)) return true;
    for (const IndirectSpeech& speech : analysis.indirect)
        for (const SourceRef& source : speech.sources)
            if (within(source.mention)) return true;
    return false;
}

bool sentence_names_speaker_or_source(const ArticleAnalysis& analysis, Span sentence) {
    auto within = [&](Span mention) { return sentence.contains(mention) && !mention.empty(); };
    for (const Attribution& attribution : analysis.attributions)
        if (attribution.speaker && within(attribution.speaker->mention)) return true;
    for (const IndirectSpeech& speech : analysis.indirect)
        if (speech.speaker && within(speech.speaker->mention)) return true;
    return sentence_names_source(analysis, sentence);
}

bool attribution_ran(const ArticleAnalysis& analysis) {
    return !analysis.extraction.quotes.empty() &&
           analysis.attributions.size() == analysis.extraction.quotes.size();
}

}  // namespace quotecheck
