#include "corpus/quote_words.hpp"

// Inlined: every word of every quote is hashed, most of them a few bytes long, where the call
// into the shared library costs about as much as the hash (the values are the same).
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <optional>

#include "core/utf8.hpp"
#include "core/word_table.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

namespace {

// Replaces `from` at the end of word[0, length) by `to`, never longer; false when the word does
// not end in it. The sizes are constants, so the comparison compiles to a load or two.
template <size_t FromSize, size_t ToSize>
bool replace_ending(char* word, size_t& length, const char (&from)[FromSize],
                    const char (&to)[ToSize]) {
    static_assert(ToSize <= FromSize);
    constexpr size_t from_length = FromSize - 1, to_length = ToSize - 1;
    if (length < from_length || std::memcmp(word + length - from_length, from, from_length) != 0)
        return false;
    std::memcpy(word + length - from_length, to, to_length);
    length = length - from_length + to_length;
    return true;
}

// British and American spellings compare equal; the mapping only has to be the same on both
// sides, not produce a real word. No ending is the end of another, so at most one applies and
// the word's last letter picks the few to try. Returns the new length.
size_t unify_spelling(char* word, size_t length) {
    if (length <= 5) return length;
    switch (word[length - 1]) {
        case 'n':
            replace_ending(word, length, "isation", "ization");
            break;
        case 's':
            replace_ending(word, length, "isations", "izations") ||
                replace_ending(word, length, "ises", "izes") ||
                replace_ending(word, length, "tres", "ters") ||
                replace_ending(word, length, "ours", "ors");
            break;
        case 'g':
            replace_ending(word, length, "ising", "izing");
            break;
        case 'd':
            replace_ending(word, length, "ised", "ized");
            break;
        case 'e':
            replace_ending(word, length, "ise", "ize") ||
                replace_ending(word, length, "yse", "yze") ||
                replace_ending(word, length, "tre", "ter") ||
                replace_ending(word, length, "ence", "ense");
            break;
        case 'r':
            replace_ending(word, length, "our", "or");
            break;
        default:
            break;
    }
    return length;
}

// "twenty-five" (folded "twentyfive") and "25" compare equal.
constexpr std::array<std::string_view, 8> kTens = {"twenty", "thirty",  "forty",  "fifty",
                                                   "sixty",  "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 9> kOnes = {"one", "two",   "three", "four", "five",
                                                   "six", "seven", "eight", "nine"};
// Whether a tens word starts with the letter.
constexpr auto kTensInitials = [] {
    std::array<bool, 256> initials{};
    for (const std::string_view ten : kTens) initials[static_cast<unsigned char>(ten[0])] = true;
    return initials;
}();

// Most words are turned away in line by their length or first letter.
bool may_be_compound_number(std::string_view word) {
    return word.size() >= 8 && kTensInitials[static_cast<unsigned char>(word[0])];  // "fortyone"
}
// The number a compound number word stands for, or 0.
unsigned compound_number(std::string_view word) {
    for (size_t t = 0; t < kTens.size(); ++t) {
        if (word[0] != kTens[t][0] || !word.starts_with(kTens[t])) continue;
        const std::string_view rest = word.substr(kTens[t].size());
        for (size_t o = 0; o < kOnes.size(); ++o)
            if (rest == kOnes[o]) return static_cast<unsigned>((t + 2) * 10 + o + 1);
    }
    return 0;
}

constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kNumberWords = {{
    {"two", "2"},
    {"three", "3"},
    {"four", "4"},
    {"five", "5"},
    {"six", "6"},
    {"seven", "7"},
    {"eight", "8"},
    {"nine", "9"},
    {"ten", "10"},
    {"eleven", "11"},
    {"twelve", "12"},
    {"twenty", "20"},
    {"thirty", "30"},
    {"forty", "40"},
    {"fifty", "50"},
    {"hundred", "100"},
    {"percent", "%"},
}};
// Bit n of the entry of a first letter: some number word starting with it has n letters ("two"
// to "hundred" and "percent": 3 to 7).
constexpr auto kNumberWordLengths = [] {
    std::array<uint8_t, 256> lengths{};
    for (const auto& number : kNumberWords)
        lengths[static_cast<unsigned char>(number.first[0])] |=
            static_cast<uint8_t>(1u << number.first.size());
    return lengths;
}();

// Most words are turned away in line by their first letter and length.
bool may_be_number_word(std::string_view word) {
    return !word.empty() && word.size() < 8 &&
           (kNumberWordLengths[static_cast<unsigned char>(word[0])] & (1u << word.size())) != 0;
}
// The digits of a number word ("two" to "hundred") or "%" for "percent", or null.
const std::string_view* number_as_digits(std::string_view word) {
    static const WordTable<std::string_view> numbers(kNumberWords);
    return numbers.find(word);
}

// Lower-cases and strips accents but keeps apostrophes, so contractions can be expanded.
void fold_keeping_apostrophes(std::string_view word, std::string& result) {
    result.clear();
    // Most words hold no apostrophe: no ', and no lead byte of ’ (E2) or ʼ (CA).
    if (std::none_of(word.begin(), word.end(),
                     [](char c) { return c == '\'' || c == '\xE2' || c == '\xCA'; })) {
        append_folded_word(result, word);
        return;
    }
    size_t from = 0;
    for (size_t i = 0; i < word.size();) {
        size_t length = 0;
        if (word[i] == '\'')
            length = 1;
        else if (word.compare(i, 3, "\u2019") == 0)
            length = 3;
        else if (word.compare(i, 2, "\u02BC") == 0)
            length = 2;
        if (length == 0) {
            ++i;
            continue;
        }
        append_folded_word(result, word.substr(from, i - from));
        result += '\'';
        i += length;
        from = i;
    }
    append_folded_word(result, word.substr(from));
}

// Words up to this many bytes are folded on the stack (nearly all of them).
constexpr size_t kShortWord = 64;

struct ShortFolded {
    size_t length = 0;
    bool apostrophe = false;  // whether it holds one: most words hold none
};

// fold_keeping_apostrophes for a word of ASCII and the apostrophes ’ and ʼ, the bulk of news
// text, written to `folded` a byte at a time straight from a table; nothing for a word that is
// longer than kShortWord or holds other non-ASCII, which only ICU folds.
std::optional<ShortFolded> fold_ascii_keeping_apostrophes(std::string_view word, char* folded) {
    // The folded byte; kDropped for the joiners folding leaves out, kApostrophe for ', kNonAscii
    // for a byte >= 0x80.
    static constexpr unsigned char kDropped = 0xFF, kApostrophe = 0x81, kNonAscii = 0x80;
    static constexpr auto kFold = [] {
        std::array<unsigned char, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[c] = c >= 0x80                          ? kNonAscii
                       : c == '\''                        ? kApostrophe
                       : c == '-' || c == '.' || c == ',' ? kDropped
                       : c >= 'A' && c <= 'Z'             ? c - 'A' + 'a'
                                                          : c;
        return table;
    }();
    if (word.size() > kShortWord) return std::nullopt;
    ShortFolded result;
    for (size_t i = 0; i < word.size(); ++i) {
        const unsigned char c = kFold[static_cast<unsigned char>(word[i])];
        if (c < 0x80) {
            folded[result.length++] = static_cast<char>(c);
            continue;
        }
        if (c == kDropped) continue;
        if (c == kNonAscii) {
            const std::string_view rest = word.substr(i);
            if (rest.starts_with("\u2019"))
                i += 2;
            else if (rest.starts_with("\u02BC"))
                i += 1;
            else
                return std::nullopt;
        }
        folded[result.length++] = '\'';
        result.apostrophe = true;
    }
    return result;
}

// Calls emit(word) for each word of the normalised form of the folded word word[0, length)
// ("don't" → "do", "not"); the word's bytes are used as scratch. Without
// `apostrophe_possible` the word is known to hold none.
template <typename Emit>
void normalise_word(char* word, size_t length, bool apostrophe_possible, Emit&& emit) {
    const size_t apostrophe =
        apostrophe_possible ? std::string_view(word, length).rfind('\'') : std::string_view::npos;
    if (apostrophe != std::string_view::npos) {
        if (apostrophe > 0) {
            const std::string_view stem(word, apostrophe);
            const std::string_view suffix(word + apostrophe + 1, length - apostrophe - 1);
            if (suffix == "t" && stem.ends_with("n")) {
                const std::string_view base = stem.substr(0, stem.size() - 1);
                if (base == "wo")
                    emit("will");
                else if (base == "ca")
                    emit("can");
                else if (base == "sha")
                    emit("shall");
                else
                    emit(base);
                emit("not");
                return;
            }
            static const WordTable<std::string_view> endings = {
                {"m", "am"}, {"re", "are"}, {"ve", "have"}, {"ll", "will"}, {"d", "would"}};
            if (const auto* found = endings.find(suffix)) {
                emit(stem);
                emit(*found);
                return;
            }
            static const WordTable<std::string_view> is_contractions = {
                {"it", "is"},  {"that", "is"}, {"there", "is"}, {"here", "is"},  {"he", "is"},
                {"she", "is"}, {"what", "is"}, {"who", "is"},   {"where", "is"}, {"let", "us"}};
            if (suffix == "s")
                if (const auto* found = is_contractions.find(stem)) {
                    emit(stem);
                    emit(*found);
                    return;
                }
        }
        length = static_cast<size_t>(std::remove(word, word + length, '\'') - word);
    }
    const std::string_view folded(word, length);
    if (folded == "cannot") {
        emit("can");
        emit("not");
        return;
    }
    if (may_be_compound_number(folded))
        if (const unsigned number = compound_number(folded)) {
            const std::array<char, 2> digits = {static_cast<char>('0' + number / 10),
                                                static_cast<char>('0' + number % 10)};
            emit(std::string_view(digits.data(), digits.size()));
            return;
        }
    if (may_be_number_word(folded))
        if (const auto* digits = number_as_digits(folded)) {
            emit(*digits);  // too short for a spelling ending
            return;
        }
    emit(std::string_view(word, unify_spelling(word, length)));
}

}  // namespace

