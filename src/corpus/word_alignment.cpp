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
    const size_t n = std::min(a.size(), kMaxAlignedWords);
    const size_t m = std::min(b.size(), kMaxAlignedWords);
    WordAlignment alignment;
    // The commonest pair by far, the same quote in two articles: the local alignment is the whole
    // diagonal (a cell's score is at most twice its smaller index, so only the last cell reaches
    // the maximum, and every cell on the way takes the diagonal), found without the table.
    if (n == m && n > 0 && std::equal(a.hashes.begin(), a.hashes.begin() + n, b.hashes.begin())) {
        alignment.matched = n;
        alignment.a_end = alignment.b_end = n;
        return alignment;
    }
    // Only the rectangle from the first to the last word of each quote that has an equal word in
    // the other can score: before it every cell is 0 (nothing matched yet), after it no cell
    // exceeds the best already found (gaps and mismatches only lower a score), and a score must
    // strictly exceed the best to count. An excerpt is aligned over its stretch of the longer
    // quote only. Rows and columns keep their original numbers (1-based, as in the full table).
    // sorted_hashes holds the same first kMaxComparedWords (= kMaxAlignedWords) words, sorted,
    // by their low 32 bits: a collision can only widen the rectangle, never change the result.
    const std::vector<uint32_t>& sorted_a = a.sorted_hashes;
    const std::vector<uint32_t>& sorted_b = b.sorted_hashes;
    auto in = [](const std::vector<uint32_t>& sorted, uint64_t hash) {
        return std::binary_search(sorted.begin(), sorted.end(), static_cast<uint32_t>(hash));
    };
    size_t i0 = 1, i1 = n, j0 = 1, j1 = m;
    while (i0 <= n && !in(sorted_b, a.hashes[i0 - 1])) ++i0;
    if (i0 > n) return alignment;  // no word in common
    while (!in(sorted_b, a.hashes[i1 - 1])) --i1;
    while (!in(sorted_a, b.hashes[j0 - 1])) ++j0;
    while (!in(sorted_a, b.hashes[j1 - 1])) --j1;

    // Local column c stands for column j0 + c - 1; c = 0 is the zero column before it. Local row
    // r stands for row i0 + r - 1; r = 0 is the zero row above it.
    const size_t width = j1 - j0 + 2;
    const size_t rows = i1 - i0 + 1;
    // The scores of the whole rectangle, kept for the walk back, which finds each cell's step
    // again from its neighbours' scores. Reused by the thread's next alignment: this runs once
    // per candidate pair.
    thread_local std::vector<int> scores;
    if (scores.size() < (rows + 1) * width) scores.resize((rows + 1) * width);
    std::fill_n(scores.begin(), width, 0);
    thread_local std::vector<int> skip_in_a_cost;
    skip_in_a_cost.resize(width);
    for (size_t c = 1; c < width; ++c) skip_in_a_cost[c] = b.open_gap(j0 + c - 1) ? 0 : kGap;
    int best = 0;
    size_t best_i = 0, best_j = 0;
    const int* skip_a_cost = skip_in_a_cost.data();
    const uint64_t* b_hashes = b.hashes.data() + (j0 - 1);  // b_hashes[c - 1]: column c's word
    for (size_t r = 1; r <= rows; ++r) {
        const size_t i = i0 + r - 1;
        const uint64_t a_hash = a.hashes[i - 1];
        const int skip_in_b_cost = a.open_gap(i) ? 0 : kGap;
        const int* up = scores.data() + (r - 1) * width;
        int* here = scores.data() + r * width;
        here[0] = 0;
        int left = 0;  // here[c - 1]
        int row_best = 0;
        for (size_t c = 1; c < width; ++c) {
            const int through = up[c - 1] + (a_hash == b_hashes[c - 1] ? kMatch : kMismatch);
            // Skipping a word of `a` is free where `b` marks words as left out there.
            const int skip_in_a = up[c] + skip_a_cost[c];
            const int value = std::max({through, skip_in_a, left + skip_in_b_cost, 0});
            here[c] = left = value;
            row_best = std::max(row_best, value);
        }
        // The best cell is the first to reach the highest score, row by row.
        if (row_best > best) {
            best = row_best, best_i = i;
            best_j = j0 - 1 + static_cast<size_t>(std::find(here + 1, here + width, best) - here);
        }
    }

    if (best == 0) return alignment;
    // Walk back from the best cell, collecting matches; the alignment ends on a match. A cell's
    // step is the first of diagonal, skip_a and skip_b that raised its score above the others.
    auto score_at = [&](size_t row_i, size_t col_j) {
        return scores[(row_i - i0 + 1) * width + (col_j - j0 + 1)];
    };
    auto step_at = [&](size_t row_i, size_t col_j) {
        int value = 0;
        Step from = stop;
        const int through = score_at(row_i - 1, col_j - 1) +
                            (a.hashes[row_i - 1] == b.hashes[col_j - 1] ? kMatch : kMismatch);
        if (through > value) value = through, from = diagonal;
        const int skip_in_a = score_at(row_i - 1, col_j) + (b.open_gap(col_j) ? 0 : kGap);
        if (skip_in_a > value) value = skip_in_a, from = skip_a;
        const int skip_in_b = score_at(row_i, col_j - 1) + (a.open_gap(row_i) ? 0 : kGap);
        if (skip_in_b > value) from = skip_b;
        return from;
    };
    std::vector<std::pair<size_t, size_t>> matches;
    size_t i = best_i, j = best_j;
    while (i >= i0 && j >= j0) {
        const Step from = step_at(i, j);
        if (from == stop) break;
        if (from == diagonal) {
            if (a.hashes[i - 1] == b.hashes[j - 1]) matches.emplace_back(i - 1, j - 1);
            --i, --j;
        } else if (from == skip_a) {
            --i;
        } else {
            --j;
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
