#include "corpus/quote_words.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <optional>

#include "core/word_table.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

namespace {

// British and American spellings compare equal; the mapping only has to be the same on both
// sides, not produce a real word.
void unify_spelling(std::string& word) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> endings = {{
        {"isation", "ization"},
        {"isations", "izations"},
        {"ising", "izing"},
        {"ised", "ized"},
        {"ises", "izes"},
        {"ise", "ize"},
        {"yse", "yze"},
        {"our", "or"},
        {"tre", "ter"},
        {"tres", "ters"},
        {"ours", "ors"},
        {"ence", "ense"},
    }};
    if (word.size() <= 5) return;
    // Many words end in a letter no ending ends in: turned away by one table load.
    static constexpr auto kLastLetters = [] {
        std::array<bool, 256> last{};
        for (const auto& ending : endings)
            last[static_cast<unsigned char>(ending.first.back())] = true;
        return last;
    }();
    if (!kLastLetters[static_cast<unsigned char>(word.back())]) return;
    for (const auto& [from, to] : endings) {
        if (word.ends_with(from)) {
            word.replace(word.size() - from.size(), from.size(), to);
            break;
        }
    }
}

// "twenty-five" (folded "twentyfive") and "25" compare equal.
std::optional<std::string> compound_number(std::string_view word) {
    if (word.size() < 8) return std::nullopt;  // "fortyone" is the shortest
    static constexpr std::array<std::string_view, 8> tens = {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    static constexpr std::array<std::string_view, 9> ones = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (size_t t = 0; t < tens.size(); ++t) {
        if (word[0] != tens[t][0] || !word.starts_with(tens[t])) continue;
        const std::string_view rest = word.substr(tens[t].size());
        for (size_t o = 0; o < ones.size(); ++o)
            if (rest == ones[o]) return std::to_string((t + 2) * 10 + o + 1);
    }
    return std::nullopt;
}

std::string_view number_as_digits(std::string_view word) {
    if (word.size() < 3 || word.size() > 7) return word;  // "two" to "hundred" and "percent"
    static const WordTable<std::string_view> numbers = {
        {"two", "2"},       {"three", "3"},   {"four", "4"},    {"five", "5"},   {"six", "6"},
        {"seven", "7"},     {"eight", "8"},   {"nine", "9"},    {"ten", "10"},   {"eleven", "11"},
        {"twelve", "12"},   {"twenty", "20"}, {"thirty", "30"}, {"forty", "40"}, {"fifty", "50"},
        {"hundred", "100"}, {"percent", "%"},
    };
    const auto* found = numbers.find(word);
    return found ? *found : word;
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

// Calls emit(word) for each word of the normalised form of a folded word ("don't" → "do",
// "not"); `word` is used as scratch.
template <typename Emit>
void normalise_word(std::string& word, Emit&& emit) {
    const size_t apostrophe = word.rfind('\'');
    if (apostrophe != std::string::npos && apostrophe > 0) {
        const std::string_view stem = std::string_view(word).substr(0, apostrophe);
        const std::string_view suffix = std::string_view(word).substr(apostrophe + 1);
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
    std::erase(word, '\'');
    if (word == "cannot") {
        emit("can");
        emit("not");
        return;
    }
    if (const auto number = compound_number(word)) {
        emit(*number);
        return;
    }
    const std::string_view digits = number_as_digits(word);
    if (digits.data() != word.data()) word = std::string(digits);
    unify_spelling(word);
    emit(word);
}

}  // namespace

uint64_t hash_word(std::string_view word) {
    return XXH3_64bits(word.data(), word.size());
}

std::vector<std::string> normalise_quote_word(std::string_view folded) {
    std::vector<std::string> words;
    std::string scratch(folded);
    normalise_word(scratch, [&](std::string_view word) { words.emplace_back(word); });
    return words;
}

namespace {

// Calls word(normalised, span) for each compared word of the quote and gap() where an ellipsis
// or a bracket stands; "per cent" arrives as one "%" word spanning both.
template <typename OnWord, typename OnGap>
void scan_quote_words(std::string_view text, Span span, OnWord word_found, OnGap gap_found) {
    // The last word is held back: "per" may meet "cent".
    std::string pending;
    Span pending_span;
    bool held = false;
    std::string folded;  // the token being read, folded
    auto flush = [&] {
        if (held) word_found(std::string_view(pending), pending_span);
        held = false;
    };
    auto hold = [&](std::string_view word, Span where) {
        pending.clear();
        pending.append(word);  // not `=`: GCC 12 -O3 warns (-Wrestrict) on assigning a literal
        pending_span = where;
        held = true;
    };
    for (const TextToken& token : tokenize(text, span)) {
        if (token.kind == TokenKind::ellipsis || token.kind == TokenKind::bracket) {
            flush();
            gap_found();
            continue;
        }
        if (token.kind != TokenKind::word) continue;
        fold_keeping_apostrophes(token.span.in(text), folded);
        normalise_word(folded, [&](std::string_view word) {
            if (word.empty()) return;
            // "per cent" and "percent" compare equal.
            if (word == "cent" && held && pending == "per") {
                pending = "%";
                pending_span.end = token.span.end;
                return;
            }
            flush();
            hold(word, token.span);
        });
        // "25%" reads as "25 percent".
        if (token.span.end < text.size() && text[token.span.end] == '%') {
            flush();
            hold("%", Span{token.span.end, token.span.end + 1});
        }
    }
    flush();
}

uint8_t word_flags(std::string_view word) {
    uint8_t flags = 0;
    if (word == "a" || word == "an" || word == "the") flags |= QuoteWords::article;
    if (is_stopword(word)) flags |= QuoteWords::stopword;
    if (word == "said" || word == "says" || word == "added" || word == "told" || word == "stated" ||
        word == "continued" || word == "insisted" || word == "noted")
        flags |= QuoteWords::speech_verb;
    return flags;
}

}  // namespace

QuoteWords quote_words(std::string_view text, Span span) {
    QuoteWords result;
    result.flags.push_back(0);  // the slot after the last word so far
    scan_quote_words(
        text, span,
        [&](std::string_view word, Span) {
            result.hashes.push_back(hash_word(word));
            result.flags.back() |= word_flags(word);
            result.flags.push_back(0);
        },
        [&] { result.flags.back() |= QuoteWords::gap_before; });
    // Kept for the whole run: no spare capacity.
    result.hashes.shrink_to_fit();
    result.flags.shrink_to_fit();
    const size_t compared = std::min(result.hashes.size(), kMaxComparedWords);
    result.sorted_hashes.reserve(compared);
    for (size_t k = 0; k < compared; ++k)
        result.sorted_hashes.push_back(static_cast<uint32_t>(result.hashes[k]));
    std::sort(result.sorted_hashes.begin(), result.sorted_hashes.end());
    return result;
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
