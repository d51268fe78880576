// Numeric claims about events found in an article's sentences: people killed, injured or
// arrested, sums of money, and dates, each with the words around it that say which event it
// is about ("shot down a Russian fighter jet … killing two Russian officers").
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "corpus/event_dates.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

enum class FactKind : uint8_t { killed, injured, arrested, money, date };
std::string_view to_string(FactKind kind);

// The currency of a sum, by the word an article uses for it ("$" reads as dollars). Sums are
// compared only in the same word: "dollar" and "dollars" are told apart.
enum class Currency : uint8_t {
    none,
    dollars,
    dollar,
    euros,
    euro,
    pounds,
    rubles,
    roubles,
    shekels,
    lira,
    liras,
    yuan,
    yen,
    rupees,
    francs
};
std::string_view to_string(Currency currency);

struct FactClaim {
    FactKind kind = FactKind::killed;
    Currency currency = Currency::none;  // money
    Span span;  // the words stating it: "killing two Russian officers", "last November"
    uint32_t sentence = 0;
    // Numbers: the range the wording allows ("at least 10": [10, inf)).
    double low = 0, high = 0;
    EventDate date;  // dates
};

// Number, quantity and date claims of one sentence (`dates` from find_dates over the same
// tokens): first a date claim for each of `dates`, in their order, then the others.
std::vector<FactClaim> find_fact_claims(std::string_view text, const FoldedTokens& words,
                                        const std::vector<DateMention>& dates, uint32_t sentence);

// A number written in digits or words at token `at` ("two", "1,200", "twenty-five", "3.5
// million"); `next` is set past its words.
std::optional<double> parse_number(std::string_view text, const FoldedTokens& words, size_t at,
                                   size_t& next);

}  // namespace quotecheck
