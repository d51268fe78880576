#include "rules/phrase_set.hpp"

#include <algorithm>

namespace quotecheck {

uint64_t PhraseSet::prefix_hash(uint64_t before, uint64_t word_hash, bool first) {
    if (first) return word_hash;
    // Order matters ("foreign backed" is not "backed foreign"): mix the prefix before adding.
    return (before ^ (before >> 31)) * 0x9E3779B97F4A7C15ull + word_hash;
}

bool PhraseSet::add(std::string_view phrase, uint32_t value) {
    const std::vector<Word> words = words_in(phrase, {0, static_cast<uint32_t>(phrase.size())});
    if (words.empty()) return false;
    first_words_[first_word_flag(words[0].hash)] = 1;
    uint64_t hash = 0;
    for (size_t k = 0; k < words.size(); ++k) {
        hash = prefix_hash(hash, words[k].hash, k == 0);
        nodes_.try_emplace(hash);
    }
    Node& node = nodes_.at(hash);
    if (node.value != kPrefixOnly) return false;
    node.value = value;
    for (const Word& word : words) fold_word_at(phrase, word.span, node.words.emplace_back());
    return true;
}

bool PhraseSet::confirmed(const Node& node, std::string_view text, const std::vector<Word>& words,
                          size_t from, size_t count) {
    if (node.words.size() != count || from + count > words.size()) return false;
    std::string folded;
    for (size_t k = 0; k < node.words.size(); ++k) {
        fold_word_at(text, words[from + k].span, folded);
        if (folded != node.words[k]) return false;
    }
    return true;
}

std::vector<PhraseSet::Hit> PhraseSet::find(std::string_view text,
                                            const std::vector<Word>& words) const {
    std::vector<Hit> hits;
    const Word* const end = words.data() + words.size();
    size_t i = 0;
    while (true) {
        // Nearly every word starts no phrase: a search of its own passes over them with nothing
        // but the bit test, instead of the whole matching loop's bookkeeping per word.
        const Word* const start = std::find_if(
            words.data() + i, end, [&](const Word& word) { return may_start_phrase(word.hash); });
        if (start == end) break;
        i = static_cast<size_t>(start - words.data());
        size_t matched = 0;
        uint32_t value = 0;
        uint64_t hash = 0;
        for (size_t n = 1; i + n <= words.size(); ++n) {
            hash = prefix_hash(hash, words[i + n - 1].hash, n == 1);
            const auto it = nodes_.find(hash);
            if (it == nodes_.end()) break;
            if (it->second.value != kPrefixOnly && confirmed(it->second, text, words, i, n)) {
                matched = n;
                value = it->second.value;
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
