// What one article contributes to the corpus index: its quotes in comparable form with their
// speakers, the people it names, and its numeric and date claims with the words that say
// which event they are about. Built for each article independently (in parallel).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "attribute/analysis.hpp"
#include "corpus/fact_claims.hpp"
#include "corpus/name_mentions.hpp"
#include "corpus/quote_words.hpp"

namespace quotecheck {

struct QuoteEntry {
    uint32_t article = 0;
    uint32_t quote = 0;  // index into the article's extraction.quotes
    QuoteWords words;
    std::string speaker;  // canonical name; empty when unknown
    bool speaker_is_organisation = false;
};

struct FactEntry {
    uint32_t article = 0;
    FactClaim claim;
    std::vector<uint64_t>
        context_keys;               // hashed pairs of neighbouring context words, for the index
    std::vector<uint64_t> context;  // hashed context words, sorted, unique
    std::vector<EventDate> sentence_dates;  // other dates in the same sentence
};

struct NameEntry {
    uint32_t article = 0;
    NameMention mention;
};

struct ArticleMaterial {
    std::optional<std::chrono::year_month_day> published;
    std::vector<QuoteEntry> quotes;
    std::vector<FactEntry> facts;
    std::vector<NameEntry> names;
    std::string name_words;  // the names' given names, qualifiers and roles (mention_words)
    std::vector<std::string> speakers;  // canonical speaker names, evidence of who is a person
};

// Quotes shorter than this are not compared: two or three words are too often a common phrase.
inline constexpr size_t kMinQuoteWords = 3;

ArticleMaterial extract_material(const ArticleAnalysis& analysis, uint32_t article_index);

// Lower-case content word with common English endings removed ("shooting" → "shoot"), or
// empty for words that say nothing about which event is meant.
std::string event_word(std::string_view folded);

}  // namespace quotecheck
