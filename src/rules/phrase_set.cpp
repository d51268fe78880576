#include "rules/phrase_set.hpp"

#include <algorithm>

namespace quotecheck {

bool PhraseSet::add(std::string_view phrase, uint32_t value) {
    std::string key = phrase_key(phrase);
    if (key.empty()) return false;
    const size_t words = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
    if (!phrases_.emplace(std::move(key), value).second) return false;
    max_words_ = std::max(max_words_, words);
    return true;
}

std::vector<PhraseSet::Hit> PhraseSet::find(const std::vector<Word>& words) const {
    std::vector<Hit> hits;
    std::string key;
    size_t i = 0;
    while (i < words.size()) {
        const size_t longest = std::min(max_words_, words.size() - i);
        size_t matched = 0;
        uint32_t value = 0;
        key.clear();
        for (size_t n = 1; n <= longest; ++n) {
            if (n > 1) key.push_back(' ');
            key += words[i + n - 1].folded;
            if (auto it = phrases_.find(key); it != phrases_.end()) {
                matched = n;
                value = it->second;
            }
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