uint64_t hash_word(std::string_view word) {
    return XXH3_64bits(word.data(), word.size());
}

std::vector<std::string> normalise_quote_word(std::string_view folded) {
    std::vector<std::string> words;
    std::string scratch(folded);
    normalise_word(scratch.data(), scratch.size(), true,
                   [&](std::string_view word) { words.emplace_back(word); });
    return words;
}

namespace {

// Calls word(normalised, span) for each compared word of the quote and gap() where an ellipsis
// or a bracket stands; "per cent" arrives as one "%" word spanning both.
template <typename OnWord, typename OnGap>
void scan_quote_words(std::string_view text, Span span, OnWord word_found, OnGap gap_found) {
    // "per" is held back until the next word, which may be "cent"; no other word joins the one
    // after it.
    bool per_held = false;
    Span per_span;
    auto flush = [&] {
        if (per_held) word_found(std::string_view("per"), per_span);
        per_held = false;
    };
    auto normalised = [&](std::string_view word, Span where) {
        if (word.empty()) return;
        // "per cent" and "percent" compare equal.
        if (per_held && word == "cent") {
            per_held = false;
            word_found(std::string_view("%"), Span{per_span.start, where.end});
            return;
        }
        flush();
        if (word == "per") {
            per_held = true;
            per_span = where;
            return;
        }
        word_found(word, where);
    };
    std::array<char, kShortWord> short_word;
    std::string long_word;  // a word fold_ascii_keeping_apostrophes leaves to ICU
    std::vector<TextToken> tokens;
    // A token in every three bytes is more than a quote holds, so the vector is not moved as it
    // grows.
    tokens.reserve(span.size() / 3 + 4);
    tokenize(text, span, tokens);
    for (const TextToken& token : tokens) {
        if (token.kind == TokenKind::ellipsis || token.kind == TokenKind::bracket) {
            flush();
            gap_found();
            continue;
        }
        if (token.kind != TokenKind::word) continue;
        const std::string_view word = token.span.in(text);
        char* folded = short_word.data();
        size_t length = 0;
        bool apostrophe = true;
        if (token.plain && word.size() <= kShortWord) {
            // Most words: ASCII letters and digits, folded by lower-casing them. Capitals take the
            // 0x20 bit, which small letters and digits have already: eight bytes at a time where
            // the text holds eight more (the bytes past the word are left over in the scratch).
            length = word.size();
            size_t k = 0;
            for (; k < length && token.span.start + k + 8 <= text.size(); k += 8) {
                const uint64_t eight =
                    eight_bytes_at(text, token.span.start + k) | 0x2020202020202020ULL;
                std::memcpy(folded + k, &eight, sizeof eight);
            }
            for (; k < length; ++k) folded[k] = static_cast<char>(word[k] | 0x20);
            apostrophe = false;
        } else if (const auto ascii = fold_ascii_keeping_apostrophes(word, folded)) {
            length = ascii->length;
            apostrophe = ascii->apostrophe;
        } else {
            fold_keeping_apostrophes(word, long_word);
            folded = long_word.data();
            length = long_word.size();
        }
        normalise_word(folded, length, apostrophe,
                       [&](std::string_view normal) { normalised(normal, token.span); });
        // "25%" reads as "25 percent".
        if (token.span.end < text.size() && text[token.span.end] == '%') {
            flush();
            word_found(std::string_view("%"), Span{token.span.end, token.span.end + 1});
        }
    }
    flush();
}

// The flags a word carries by itself (article, stop word, speech verb), found by its hash, at
// hand anyway, in one open-addressed table rather than by a lookup of the word and string
// comparisons. (Another word with the same hash would take these flags, but it compares equal to
// the word anyway.)
class WordFlagTable {
  public:
    WordFlagTable() {
        for (const std::string_view word : stopwords()) add(word, QuoteWords::stopword);
        for (const std::string_view word : {"a", "an", "the"}) add(word, QuoteWords::article);
        for (const std::string_view word :
             {"said", "says", "added", "told", "stated", "continued", "insisted", "noted"})
            add(word, QuoteWords::speech_verb);
        // (Only "not": a "No," or a "Never," left out at an edge is mostly an answer's
        // interjection or an echo, "It was never a square ball. Never,".)
        add("not", QuoteWords::negation);
    }

