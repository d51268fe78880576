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
    WordAlignment alignment;
    // The commonest pair by far, the same quote in two articles: the local alignment is the whole
    // diagonal (a cell's score is at most twice its smaller index, so only the last cell reaches
    // the maximum, and every cell on the way takes the diagonal), found without the table.
    if (n == m && n > 0 && std::equal(a.hashes.begin(), a.hashes.begin() + n, b.hashes.begin())) {
        alignment.matched = n;
        alignment.a_end = alignment.b_end = n;
        return alignment;
    }
    const size_t width = m + 1;
    // Scores need only the row above; the steps are kept whole for the walk back. Row 0 and
    // column 0 of `step` are never read (the walk stops there), so the buffer is not cleared, and
    // it is reused by the thread's next alignment: this runs once per candidate pair.
    thread_local std::vector<int> above, row;
    thread_local std::vector<uint8_t> step;
    above.assign(width, 0);
    row.assign(width, 0);
    if (step.size() < (n + 1) * width) step.resize((n + 1) * width);
    thread_local std::vector<int> skip_in_a_cost;
    skip_in_a_cost.resize(width);
    for (size_t j = 1; j <= m; ++j) skip_in_a_cost[j] = b.open_gap[j] ? 0 : kGap;
    int best = 0;
    size_t best_i = 0, best_j = 0;
    // Plain pointers in locals: the byte stores into `step` may alias anything, which would
    // otherwise make the compiler reload every vector's data pointer in the inner loop.
    int* up = above.data();
    int* here = row.data();
    const int* skip_a_cost = skip_in_a_cost.data();
    const uint64_t* b_hashes = b.hashes.data();
    for (size_t i = 1; i <= n; ++i) {
        const uint64_t a_hash = a.hashes[i - 1];
        const int skip_in_b_cost = a.open_gap[i] ? 0 : kGap;
        uint8_t* steps = step.data() + i * width;
        here[0] = 0;
        int left = 0;  // here[j - 1]
        for (size_t j = 1; j <= m; ++j) {
            int value = 0;
            uint8_t from = stop;
            const int through = up[j - 1] + (a_hash == b_hashes[j - 1] ? kMatch : kMismatch);
            if (through > value) value = through, from = diagonal;
            // Skipping a word of `a` is free where `b` marks words as left out there.
            const int skip_in_a = up[j] + skip_a_cost[j];
            if (skip_in_a > value) value = skip_in_a, from = skip_a;
            const int skip_in_b = left + skip_in_b_cost;
            if (skip_in_b > value) value = skip_in_b, from = skip_b;
            here[j] = left = value;
            steps[j] = from;
            if (value > best) best = value, best_i = i, best_j = j;
        }
        std::swap(up, here);
    }

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
