#include "corpus/quote_words.hpp"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <optional>
#include <unordered_map>

#include "corpus/text_tokens.hpp"

namespace quotecheck {

namespace {

// British and American spellings compare equal; the mapping only has to be the same on both
// sides, not produce a real word.
std::string unify_spelling(std::string word) {
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
    if (word.size() <= 5) return word;
    for (const auto& [from, to] : endings) {
        if (word.ends_with(from)) {
            word.replace(word.size() - from.size(), from.size(), to);
            break;
        }
    }
    return word;
}

// "twenty-five" (folded "twentyfive") and "25" compare equal.
std::optional<std::string> compound_number(std::string_view word) {
    static constexpr std::array<std::string_view, 8> tens = {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    static constexpr std::array<std::string_view, 9> ones = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (size_t t = 0; t < tens.size(); ++t) {
        if (!word.starts_with(tens[t])) continue;
        const std::string_view rest = word.substr(tens[t].size());
        for (size_t o = 0; o < ones.size(); ++o)
            if (rest == ones[o]) return std::to_string((t + 2) * 10 + o + 1);
    }
    return std::nullopt;
}

std::string_view number_as_digits(std::string_view word) {
    static const std::unordered_map<std::string_view, std::string_view> numbers = {
        {"two", "2"},       {"three", "3"},   {"four", "4"},    {"five", "5"},   {"six", "6"},
        {"seven", "7"},     {"eight", "8"},   {"nine", "9"},    {"ten", "10"},   {"eleven", "11"},
        {"twelve", "12"},   {"twenty", "20"}, {"thirty", "30"}, {"forty", "40"}, {"fifty", "50"},
        {"hundred", "100"}, {"percent", "%"},
    };
    const auto found = numbers.find(word);
    return found == numbers.end() ? word : found->second;
}

// Lower-cases and strips accents but keeps apostrophes, so contractions can be expanded.
std::string fold_keeping_apostrophes(std::string_view word) {
    std::string result;
    size_t from = 0;
    while (from <= word.size()) {
        size_t apostrophe = std::string_view::npos;
        size_t length = 0;
        for (size_t i = from; i < word.size(); ++i) {
            if (word[i] == '\'') {
                apostrophe = i;
                length = 1;
                break;
            }
            if (word.substr(i, 3) == "\u2019" || word.substr(i, 2) == "\u02BC") {
                apostrophe = i;
                length = word.substr(i, 3) == "\u2019" ? 3 : 2;
                break;
            }
        }
        result += fold_word(word.substr(from, apostrophe == std::string_view::npos
                                                  ? std::string_view::npos
                                                  : apostrophe - from));
        if (apostrophe == std::string_view::npos) break;
        result += '\'';
        from = apostrophe + length;
    }
    return result;
}

}  // namespace

uint64_t hash_word(std::string_view word) {
    return XXH3_64bits(word.data(), word.size());
}

std::vector<std::string> normalise_quote_word(std::string_view folded) {
    std::string word(folded);
    const size_t apostrophe = word.rfind('\'');
    if (apostrophe != std::string::npos && apostrophe > 0) {
        const std::string stem = word.substr(0, apostrophe);
        const std::string suffix = word.substr(apostrophe + 1);
        if (suffix == "t" && stem.ends_with("n")) {
            const std::string base = stem.substr(0, stem.size() - 1);
            if (base == "wo") return {"will", "not"};
            if (base == "ca") return {"can", "not"};
            if (base == "sha") return {"shall", "not"};
            return {base, "not"};
        }
        static const std::unordered_map<std::string_view, std::string_view> endings = {
            {"m", "am"}, {"re", "are"}, {"ve", "have"}, {"ll", "will"}, {"d", "would"}};
        if (const auto found = endings.find(suffix); found != endings.end())
            return {stem, std::string(found->second)};
        static const std::unordered_map<std::string_view, std::string_view> is_contractions = {
            {"it", "is"},  {"that", "is"}, {"there", "is"}, {"here", "is"},  {"he", "is"},
            {"she", "is"}, {"what", "is"}, {"who", "is"},   {"where", "is"}, {"let", "us"}};
        if (suffix == "s")
            if (const auto found = is_contractions.find(stem); found != is_contractions.end())
                return {stem, std::string(found->second)};
    }
    std::erase(word, '\'');
    if (word == "cannot") return {"can", "not"};
    if (auto number = compound_number(word)) return {*number};
    return {unify_spelling(std::string(number_as_digits(word)))};
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
    auto flush = [&] {
        if (held) word_found(std::string_view(pending), pending_span);
        held = false;
    };
    auto hold = [&](std::string word, Span where) {
        pending = std::move(word);
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
        for (std::string& word :
             normalise_quote_word(fold_keeping_apostrophes(token.span.in(text)))) {
            if (word.empty()) continue;
            // "per cent" and "percent" compare equal.
            if (word == "cent" && held && pending == "per") {
                pending = "%";
                pending_span.end = token.span.end;
                continue;
            }
            flush();
            hold(std::move(word), token.span);
        }
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
