#include "corpus/person_names.hpp"

#include <algorithm>
#include <vector>

#include "corpus/name_mentions.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

namespace {

// Words separated by white space; the names compared here are short and many, so no stream.
std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    constexpr std::string_view kSpace = " \t\n\r\f\v";
    for (size_t from = text.find_first_not_of(kSpace); from != std::string_view::npos;) {
        const size_t to = std::min(text.find_first_of(kSpace, from), text.size());
        words.push_back(text.substr(from, to - from));
        from = text.find_first_not_of(kSpace, to);
    }
    return words;
}

bool word_spelling_variants(std::string_view a, std::string_view b) {
    if (a == b) return true;
    const size_t shorter = std::min(a.size(), b.size());
    const size_t distance = edit_distance(a, b);
    // Short names differ by one letter between different people (John/Joan); only a letter
    // added or dropped (Jon/John) is a spelling.
    if (shorter <= 5) return distance == 1 && a.size() != b.size();
    return distance <= std::max<size_t>(1, shorter / 4) && a[0] == b[0];
}

}  // namespace

FoldedName fold_name(std::string_view name) {
    FoldedName folded;
    std::vector<std::string_view> words = split_words(name);
    std::erase_if(words,
                  [](std::string_view word) { return word.size() <= 2 && word.back() == '.'; });
    // A title in front of the name ("Russian President Vladimir Putin") is not part of it.
    for (size_t k = words.size(); k-- > 1;) {
        if (is_title_word(fold_word(words[k - 1]))) {
            words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k));
            break;
        }
    }
    if (words.empty()) return folded;
    folded.surname = fold_word(words.back());
    if (folded.surname.ends_with("s") &&
        (words.back().ends_with("’s") || words.back().ends_with("'s")))
        folded.surname.pop_back();
    for (size_t k = 0; k + 1 < words.size(); ++k) {
        const std::string word = fold_word(words[k]);
        if (word.size() <= 1) continue;
        if (!folded.given.empty()) folded.given += ' ';
        folded.given += word;
    }
    return folded;
}

bool within_one_edit(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    size_t same = 0;
    while (same < a.size() && a[same] == b[same]) ++same;
    if (same == a.size()) return true;  // equal, or `b` has one more letter at the end
    // Past the first difference the rest must agree: after one changed letter, or after the
    // letter only `b` has.
    const size_t rest_of_a = a.size() == b.size() ? same + 1 : same;
    return a.substr(rest_of_a) == b.substr(same + 1);
}

bool spelling_variants(std::string_view a, std::string_view b) {
    const std::vector<std::string_view> x = split_words(a), y = split_words(b);
    if (x.size() != y.size() || x.empty()) return false;
    for (size_t k = 0; k < x.size(); ++k)
        if (!word_spelling_variants(x[k], y[k])) return false;
    return a != b;
}

bool given_names_compatible(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty() || a == b) return true;
    const std::vector<std::string_view> x = split_words(a), y = split_words(b);
    const auto& shorter = x.size() <= y.size() ? x : y;
    const auto& longer = x.size() <= y.size() ? y : x;
    const bool subset = std::all_of(shorter.begin(), shorter.end(), [&](std::string_view word) {
        return std::find(longer.begin(), longer.end(), word) != longer.end();
    });
    return subset || spelling_variants(a, b);
}

std::optional<FoldedName> person_name(std::string_view name) {
    // A descriptor ("the Russian president") starts in lower case; names do not.
    if (!is_capitalised(name)) return std::nullopt;
    FoldedName folded = fold_name(name);
    if (folded.surname.empty()) return std::nullopt;
    return folded;
}

std::optional<bool> same_person(const std::optional<FoldedName>& a,
                                const std::optional<FoldedName>& b) {
    if (!a || !b) return std::nullopt;
    const FoldedName& x = *a;
    const FoldedName& y = *b;
    // A surname a letter apart is the same person's when the given names are the same
    // (Elena Varga / Elena Vargas); on its own only for longer surnames.
    const size_t shorter = std::min(x.surname.size(), y.surname.size());
    const bool surnames_match =
        x.surname == y.surname ||
        (shorter >= 4 && (shorter >= 6 || (!x.given.empty() && x.given == y.given)) &&
         within_one_edit(x.surname, y.surname));
    return surnames_match && given_names_compatible(x.given, y.given);
}

std::optional<bool> same_person(std::string_view a, std::string_view b) {
    return same_person(person_name(a), person_name(b));
}

}  // namespace quotecheck
