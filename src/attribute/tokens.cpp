#include "attribute/tokens.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/utf8.hpp"
#include "core/word_table.hpp"

namespace quotecheck {

namespace {

// What a byte can start or continue, in one table load: the tokenizer's hot loop asks this of
// every byte, where chains of comparisons cost several instructions each.
namespace byte_class {
enum : uint8_t {
    space = 1 << 0,      // ' ', '\t', '\n', '\r'
    alnum = 1 << 1,      // ASCII letter or digit
    upper = 1 << 2,      // 'A'-'Z'
    joiner = 1 << 3,     // '-', '\'', '.', '&': may join two runs of letters
    non_ascii = 1 << 4,  // a byte of a multi-byte code point (or an invalid one)
};
}  // namespace byte_class

inline constexpr auto kByteClass = [] {
    std::array<uint8_t, 256> table{};
    for (int c = 0; c < 256; ++c) {
        uint8_t bits = 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') bits |= byte_class::space;
        if (kAsciiAlnum[c]) bits |= byte_class::alnum;
        if (c >= 'A' && c <= 'Z') bits |= byte_class::upper;
        if (c == '-' || c == '\'' || c == '.' || c == '&') bits |= byte_class::joiner;
        if (c >= 0x80) bits |= byte_class::non_ascii;
        table[c] = bits;
    }
    return table;
}();

uint8_t class_of(char byte) {
    return kByteClass[static_cast<unsigned char>(byte)];
}

bool is_apostrophe(char32_t c) {
    return c == U'\'' || c == U'\u2019';
}

bool is_joiner(char32_t c) {
    return c == U'-' || is_apostrophe(c) || c == U'.' || c == U'&';
}

// Where the run of ASCII letters and digits that starts at `from` ends, at `to` at the latest.
// `lowered` is NUL-terminated, so the scan needs no bound of its own: it may run past `to` into
// the bytes after the paragraph and is cut back to `to` (lower-casing keeps the letter classes).
uint32_t ascii_alnum_run_end(const char* lowered, uint32_t from, uint32_t to) {
    const char* p = lowered + from;
    while (class_of(*p) & byte_class::alnum) ++p;
    const auto end = static_cast<uint32_t>(p - lowered);
    return end > to && from <= to ? to : end;
}

// Any token the fast path in tokenize does not take: one that starts outside ASCII, a word that
// a mark or a letter outside ASCII joins, a possessive, an abbreviation. Fills `token` in and
// returns where the token ends; leaves `token.span` empty for a space outside ASCII. Out of line,
// so that the registers of tokenize's loop are not spent on it.
[[gnu::noinline]] uint32_t read_token(std::string_view text, const char* low, uint32_t start,
                                      uint8_t first_class, uint32_t paragraph_end, Token& token) {
    uint32_t i = start;
    bool word;
    bool capitalised = false;
    if (first_class & byte_class::non_ascii) {
        const char32_t c = decode_code_point(text, i);
        if (u_isspace(static_cast<UChar32>(c))) return i;
        word = is_non_ascii_word_code_point(c);
        capitalised =
            word && (u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)));
    } else {
        ++i;
        word = first_class & byte_class::alnum;
        capitalised = first_class & byte_class::upper;
    }
    token.word = word;
    token.capitalised = capitalised;
    if (word) {
        uint32_t end = i;
        while (true) {
            // ASCII letters and digits, the bulk of news text, a run at a time.
            end = ascii_alnum_run_end(low, end, paragraph_end);
            // Most words end at a space or an ASCII mark that joins nothing: no code
            // point to decode.
            if (end >= paragraph_end ||
                !(class_of(text[end]) & (byte_class::joiner | byte_class::non_ascii)))
                break;
            uint32_t j = end;
            const char32_t d = next_code_point(text, j);
            if (is_word_code_point(d)) {
                end = j;
                continue;
            }
            // Join "al-Malki", "Netanyahu’s", "U.S" but not a sentence-final period.
            if (!is_joiner(d) || j >= paragraph_end) break;
            uint32_t k = j;
            const char32_t after = next_code_point(text, k);
            // ("the Seoul- and San Jose-based startup": the hyphen of the first of two words
            // before one suffix is the word's.)
            if (d == U'-' && after == U' ' &&
                (text.substr(k, 4) == "and " || text.substr(k, 3) == "or ")) {
                end = j;
                break;
            }
            if (!is_word_code_point(after)) break;
            // ("AT&T", "M&S", "P&G": an ampersand joins capitals only.)
            if (d == U'&' &&
                !(text[end - 1] >= 'A' && text[end - 1] <= 'Z' && after >= U'A' && after <= U'Z'))
                break;
            // (A period joins single letters only: "U.S", "J.R.R"; the letter after it must be
            // one alone, and so must each before it.)
            const bool initials =
                end - start == 1 || ((end - start) % 2 == 1 && text[end - 2] == '.');
            // ("Ch.Byambadorj", "Ts.Enkhmandakh": a Mongolian patronymic's initial, one or two
            // letters and a period, runs into the given name with no space; not a title's
            // abbreviation, "Mr.Smith".)
            const auto patronymic = [&] {
                if (end - start > 2 || !capitalised || k >= paragraph_end) return false;
                const std::string_view letters(low + start, end - start);
                static constexpr std::string_view kTitles[] = {"mr", "dr", "st", "ms", "jr",
                                                               "sr", "no", "mt", "ft", "co"};
                return (text[j] >= 'A' && text[j] <= 'Z') && text[k] >= 'a' && text[k] <= 'z' &&
                       std::find(std::begin(kTitles), std::end(kTitles), letters) ==
                           std::end(kTitles);
            };
            // ("Marcus Delgado, Ph.D., a geochemist": a doctorate's letters are one word.)
            const auto doctorate = [&] {
                const std::string_view letters(low + start, end - start);
                return text[k - 1] == 'D' &&
                       (k >= paragraph_end || !(class_of(text[k]) & byte_class::alnum)) &&
                       (letters == "ph" || letters == "ed" || letters == "psy" ||
                        letters == "pharm");
            };
            if (d == U'.' && !(k - j == 1 && initials) && !patronymic() && !doctorate()) break;
            end = k;
        }
        i = end;
        token.span = {start, end};
        std::string_view lower(low + start, end - start);
        // ("B.C.'s health ministry", "U.S.'s": initials, their period and a possessive.)
        if (end + 2 < paragraph_end && text[end] == '.' && end - start >= 3 &&
            text[end - 2] == '.') {
            for (std::string_view suffix : {"'s", "\xE2\x80\x99s"})
                if (text.substr(end + 1, suffix.size()) == suffix &&
                    (end + 1 + suffix.size() >= paragraph_end ||
                     !(class_of(text[end + 1 + suffix.size()]) & byte_class::alnum))) {
                    i = end + 1 + static_cast<uint32_t>(suffix.size());
                    token.span = {start, i};
                    token.possessive = true;
                    token.lower = lower;
                    return i;
                }
        }
        // A possessive ends in s, ' or ’ (whose last byte is 0x99).
        const char last = lower.back();
        if (last == 's' || last == '\'' || last == '\x99')
            for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
                if (lower.size() > suffix.size() + 1 && lower.ends_with(suffix)) {
                    lower.remove_suffix(suffix.size());
                    token.possessive = true;
                    break;
                }
            }
        token.lower = lower;
        // "Mr.", "Gen." and the initial in "John F. Kennedy": the period belongs to the
        // word (also before a comma: "said Darnell Parrish Jr., who").
        if (i < paragraph_end && text[i] == '.' && lower.size() <= 7 && capitalised &&
            (i + 1 >= paragraph_end || text[i + 1] == ' ' || text[i + 1] == ',')) {
            static constexpr std::string_view kAbbreviations[] = {
                "mr",   "mrs",  "ms",   "dr",   "sen",   "rep",    "gov",  "gen",  "lt",    "col",
                "sgt",  "capt", "maj",  "adm",  "prof",  "rev",    "st",   "jr",   "sr",    "cpl",
                "pvt",  "u.s",  "u.k",  "u.n",  "d.c",   "e.u",    "cmdr", "brig", "det",   "insp",
                "supt", "msgr", "fr",   "atty", "ald",   "cdr",    "cllr", "hon",  "rt",    "mme",
                "engr", "barr", "mx",   "sens", "reps",  "coun",   "sh",   "co",   "inc",   "corp",
                "ltd",  "ds",   "amb",  "arc",  "pharm", "usec",   "asec", "smt",  "const", "cr",
                "eng",  "ing",  "ph.d", "ed.d", "psy.d", "pharm.d"};
            // "A.K. Sharma", "J.R.R. Tolkien": initials joined by their periods.
            const bool initial =
                lower.size() == 1 || (lower.size() >= 3 && lower.size() % 2 == 1 && [&] {
                    for (size_t k = 1; k < lower.size(); k += 2)
                        if (lower[k] != '.') return false;
                    return true;
                }());
            // ("near Kearney, Neb., and chairs": a US state's abbreviation in AP style, a comma
            // after it; not "went to Mass." at a sentence's end.)
            static constexpr std::string_view kStates[] = {
                "ala",  "ariz", "ark",  "calif", "colo", "conn", "del",  "fla",  "ga",
                "ill",  "ind",  "kan",  "ky",    "la",   "md",   "mass", "mich", "minn",
                "miss", "mo",   "mont", "neb",   "nev",  "okla", "ore",  "pa",   "tenn",
                "tex",  "va",   "vt",   "wash",  "wis",  "wyo"};
            const bool state =
                i + 1 < paragraph_end && text[i + 1] == ',' &&
                std::find(std::begin(kStates), std::end(kStates), lower) != std::end(kStates);
            for (std::string_view abbreviation : kAbbreviations)
                if (initial || state || lower == abbreviation) {
                    ++i;
                    token.span.end = i;
                    break;
                }
        }
    } else {
        token.span = {start, i};
        token.lower = {low + start, i - start};  // the mark's own bytes
    }
    return i;
}

