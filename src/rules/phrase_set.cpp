#include "rules/phrase_set.hpp"

#include <cstdint>

namespace quotecheck {

bool PhraseSet::add(std::string_view phrase, uint32_t value) {
    const std::string key = phrase_key(phrase);
    if (key.empty()) return false;
    auto [it, inserted] = prefixes_.emplace(key, value);
    if (!inserted) {
        if (it->second != kPrefixOnly) return false;
        it->second = value;
    }
    for (size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
        prefixes_.emplace(key.substr(0, space), kPrefixOnly);
    return true;
}

std::vector<PhraseSet::Hit> PhraseSet::find(const std::vector<Word>& words) const {
    std::vector<Hit> hits;
    std::string key;
    size_t i = 0;
    while (i < words.size()) {
        // Most words start no phrase: one probe with the word itself, no key built.
        auto it = prefixes_.find(std::string_view(words[i].folded));
        if (it == prefixes_.end()) {
            ++i;
            continue;
        }
        size_t matched = 0;
        uint32_t value = 0;
        key = words[i].folded;
        for (size_t n = 1;; ++n) {
            if (it->second != kPrefixOnly) {
                matched = n;
                value = it->second;
            }
            if (i + n >= words.size()) break;
            key.push_back(' ');
            key += words[i + n].folded;
            it = prefixes_.find(std::string_view(key));
            if (it == prefixes_.end()) break;
        }
        if (matched == 0) {
            ++i;
            continue;
        }
        hits.push_back({{words[i].span.start, words[i + matched - 1].span.end}, value});
        i += matched;
    }
    return hits;
}

}  // namespace quotecheck
