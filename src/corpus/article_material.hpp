// What one article contributes to the corpus index: its quotes in comparable form with their
// speakers, the people it names, and its numeric and date claims with the words that say
// which event they are about. Built for each article independently (in parallel).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
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
    FactClaim claim;
    uint32_t article = 0;
    // The claim's context in its article's ArticleFacts::words: `context_size` hashed context
    // words (sorted, unique) from `context_begin`, then `keys_size` hashed pairs of neighbouring
    // context words for the index (sorted, unique). The claims of a sentence other than its
    // dates share one range.
    uint32_t context_begin = 0, context_size = 0, keys_size = 0;
    // The dates of its sentence: the sentence's date claims, entries [dates_begin, dates_begin +
    // dates_size) of the same ArticleFacts.
    uint32_t dates_begin = 0, dates_size = 0;
};

// An article's claims with their context words in one array rather than three small vectors per
// claim: a large corpus holds hundreds of thousands of claims for the whole cross-article stage.
struct ArticleFacts {
    std::vector<FactEntry> entries;
    std::vector<uint64_t> words;

    std::span<const uint64_t> context(const FactEntry& entry) const {
        return {words.data() + entry.context_begin, entry.context_size};
    }
    std::span<const uint64_t> keys(const FactEntry& entry) const {
        return {words.data() + entry.context_begin + entry.context_size, entry.keys_size};
    }
    std::span<const FactEntry> sentence_dates(const FactEntry& entry) const {
        return {entries.data() + entry.dates_begin, entry.dates_size};
    }
    void shrink_to_fit() {
        entries.shrink_to_fit();
        words.shrink_to_fit();
    }
};

struct NameEntry {
    uint32_t article = 0;
    NameMention mention;
};

struct ArticleMaterial {
    std::optional<std::chrono::year_month_day> published;
    std::vector<QuoteEntry> quotes;
    ArticleFacts facts;
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
