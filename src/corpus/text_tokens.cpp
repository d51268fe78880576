#include "corpus/text_tokens.hpp"
#include "core/edit_distance.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>

#include "core/utf8.hpp"
#include "core/word_table.hpp"

namespace quotecheck {

namespace {

bool is_apostrophe(char32_t c) {
    return c == U'\'' || c == U'\u2019' || c == U'\u02BC';
}
bool is_hyphen(char32_t c) {
    return c == U'-' || c == U'\u2010' || c == U'\u2011';
}
bool is_dash(char32_t c) {
    return c == U'\u2012' || c == U'\u2013' || c == U'\u2014' || c == U'\u2015';
}
bool is_clause_mark(char32_t c) {
    switch (c) {
        case U',':
        case U';':
        case U':':
        case U'(':
        case U')':
        case U'.':
        case U'!':
        case U'?':
            return true;
        default:
            return is_dash(c);
    }
}

char32_t peek(std::string_view text, uint32_t at, uint32_t end) {
    if (at >= end) return 0;
    return next_code_point(text, at);
}

// ASCII bytes other than letters, digits, the joiners inside a word (' - . ,) and the marks that
// make a token ([ ; : ( ) ! ?): white space, quotation marks and the like. They neither start a
// token nor continue a word, so both loops of tokenize pass them by without decoding.
constexpr auto kAsciiSeparator = [] {
    std::array<bool, 256> table{};
    constexpr std::string_view kSignificant = "'-.,[;:()!?";
    for (int c = 0; c < 0x80; ++c)
        table[c] =
            !kAsciiAlnum[c] && kSignificant.find(static_cast<char>(c)) == std::string_view::npos;
    return table;
}();
bool is_ascii_separator(char c) {
    return kAsciiSeparator[static_cast<unsigned char>(c)];
}

// Lower-cases the `Chunk`-sized group of bytes at `from` into `to`, or returns false when one of
// them is a joiner or not ASCII: the letters and digits of a word a group of bytes at a time.
template <typename Chunk>
bool lower_ascii_chunk(const char* from, char* to) {
    constexpr auto ones = static_cast<Chunk>(0x0101010101010101ULL);
    constexpr Chunk high = ones * 0x80;
    Chunk chunk;
    std::memcpy(&chunk, from, sizeof chunk);
    // Every joiner lies below '0': a byte below it, or one with the high bit set, ends the group.
    if ((chunk | (chunk - ones * '0')) & high) return false;
    // The high bit of each byte from 'A' up, less those from '[' up; no sum carries into the next
    // byte. 0x80 >> 2 is 0x20, the step from a capital to its small letter.
    const Chunk capitals = (chunk + ones * (0x80 - 'A')) & ~(chunk + ones * (0x80 - '[')) & high;
    chunk |= capitals >> 2;
    std::memcpy(to, &chunk, sizeof chunk);
    return true;
}

// Calls found(span, kind, plain) for each token of `span` in order; `plain` when the token is a
// word of ASCII letters and digits only, whose folded form is its bytes lower-cased.
template <typename Found>
void scan_tokens(std::string_view text, Span span, Found&& found) {
    const uint32_t end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
    uint32_t i = span.start;
    while (i < end) {
        if (is_ascii_separator(text[i])) {
            ++i;
            continue;
        }
        const uint32_t start = i;
        // Each branch that finds a token sets these; found is called in one place, so that the
        // compiler writes it inline.
        uint32_t token_end = i;
        TokenKind kind = TokenKind::word;
        // Cleared once a byte of the word is not an ASCII letter or digit.
        bool plain = is_ascii_alnum(text[i]);
        char32_t c = next_code_point(text, i);
        if (is_word_code_point(c)) {
            // Extend over word characters and the joiners that sit between two of them.
            uint32_t word_end = i;
            while (word_end < end) {
                // ASCII letters and digits, the bulk of news text, a run at a time.
                if (is_ascii_alnum(text[word_end])) {
                    ++word_end;
                    continue;
                }
                if (is_ascii_separator(text[word_end])) break;
                uint32_t j = word_end;
                const char32_t d = next_code_point(text, j);
                if (is_word_code_point(d)) {
                    plain = false;
                    word_end = j;
                    continue;
                }
                const char32_t after = peek(text, j, end);
                const bool joins = (is_apostrophe(d) || is_hyphen(d) || d == U'.' ||
                                    (d == U',' && u_isdigit(static_cast<UChar32>(after)) &&
                                     u_isdigit(static_cast<UChar32>(c)))) &&
                                   is_word_code_point(after);
                if (!joins) break;
                plain = false;
                word_end = j;
            }
            token_end = i = word_end;
        } else if (c == U'\u2026') {
            token_end = i;
            kind = TokenKind::ellipsis;
        } else if (c == U'.' && peek(text, i, end) == U'.') {
            uint32_t j = i;
            while (j < end && (text[j] == '.' || text[j] == ' ')) ++j;
            while (j > i && text[j - 1] == ' ') --j;
            token_end = i = j;
            kind = TokenKind::ellipsis;
        } else if (c == U'[') {
            const size_t close = text.substr(0, end).find(']', i);
            const uint32_t stop =
                close == std::string_view::npos ? end : static_cast<uint32_t>(close) + 1;
            token_end = i = stop;
            kind = TokenKind::bracket;
        } else if (is_clause_mark(c) ||
                   (is_hyphen(c) && start > span.start && text[start - 1] == ' ')) {
            token_end = i;
            kind = TokenKind::clause_break;
        } else {
            continue;
        }
        found(Span{start, token_end}, kind, kind == TokenKind::word && plain);
    }
}

}  // namespace

std::vector<TextToken> tokenize(std::string_view text, Span span) {
    std::vector<TextToken> tokens;
    tokenize(text, span, tokens);
    return tokens;
}

void tokenize(std::string_view text, Span span, std::vector<TextToken>& tokens) {
    tokens.clear();
    scan_tokens(text, span, [&](Span token, TokenKind kind, bool plain) {
        tokens.push_back({token, kind, plain});
    });
}

void read_folded_tokens(std::string_view text, std::string_view lowered, Span span,
                        FoldedTokens& words) {
    words.tokens.clear();
    words.folded.clear();
    words.buffer.clear();
    // Folded forms written to the buffer are placed once it has stopped growing: the token and
    // where its form starts.
    words.in_buffer.clear();
    scan_tokens(text, span, [&](Span token, TokenKind kind, bool plain) {
        // The token lies in the text (scan_tokens stops at its end).
        const std::string_view raw(text.data() + token.start, token.size());
        words.tokens.push_back({token, kind, plain});
        if (plain) {
            words.folded.emplace_back(lowered.data() + token.start, token.size());
            return;
        }
        if (kind != TokenKind::word) {
            words.folded.push_back(raw);
            return;
        }
        const size_t from = words.buffer.size();
        append_folded_word(words.buffer, raw);
        words.in_buffer.push_back(
            {static_cast<uint32_t>(words.folded.size()), static_cast<uint32_t>(from)});
        words.folded.emplace_back(nullptr, words.buffer.size() - from);
    });
    for (const auto& [token, from] : words.in_buffer)
        words.folded[token] = {words.buffer.data() + from, words.folded[token].size()};
}

std::string fold_word(std::string_view word) {
    std::string folded;
    append_folded_word(folded, word);
    return folded;
}

void append_folded_word(std::string& folded, std::string_view word) {
    // ASCII, the bulk of news text, is written straight into place a byte at a time.
    // kAsciiFold: the byte lower-cased, 0xFF for the joiners left out, 0x80 for a non-ASCII byte.
    static constexpr auto kAsciiFold = [] {
        std::array<unsigned char, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[c] = c >= 0x80                                       ? 0x80
                       : c == '\'' || c == '-' || c == '.' || c == ',' ? 0xFF
                       : c >= 'A' && c <= 'Z'                          ? c - 'A' + 'a'
                                                                       : c;
        return table;
    }();
    // A short word is folded on the stack and appended once; a longer one in place.
    if (char buffer[32]; word.size() <= sizeof buffer) {
        // Most words hold only ASCII letters and digits: lower-cased eight or four bytes at a
        // time, the last group overlapping the one before, then a byte at a time until the first
        // joiner or non-ASCII byte. (The early exit also keeps the compiler from vectorising the
        // byte loop, which for words this short cost several times the loop itself.)
        const size_t n = word.size();
        size_t k = 0;
        if (n >= 8) {
            while (k < n && lower_ascii_chunk<uint64_t>(word.data() + std::min(k, n - 8),
                                                        buffer + std::min(k, n - 8)))
                k += 8;
        } else if (n >= 4) {
            while (k < n && lower_ascii_chunk<uint32_t>(word.data() + std::min(k, n - 4),
                                                        buffer + std::min(k, n - 4)))
                k += 4;
        }
        for (k = std::min(k, n); k < n; ++k) {
            const unsigned char c = kAsciiFold[static_cast<unsigned char>(word[k])];
            if (c & 0x80) break;
            buffer[k] = static_cast<char>(c);
        }
        if (k == word.size()) {
            folded.append(buffer, word.size());
            return;
        }
        size_t length = k;
        for (; k < word.size(); ++k) {
            const unsigned char c = kAsciiFold[static_cast<unsigned char>(word[k])];
            if (c == 0x80) break;
            buffer[length] = static_cast<char>(c);
            length += c != 0xFF;
        }
        if (k == word.size()) {
            folded.append(buffer, length);
            return;
        }
    }
    const size_t before = folded.size();
    folded.resize(before + word.size());
    char* out = folded.data() + before;
    uint32_t i = 0;
    for (; i < word.size(); ++i) {
        const unsigned char c = kAsciiFold[static_cast<unsigned char>(word[i])];
        if (c == 0x80) break;
        *out = static_cast<char>(c);
        out += c != 0xFF;
    }
    folded.resize(static_cast<size_t>(out - folded.data()));
    while (i < word.size()) {
        char32_t c = next_code_point(word, i);
        if (c < 0x80) {
            if (c == U'\'' || c == U'-' || c == U'.' || c == U',') continue;
            folded.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
            continue;
        }
        if (is_apostrophe(c) || is_hyphen(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        if (U_SUCCESS(status)) {
            icu::UnicodeString decomposition;
            if (nfd->getDecomposition(static_cast<UChar32>(c), decomposition) &&
                decomposition.length() > 0)
                c = static_cast<char32_t>(decomposition.char32At(0));
            if (u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK) continue;
        }
        append_utf8(folded, static_cast<char32_t>(
                                u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
    }
}

bool is_capitalised_non_ascii(std::string_view word) {
    uint32_t i = 0;
    return u_isupper(static_cast<UChar32>(next_code_point(word, i)));
}

namespace {
constexpr std::string_view kStopwords[] = {
    "a",       "about",   "after",     "again",   "all",     "also",    "am",      "an",
    "and",     "any",     "are",       "as",      "at",      "be",      "been",    "before",
    "being",   "between", "both",      "but",     "by",      "can",     "could",   "did",
    "do",      "does",    "down",      "during",  "each",    "even",    "ever",    "for",
    "from",    "had",     "has",       "have",    "he",      "her",     "here",    "hers",
    "him",     "his",     "how",       "i",       "if",      "in",      "into",    "is",
    "it",      "its",     "just",      "may",     "me",      "might",   "more",    "most",
    "much",    "must",    "my",        "no",      "nor",     "not",     "now",     "of",
    "off",     "on",      "once",      "only",    "or",      "other",   "our",     "ours",
    "out",     "over",    "own",       "same",    "shall",   "she",     "should",  "so",
    "some",    "such",    "than",      "that",    "the",     "their",   "them",    "then",
    "there",   "these",   "they",      "this",    "those",   "through", "to",      "too",
    "under",   "until",   "up",        "upon",    "us",      "very",    "was",     "we",
    "were",    "what",    "when",      "where",   "which",   "while",   "who",     "whom",
    "why",     "will",    "with",      "would",   "you",     "your",    "said",    "says",
    "say",     "told",    "according", "added",   "back",    "since",   "already", "still",
    "however", "though",  "although",  "whether", "because", "would",   "many",    "well",
    "s"};
}  // namespace

std::span<const std::string_view> stopwords() {
    return kStopwords;
}

bool is_stopword(std::string_view folded) {
    static const WordList stopwords(kStopwords);
    return stopwords.contains(folded);
}

}  // namespace quotecheck