    uint8_t operator()(uint64_t hash) const {
        for (size_t i = hash & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
            const Slot& slot = slots_[i];
            if (slot.flags == 0) return 0;
            if (slot.hash == hash) return slot.flags;
        }
    }

  private:
    static constexpr size_t kSlots = 512;  // about a third full: probes stay short
    struct Slot {
        uint64_t hash = 0;
        uint8_t flags = 0;  // 0: empty
    };

    void add(std::string_view word, uint8_t flag) {
        const uint64_t hash = hash_word(word);
        size_t i = hash & (kSlots - 1);
        while (slots_[i].flags != 0 && slots_[i].hash != hash) i = (i + 1) & (kSlots - 1);
        slots_[i].hash = hash;
        slots_[i].flags |= flag;
    }

    std::array<Slot, kSlots> slots_{};
};

}  // namespace

size_t append_quote_words(std::string_view text, Span span, std::vector<uint64_t>& hashes,
                          std::vector<uint8_t>& flags) {
    static const WordFlagTable word_flags;
    const size_t before = hashes.size();
    flags.push_back(0);  // the slot after the last word so far
    scan_quote_words(
        text, span,
        [&](std::string_view word, Span) {
            const uint64_t hash = hash_word(word);
            hashes.push_back(hash);
            flags.back() |= word_flags(hash);
            flags.push_back(0);
        },
        [&] { flags.back() |= QuoteWords::gap_before; });
    return hashes.size() - before;
}

QuoteWordList quote_words(std::string_view text, Span span, WordNumbers& numbers) {
    QuoteWordList words;
    std::vector<uint64_t> hashes;
    append_quote_words(text, span, hashes, words.flags);
    words.ids.reserve(hashes.size());
    for (const uint64_t hash : hashes) words.ids.push_back(numbers.number(hash));
    words.sorted_ids.resize(std::min(words.size(), kMaxComparedWords));
    sort_ids(words.ids, words.sorted_ids);
    return words;
}

void sort_ids(std::span<const uint32_t> ids, std::span<uint32_t> sorted) {
    std::copy_n(ids.begin(), sorted.size(), sorted.begin());
    std::sort(sorted.begin(), sorted.end());
}

std::vector<std::string> normalised_quote_words(std::string_view text, Span span) {
    std::vector<std::string> words;
    scan_quote_words(
        text, span, [&](std::string_view word, Span) { words.emplace_back(word); }, [] {});
    return words;
}

std::vector<Span> quote_word_spans(std::string_view text, Span span) {
    std::vector<Span> spans;
    scan_quote_words(
        text, span, [&](std::string_view, Span where) { spans.push_back(where); }, [] {});
    return spans;
}

}  // namespace quotecheck