// What each code point of General Punctuation (U+2000-U+203F) is to the tokenizer, asked of ICU
// once: its curly quotes and dashes are most of the marks outside ASCII in news text, and each
// would otherwise cost a decode and two ICU calls.
enum class PunctuationKind : uint8_t { mark, space, word };
const std::array<PunctuationKind, 64>& general_punctuation() {
    static const std::array<PunctuationKind, 64> kinds = [] {
        std::array<PunctuationKind, 64> table{};
        for (char32_t k = 0; k < table.size(); ++k) {
            const char32_t c = U'\u2000' + k;
            table[k] = u_isspace(static_cast<UChar32>(c)) ? PunctuationKind::space
                       : is_non_ascii_word_code_point(c)  ? PunctuationKind::word
                                                          : PunctuationKind::mark;
        }
        return table;
    }();
    return kinds;
}

using QuoteRange = std::pair<Span, uint32_t>;  // a top-level quote's marks and index

// Appends the tokens of paragraph `p`; `next_quote` is the first quote that does not end before
// it, and the one returned the first that does not end before the paragraph's last token. (Out
// of line: inlined into tokenize, its loop lost its position and bounds to the stack.)
[[gnu::noinline]] const QuoteRange* tokenize_paragraph(std::string_view text, const char* low,
                                                       Span paragraph, uint32_t p,
                                                       const QuoteRange* next_quote,
                                                       std::vector<Token>& tokens) {
    // The top-level quote the token starting at `start` lies in; tokens come in order.
    const auto quote_of = [&next_quote](uint32_t start) {
        while (next_quote->first.end <= start) ++next_quote;
        return next_quote->first.contains(start) ? next_quote->second : kOutsideQuotes;
    };
    const std::array<PunctuationKind, 64>& punctuation = general_punctuation();
    // Whether the three bytes at `k` are a code point of U+2000-U+203F, as a decode would read
    // them.
    const auto general_punctuation_at = [&](uint32_t k) {
        return text[k] == '\xE2' && k + 2 < text.size() && text[k + 1] == '\x80' &&
               (class_of(text[k + 2]) & byte_class::non_ascii) &&
               static_cast<unsigned char>(text[k + 2]) < 0xC0;
    };
    const auto kind_at = [&](uint32_t k) {
        return punctuation[static_cast<unsigned char>(text[k + 2]) & 0x3F];
    };
    const uint32_t paragraph_end = paragraph.end;
    uint32_t i = paragraph.start;
    while (i < paragraph_end) {
        // ASCII white space, a fifth of the text, and ASCII words and marks without decoding.
        const uint8_t first_class = class_of(text[i]);
        if (first_class & byte_class::space) {
            ++i;
            continue;
        }
        const uint32_t start = i;
        if (!(first_class & byte_class::non_ascii)) {
            // Most tokens: an ASCII mark, or a run of ASCII letters and digits that ends at a
            // space or a mark that joins nothing. Such a word has no apostrophe, so it is no
            // possessive, and no period after it, so it is no abbreviation: the general path
            // below would give it the same token.
            if (!(first_class & byte_class::alnum)) {
                // (Constructed in place, where push_back would copy a temporary.)
                tokens.emplace_back(Span{start, start + 1}, std::string_view(low + start, 1), false,
                                    false, false, quote_of(start), p);
                ++i;
                continue;
            }
            const uint32_t end = ascii_alnum_run_end(low, start + 1, paragraph_end);
            // (A closing quote or a dash after the word joins nothing either; of U+2000-U+203F
            // only the apostrophe U+2019 joins.)
            if (end >= paragraph_end ||
                !(class_of(text[end]) & (byte_class::joiner | byte_class::non_ascii)) ||
                (general_punctuation_at(end) && text[end + 2] != '\x99' &&
                 kind_at(end) != PunctuationKind::word)) {
                tokens.emplace_back(Span{start, end}, std::string_view(low + start, end - start),
                                    true, (first_class & byte_class::upper) != 0, false,
                                    quote_of(start), p);
                i = end;
                continue;
            }
        } else if (general_punctuation_at(i)) {
            // U+2000-U+203F, three bytes: a mark or a space as the general path would find it.
            const PunctuationKind kind = kind_at(i);
            if (kind == PunctuationKind::space) {
                i += 3;
                continue;
            }
            if (kind == PunctuationKind::mark) {
                tokens.emplace_back(Span{start, start + 3}, std::string_view(low + start, 3), false,
                                    false, false, quote_of(start), p);
                i += 3;
                continue;
            }
        }
        Token token;
        token.paragraph = p;
        i = read_token(text, low, start, first_class, paragraph_end, token);
        if (token.span.empty()) continue;  // a space outside ASCII
        token.quote = quote_of(start);
        tokens.push_back(token);
    }
    return next_quote;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const std::string& lowered,
                            const std::vector<Span>& paragraphs, const std::vector<Quote>& quotes) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 5);
    // Top-level quotes in order, each from its opening mark to its closing mark.
    std::vector<QuoteRange> top;
    for (uint32_t q = 0; q < quotes.size(); ++q) {
        if (quotes[q].depth != 0) continue;
        const Quote& quote = quotes[q];
        top.push_back({{quote.open.start, quote.closed() ? quote.close.end : quote.text.end}, q});
    }
    // Past every token, so that the search for a token's quote needs no bounds check.
    top.push_back({{UINT32_MAX, UINT32_MAX}, kOutsideQuotes});
    const QuoteRange* next_quote = top.data();
    for (uint32_t p = 0; p < paragraphs.size(); ++p)
        next_quote =
            tokenize_paragraph(text, lowered.c_str(), paragraphs[p], p, next_quote, tokens);
    return tokens;
}

bool is_linking_preposition(std::string_view word) {
    static const WordList kLinking = {"at",   "in",   "of", "for", "from",
                                      "near", "with", "on", "by",  "to"};
    return kLinking.contains(word);
}

bool is_spokes_word(const Token& t) {
    static const WordList kSpokes = {"spokesperson", "spokesman", "spokeswoman"};
    return kSpokes.contains(t.lower);
}

}  // namespace quotecheck
