#include "corpus/article_material.hpp"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/utf8.hpp"
#include "core/word_table.hpp"
#include "corpus/word_numbers.hpp"

namespace quotecheck {

namespace {

// Tokens either side of a date that say what it is the date of.
constexpr size_t kDateContextTokens = 8;

// People's names and titles are left out: the same people meet, speak and travel again and
// again, so they say little about which event a claim is about.
std::vector<std::string> event_words(const FoldedTokens& words,
                                     const std::vector<NameMention>& names, size_t from = 0,
                                     size_t to = SIZE_MAX) {
    std::vector<std::string> result;
    // The names come in text order and do not overlap (find_name_mentions): one pass over both,
    // however many names a sentence has.
    size_t name = 0;
    for (size_t k = from; k < words.tokens.size() && k < to; ++k) {
        if (words.tokens[k].kind != TokenKind::word) continue;
        const Span span = words.tokens[k].span;
        while (name < names.size() && names[name].span.end <= span.start) ++name;
        if (name < names.size() && names[name].span.contains(span)) continue;
        std::string word = event_word(words.folded[k]);
        if (!word.empty()) result.push_back(std::move(word));
    }
    return result;
}

// Words that do not say which event is meant, in one table: the stop words, the date words, and
// the words every report of a death toll or an arrest uses.
bool is_not_event_word(std::string_view folded) {
    static const WordList words = [] {
        std::vector<std::string> list = date_words();
        for (const std::string_view word : stopwords()) list.emplace_back(word);
        for (const std::string_view word :
             {"people",    "person",   "persons", "officials", "official", "authorities", "left",
              "reported",  "report",   "reports", "including", "total",    "number",      "least",
              "statement", "news",     "agency",  "media",     "local",    "toll",        "killed",
              "killing",   "dead",     "died",    "death",     "deaths",   "injured",     "wounded",
              "arrested",  "detained", "police",  "sources",   "source"})
            list.emplace_back(word);
        return WordList(list);
    }();
    return words.contains(folded);
}

}  // namespace

std::string event_word(std::string_view folded) {
    if (folded.size() < 3 || (folded[0] >= '0' && folded[0] <= '9') || is_not_event_word(folded))
        return {};
    // The ending is decided on the folded word and the result built once.
    std::string_view replacement;
    auto strip = [&](std::string_view suffix, size_t keep, std::string_view with = {}) {
        if (folded.size() >= suffix.size() + keep && folded.ends_with(suffix)) {
            folded.remove_suffix(suffix.size());
            replacement = with;
            return true;
        }
        return false;
    };
    if (!(strip("ies", 3, "y") || strip("ing", 3) || strip("ed", 3) || strip("es", 4)) &&
        !folded.ends_with("ss"))
        strip("s", 3);
    std::string word(folded);
    if (!replacement.empty()) word += replacement;
    return word;
}

ArticleMaterial extract_material(const ArticleAnalysis& analysis, uint32_t article_index,
                                 const std::string& lowered) {
    ArticleMaterial material;
    const Article& article = analysis.article;
    const std::string_view text = article.text();
    material.published = article.published;

    const auto& quotes = analysis.extraction.quotes;
    // Whether `span` lies in the words of a quotation (asked of a few dates an article).
    auto inside_quote = [&](Span span) {
        return std::any_of(quotes.begin(), quotes.end(), [&](const Quote& quote) {
            return quote.text.start <= span.start && span.end <= quote.text.end;
        });
    };
    // Each speaker's index into material.quote_speakers, by name, people [0] and bodies [1]:
    // an article of many speakers looks each up once (views into the attributions).
    std::unordered_map<std::string_view, uint32_t> speaker_index[2];
    for (uint32_t q = 0; q < quotes.size(); ++q) {
        if (quotes[q].kind == QuoteKind::scare) continue;
        QuoteEntry entry;
        entry.article = article_index;
        entry.text = quotes[q].text;
        entry.headline = quotes[q].first_paragraph == 0;
        entry.first_word = static_cast<uint32_t>(material.quote_hashes.size());
        entry.first_flag = static_cast<uint32_t>(material.quote_flags.size());
        entry.words = static_cast<uint32_t>(
            append_quote_words(text, quotes[q].text, material.quote_hashes, material.quote_flags));
        if (entry.words < kMinQuoteWords) {
            material.quote_hashes.resize(entry.first_word);
            material.quote_flags.resize(entry.first_flag);
            continue;
        }
        if (analysis.attributions.size() == quotes.size() && analysis.attributions[q].speaker) {
            const Speaker& speaker = *analysis.attributions[q].speaker;
            auto& speakers = material.quote_speakers;
            const auto [found, added] = speaker_index[speaker.organisation].try_emplace(
                speaker.name, static_cast<uint32_t>(speakers.size()));
            entry.speaker = found->second;
            if (added) speakers.push_back({speaker.name, speaker.organisation});
        }
        material.quotes.push_back(entry);
    }
    // The name check asks only whether a surname is a speaker's: each name once.
    std::vector<const std::string*> speakers;
    for (const Attribution& attribution : analysis.attributions)
        if (attribution.speaker && !attribution.speaker->organisation)
            speakers.push_back(&attribution.speaker->name);
    std::sort(speakers.begin(), speakers.end(),
              [](const std::string* x, const std::string* y) { return *x < *y; });
    for (size_t k = 0; k < speakers.size(); ++k)
        if (k == 0 || *speakers[k] != *speakers[k - 1]) material.speakers.push_back(*speakers[k]);

    // Sentences, or whole paragraphs when the article was not segmented.
    std::vector<Sentence> sentences = analysis.segments.sentences;
    if (sentences.empty())
        for (uint32_t p = 0; p < article.paragraphs.size(); ++p)
            sentences.push_back({article.paragraphs[p], p});

    // Event words are needed only for sentences that make claims, and for the sentence before
    // such a claim: kept per sentence, computed when first asked for.
    struct SentenceContext {
        FoldedTokens words;
        std::vector<NameMention> names;
        std::optional<std::vector<std::string>> event_words;
        const std::vector<std::string>& context() {
            if (!event_words) event_words = quotecheck::event_words(words, names);
            return *event_words;
        }
    };
    // Two contexts, taking turns sentence by sentence, so that their buffers are reused (and
    // not moved: the folded words point into them).
    SentenceContext contexts[2];
    // `lowered` is the folded form of most words, in place: read_folded_tokens points into it.
    std::string pair;  // two neighbouring context words, room reused
    ArticleFacts& facts = material.facts;
    std::vector<uint64_t> context, keys;  // one claim's, room reused
    bool has_previous = false;
    uint32_t previous_paragraph = UINT32_MAX;
    for (uint32_t s = 0; s < sentences.size(); ++s) {
        SentenceContext& current = contexts[s % 2];
        SentenceContext& previous = contexts[(s + 1) % 2];
        read_folded_tokens(text, lowered, sentences[s].span, current.words);
        current.event_words.reset();
        const FoldedTokens& words = current.words;
        find_name_mentions(text, words, current.names, material.name_words);
        const std::vector<NameMention>& names = current.names;
        for (const NameMention& mention : names) material.names.push_back({article_index, mention});

        std::vector<DateMention> dates = find_dates(words, article.published);
        // ("“Today, member states showed …,” he said", in papers of two days: a day named
        // from the day someone spoke is not one read from the day the article came out.)
        std::erase_if(dates, [&](const DateMention& date) {
            return date.date.weekday_relative && inside_quote(date.span);
        });
        std::vector<FactClaim> claims = find_fact_claims(text, words, dates, s);
        if (sentences[s].paragraph != previous_paragraph) has_previous = false;
        // find_fact_claims lists the sentence's dates first, one claim each, in their order.
        const auto dates_begin = static_cast<uint32_t>(facts.entries.size());
        // The sentence's first claim other than a date, whose context the others share.
        std::optional<size_t> shared;
        for (size_t c = 0; c < claims.size(); ++c) {
            const FactClaim& claim = claims[c];
            FactEntry entry{claim, article_index};
            entry.dates_begin = dates_begin;
            entry.dates_size = static_cast<uint32_t>(dates.size());
            if (claim.kind != FactKind::date && shared) {
                const FactEntry& first = facts.entries[*shared];
                entry.context_begin = first.context_begin;
                entry.context_size = first.context_size;
                entry.keys_size = first.keys_size;
                facts.entries.push_back(entry);
                continue;
            }
            // The words around the claim in order, each word and each pair of neighbours hashed.
            context.clear();
            keys.clear();
            const std::string* before = nullptr;
            auto add_context = [&](const std::vector<std::string>& around) {
                for (const std::string& word : around) {
                    context.push_back(hash_word(word));
                    if (before) {
                        pair.assign(*before);
                        pair += ' ';
                        pair += word;
                        keys.push_back(hash_word(pair));
                    }
                    before = &word;
                }
            };
            if (claim.kind == FactKind::date) {
                // A sentence may date several events; a date belongs to the words near it.
                const DateMention& date = dates[c];
                add_context(event_words(words, names,
                                        date.first_token > kDateContextTokens
                                            ? date.first_token - kDateContextTokens
                                            : 0,
                                        date.last_token + kDateContextTokens + 1));
            } else {
                // The sentence before in the same paragraph often names the event ("Back then,
                // the military shot down a jet. One of the pilots was killed.").
                if (has_previous) add_context(previous.context());
                add_context(current.context());
            }
            for (auto* list : {&context, &keys}) {
                std::sort(list->begin(), list->end());
                list->erase(std::unique(list->begin(), list->end()), list->end());
            }
            entry.context_begin = static_cast<uint32_t>(facts.words.size());
            entry.context_size = static_cast<uint32_t>(context.size());
            entry.keys_size = static_cast<uint32_t>(keys.size());
            facts.words.insert(facts.words.end(), context.begin(), context.end());
            facts.words.insert(facts.words.end(), keys.begin(), keys.end());
            if (claim.kind != FactKind::date) shared = facts.entries.size();
            facts.entries.push_back(entry);
        }
        has_previous = true;
        previous_paragraph = sentences[s].paragraph;
    }
    // Kept for the whole run: no spare capacity.
    material.quotes.shrink_to_fit();
    material.quote_hashes.shrink_to_fit();
    material.quote_flags.shrink_to_fit();
    material.quote_speakers.shrink_to_fit();
    material.facts.shrink_to_fit();
    material.names.shrink_to_fit();
    material.name_words.shrink_to_fit();
    material.speakers.shrink_to_fit();
    return material;
}

ArticleMaterial extract_material(const ArticleAnalysis& analysis, uint32_t article_index) {
    return extract_material(analysis, article_index, lowercase_ascii(analysis.article.text()));
}

void number_quote_words(std::vector<ArticleMaterial>& material) {
    WordNumbers numbers;
    for (ArticleMaterial& article : material) {
        article.quote_ids.resize(article.quote_hashes.size());
        for (size_t k = 0; k < article.quote_hashes.size(); ++k)
            article.quote_ids[k] = numbers.number(article.quote_hashes[k]);
        std::vector<uint64_t>().swap(article.quote_hashes);
    }
}

}  // namespace quotecheck
