// Words of a stretch of article text as the corpus checks read them: the span of each word,
// and the markers between words that change how they compare (ellipses, editorial brackets,
// clause breaks). Folding turns a word into the form compared across articles.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/edit_distance.hpp"
#include "core/span.hpp"

namespace quotecheck {

enum class TokenKind : uint8_t {
    word,          // letters and digits, with inner apostrophes, hyphens, dots and digit commas
    ellipsis,      // … or ... : words left out
    bracket,       // [like this]: an editor's insertion or replacement
    clause_break,  // , ; : ( ) dashes and sentence ends
};

struct TextToken {
    Span span;
    TokenKind kind = TokenKind::word;
    bool plain =
        false;  // a word of ASCII letters and digits only: its folded form is it lower-cased
};

std::vector<TextToken> tokenize(std::string_view text, Span span);
// The same tokens in `tokens`, replacing what it held (its capacity is reused).
void tokenize(std::string_view text, Span span, std::vector<TextToken>& tokens);

// The tokens of a stretch of text with the form each is compared in: fold_word of a word, a
// mark's own text. Read in one pass; most words are ASCII letters and digits, whose folded form
// is their place in the text lower-cased, so only the others are folded, into `buffer`. Neither
// copied nor moved: `folded` points into `buffer`, and into the lower-cased text.
struct FoldedTokens {
    std::vector<TextToken> tokens;
    std::vector<std::string_view> folded;  // one per token, into the text or into `buffer`

    FoldedTokens() = default;
    FoldedTokens(const FoldedTokens&) = delete;
    FoldedTokens& operator=(const FoldedTokens&) = delete;

  private:
    friend void read_folded_tokens(std::string_view, std::string_view, Span, FoldedTokens&);
    std::string buffer;
    std::vector<std::pair<uint32_t, uint32_t>> in_buffer;  // token, offset of its folded form
};

// Fills `words` with the tokens of `span`, reusing the room it already holds. `lowered` is
// lowercase_ascii(text) (core/utf8.hpp); it must outlive `words`.
void read_folded_tokens(std::string_view text, std::string_view lowered, Span span,
                        FoldedTokens& words);

// Case-folded, accents removed, apostrophes, hyphens, dots and commas dropped: "U.S." → "us",
// "Erdoğan’s" → "erdogans", "co-operation" → "cooperation".
std::string fold_word(std::string_view word);
// fold_word(word) appended to `folded`.
void append_folded_word(std::string& folded, std::string_view word);

// is_capitalised for a word starting with a non-ASCII character, out of line.
bool is_capitalised_non_ascii(std::string_view word);
// True when the word starts with an upper-case letter ("Netanyahu", "U.S."). Inline, with ASCII
// decided in place, because the name finder asks it of every word.
inline bool is_capitalised(std::string_view word) {
    if (word.empty()) return false;
    const auto first = static_cast<unsigned char>(word[0]);
    if (first < 0x80) return first >= 'A' && first <= 'Z';
    return is_capitalised_non_ascii(word);
}

// Function words that carry no identity: skipped when words are used as keys.
bool is_stopword(std::string_view folded);
// The words is_stopword knows, for a table that finds them by another key (a word's hash).
std::span<const std::string_view> stopwords();

}  // namespace quotecheck
