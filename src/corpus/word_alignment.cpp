#include "corpus/word_alignment.hpp"

#include <algorithm>
#include <cstdint>

namespace quotecheck {

namespace {

constexpr int kMatch = 2;
constexpr int kMismatch = -1;
constexpr int kGap = -1;

enum Step : uint8_t { stop, diagonal, skip_a, skip_b };

}  // namespace

WordAlignment align_words(const QuoteWords& a, const QuoteWords& b) {
    const size_t n = std::min(a.words.size(), kMaxAlignedWords);
    const size_t m = std::min(b.words.size(), kMaxAlignedWords);
    const size_t width = m + 1;
    // Two rows of scores are enough; the steps are kept whole for the walk back.
    std::vector<int> previous(width, 0), current(width, 0);
    std::vector<uint8_t> step((n + 1) * width, stop);
    int best = 0;
    size_t best_i = 0, best_j = 0;
    for (size_t i = 1; i <= n; ++i) {
        current[0] = 0;
        const uint64_t a_hash = a.hashes[i - 1];
        const bool a_gap = a.open_gap[i];
        for (size_t j = 1; j <= m; ++j) {
            const bool equal = a_hash == b.hashes[j - 1];
            int value = 0;
            uint8_t from = stop;
            const int through = previous[j - 1] + (equal ? kMatch : kMismatch);
            if (through > value) value = through, from = diagonal;
            // Skipping a word of `a` is free where `b` marks words as left out there.
            const int skip_in_a = previous[j] + (b.open_gap[j] ? 0 : kGap);
            if (skip_in_a > value) value = skip_in_a, from = skip_a;
            const int skip_in_b = current[j - 1] + (a_gap ? 0 : kGap);
            if (skip_in_b > value) value = skip_in_b, from = skip_b;
            current[j] = value;
            step[i * width + j] = from;
            if (value > best) best = value, best_i = i, best_j = j;
        }
        std::swap(previous, current);
    }

    WordAlignment alignment;
    if (best == 0) return alignment;
    // Walk back from the best cell, collecting matches; the alignment ends on a match.
    std::vector<std::pair<size_t, size_t>> matches;
    size_t i = best_i, j = best_j;
    while (i > 0 && j > 0 && step[i * width + j] != stop) {
        switch (step[i * width + j]) {
            case diagonal:
                if (a.hashes[i - 1] == b.hashes[j - 1]) matches.emplace_back(i - 1, j - 1);
                --i, --j;
                break;
            case skip_a:
                --i;
                break;
            default:
                --j;
                break;
        }
    }
    std::reverse(matches.begin(), matches.end());
    if (matches.empty()) return alignment;
    alignment.matched = matches.size();
    alignment.a_begin = matches.front().first;
    alignment.b_begin = matches.front().second;
    alignment.a_end = matches.back().first + 1;
    alignment.b_end = matches.back().second + 1;
    for (size_t k = 1; k < matches.size(); ++k) {
        const auto [pa, pb] = matches[k - 1];
        const auto [ca, cb] = matches[k];
        if (ca != pa + 1 || cb != pb + 1) alignment.hunks.push_back({pa + 1, ca, pb + 1, cb});
    }
    return alignment;
}

}  // namespace quotecheck
