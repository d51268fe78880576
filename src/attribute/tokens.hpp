// The article as a flat list of word and punctuation tokens, each marked with the top-level
// quote it lies inside (if any), so attribution looks at the writer's words around a quote and
// matches lexicon entries by hash lookup on lowercase words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "quotes/quote.hpp"

namespace quotecheck {

inline constexpr uint32_t kOutsideQuotes = UINT32_MAX;

struct Token {
    Token() = default;
    // (A constructor, so that emplace_back builds a token in place also with clang 14, the fuzz
    // preset's compiler, which has no parenthesised aggregate initialisation.)
    Token(Span span_, std::string_view lower_, bool word_, bool capitalised_, bool possessive_,
          uint32_t quote_, uint32_t paragraph_)
        : span(span_),
          lower(lower_),
          word(word_),
          capitalised(capitalised_),
          possessive(possessive_),
          quote(quote_),
          paragraph(paragraph_) {}

    Span span;
    // The word lower-cased (ASCII letters only): a view into the lower-cased copy of the text
    // that tokenize was given. A trailing period of "Mr." is not part of it.
    std::string_view lower;
    bool word = false;  // letters or digits; otherwise one punctuation character
    bool capitalised = false;
    bool possessive = false;  // "Putin's", "Netanyahu’s": `lower` holds the name without 's
    uint32_t quote = kOutsideQuotes;  // index of the top-level quote containing it
    uint32_t paragraph = 0;
    uint32_t classes = 0;  // word_class bits from the lexicon (attribution fills them in)

    bool has(uint32_t word_classes) const { return (classes & word_classes) != 0; }

    // (Always inlined, its compare a builtin memcmp of the literal's known length: as a call,
    // or through string_view's out-of-line compare, it was 2 % of a run.)
    [[gnu::always_inline]] bool is(std::string_view word_or_mark) const {
        return lower.size() == word_or_mark.size() &&
               __builtin_memcmp(lower.data(), word_or_mark.data(), word_or_mark.size()) == 0;
    }
    bool outside() const { return quote == kOutsideQuotes; }
    // The written word's bytes past `lower`: a possessive's "'s" or "’s", an abbreviation's
    // period (`lower` is a byte-for-byte prefix of the written word, lower-cased).
    uint32_t suffix_bytes() const { return span.size() - static_cast<uint32_t>(lower.size()); }
};

// "at", "of", "in", "for", "from", "near", "with", "on", "by", "to": a preposition that ties a
// word to where it is or what it is of ("a shelter at Marlow High School", "an analyst at …").
bool is_linking_preposition(std::string_view word);

// "spokesperson", "spokesman", "spokeswoman": one who speaks for a body.
bool is_spokes_word(const Token& t);

// "D-Ohio", "R-Kan.", "I-Vt": a US legislator's party and state or district.
inline bool is_party_tag(const Token& t) {
    return t.word && t.capitalised && t.lower.size() >= 4 && t.lower[1] == '-' &&
           (t.lower[0] == 'd' || t.lower[0] == 'r' || t.lower[0] == 'i');
}

// Tokens of every paragraph in order. Quote marks themselves are tokens too (their `lower` is
// the mark), inside the quote they open or close. `lowered` is lowercase_ascii(text)
// (core/utf8.hpp); it must outlive the tokens. (A string rather than a view: its terminating NUL
// ends the tokenizer's scans of letter runs.)
std::vector<Token> tokenize(std::string_view text, const std::string& lowered,
                            const std::vector<Span>& paragraphs, const std::vector<Quote>& quotes);

}  // namespace quotecheck
