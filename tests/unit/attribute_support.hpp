// Helpers for the attribution tests: analyse a short article written in the test (or a fixture
// file) and look up the attribution of the quote that starts with given words.
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "attribute/analysis.hpp"
#include "attribute/lexicon.hpp"
#include "check/run_check.hpp"
#include "load/load.hpp"

namespace quotecheck::test {

inline const AttributionLexicon& default_lexicon() {
    static const AttributionLexicon lexicon = load_attribution_lexicon();
    return lexicon;
}

inline ArticleAnalysis attribute_text(std::string text,
                                      ArticleFormat format = ArticleFormat::text) {
    return analyse_article(load_bytes("article.txt", std::move(text), format), 0,
                           default_lexicon());
}

inline std::string read_fixture(const std::string& name) {
    std::ifstream in(std::string(QUOTECHECK_FIXTURES) + "/attribution/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// Index of the quote whose text starts with `opening`; fails the test if there is none.
inline size_t quote_index(const ArticleAnalysis& analysis, std::string_view opening) {
    const std::string_view text = analysis.article.text();
    for (size_t i = 0; i < analysis.extraction.quotes.size(); ++i)
        if (analysis.extraction.quotes[i].text.in(text).starts_with(opening)) return i;
    FAIL("no quote starts with: " << opening);
    return 0;
}

inline const Attribution& attribution_of(const ArticleAnalysis& analysis,
                                         std::string_view opening) {
    return analysis.attributions.at(quote_index(analysis, opening));
}

// The canonical speaker name, or "" when the quote has none.
inline std::string speaker_of(const ArticleAnalysis& analysis, std::string_view opening) {
    const Attribution& a = attribution_of(analysis, opening);
    return a.speaker ? a.speaker->name : std::string();
}

inline std::string mention_of(const ArticleAnalysis& analysis, std::string_view opening) {
    const Attribution& a = attribution_of(analysis, opening);
    return a.speaker ? std::string(a.speaker->mention.in(analysis.article.text())) : std::string();
}

inline std::string sources_of(const ArticleAnalysis& analysis, std::string_view opening) {
    std::string out;
    for (const SourceRef& s : attribution_of(analysis, opening).sources)
        out += (out.empty() ? "" : ", ") + s.name;
    return out;
}

}  // namespace quotecheck::test
