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

QuoteWords quote_words(std::string_view text, Span span) {
    QuoteWords result;
    result.open_gap.push_back(0);
    for (const TextToken& token : tokenize(text, span)) {
        if (token.kind == TokenKind::ellipsis || token.kind == TokenKind::bracket) {
            result.open_gap.back() = 1;
            continue;
        }
        if (token.kind != TokenKind::word) continue;
        for (std::string& word :
             normalise_quote_word(fold_keeping_apostrophes(token.span.in(text)))) {
            if (word.empty()) continue;
            // "per cent" and "percent" compare equal.
            if (word == "cent" && !result.words.empty() && result.words.back() == "per") {
                result.words.back() = "%";
                result.hashes.back() = hash_word("%");
                result.spans.back().end = token.span.end;
                continue;
            }
            result.hashes.push_back(hash_word(word));
            result.words.push_back(std::move(word));
            result.spans.push_back(token.span);
            result.open_gap.push_back(0);
        }
        // "25%" reads as "25 percent".
        if (token.span.end < text.size() && text[token.span.end] == '%') {
            result.hashes.push_back(hash_word("%"));
            result.words.emplace_back("%");
            result.spans.push_back({token.span.end, token.span.end + 1});
            result.open_gap.push_back(0);
        }
    }
    result.sorted_hashes.assign(
        result.hashes.begin(),
        result.hashes.begin() +
            static_cast<std::ptrdiff_t>(std::min(result.hashes.size(), kMaxComparedWords)));
    std::sort(result.sorted_hashes.begin(), result.sorted_hashes.end());
    return result;
}

}  // namespace quotecheck
