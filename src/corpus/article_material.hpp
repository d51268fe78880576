// What one article contributes to the corpus index: its quotes in comparable form with their
// speakers, the people it names, and its numeric and date claims with the words that say
// which event they are about. Built for each article independently (in parallel).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/analysis.hpp"
#include "corpus/fact_claims.hpp"
#include "corpus/name_mentions.hpp"
#include "corpus/quote_words.hpp"

namespace quotecheck {

// A quote's words are kept with the rest of its article's (ArticleMaterial::quote_ids and
// quote_flags), and its speaker's name once per article (ArticleMaterial::quote_speakers): one
// allocation per article rather than three or four per quote.
struct QuoteEntry {
    static constexpr uint32_t kNoSpeaker = UINT32_MAX;

    uint32_t article = 0;
    Span text;                // the quote's text span (Quote::text)
    uint32_t first_word = 0;  // into the material's quote_hashes, then quote_ids
    uint32_t first_flag = 0;  // into the material's quote_flags (one more than the words)
    uint32_t words = 0;
    uint32_t speaker = kNoSpeaker;  // into the material's quote_speakers
    bool headline = false;          // in the article's first paragraph, its headline
};

struct QuoteSpeaker {
    std::string name;  // canonical name
    bool organisation = false;
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
    // The quotes' words, one quote after another: their hashes as extract_material finds them,
    // then their numbers once number_quote_words has numbered every article's (and freed the
    // hashes). Half the size, for the whole cross-article stage.
    std::vector<uint64_t> quote_hashes;
    std::vector<uint32_t> quote_ids;
    std::vector<uint8_t> quote_flags;
    std::vector<QuoteSpeaker> quote_speakers;  // each once
    ArticleFacts facts;
    std::vector<NameEntry> names;
    std::string name_words;  // the names' given names, qualifiers and roles (mention_words)
    std::vector<std::string> speakers;  // canonical speaker names, each once: who is a person

    // Without sorted_ids, which check_quotes keeps per wording; once numbered.
    QuoteWords words(const QuoteEntry& entry) const {
        return {{quote_ids.data() + entry.first_word, entry.words},
                {quote_flags.data() + entry.first_flag, entry.words + 1},
                {}};
    }
    // The canonical name, or empty when the speaker is unknown.
    std::string_view speaker(const QuoteEntry& entry) const {
        return entry.speaker == QuoteEntry::kNoSpeaker ? std::string_view()
                                                       : quote_speakers[entry.speaker].name;
    }
};

// Quotes shorter than this are not compared: two or three words are too often a common phrase.
inline constexpr size_t kMinQuoteWords = 3;

// `lowered` is the article's text with A-Z lower-cased (lowercase_ascii), as attribute_article
// had it; the overload without it lower-cases the text itself.
ArticleMaterial extract_material(const ArticleAnalysis& analysis, uint32_t article_index,
                                 const std::string& lowered);
ArticleMaterial extract_material(const ArticleAnalysis& analysis, uint32_t article_index);

// Numbers the quote words of every article (quote_hashes → quote_ids), in article order, so
// that the numbers do not depend on the order the articles were extracted in; check_corpus
// reads the numbers. Each article's hashes are freed as it is numbered.
void number_quote_words(std::vector<ArticleMaterial>& material);

// Lower-case content word with common English endings removed ("shooting" → "shoot"), or
// empty for words that say nothing about which event is meant.
std::string event_word(std::string_view folded);

}  // namespace quotecheck
