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

    // Local column c stands for column j0 + c - 1; c = 0 is the zero column before it.
    const size_t width = j1 - j0 + 2;
    const size_t rows = i1 - i0 + 1;
    // Scores need only the row above; the steps are kept whole for the walk back. Row 0 and
    // column 0 of `step` are never read (the walk stops there), so the buffer is not cleared, and
    // it is reused by the thread's next alignment: this runs once per candidate pair.
    thread_local std::vector<int> above, row;
    thread_local std::vector<uint8_t> step;
    above.assign(width, 0);
    row.assign(width, 0);
    if (step.size() < (rows + 1) * width) step.resize((rows + 1) * width);
    thread_local std::vector<int> skip_in_a_cost;
    skip_in_a_cost.resize(width);
    for (size_t c = 1; c < width; ++c) skip_in_a_cost[c] = b.open_gap(j0 + c - 1) ? 0 : kGap;
    int best = 0;
    size_t best_i = 0, best_j = 0;
    // Plain pointers in locals: the byte stores into `step` may alias anything, which would
    // otherwise make the compiler reload every vector's data pointer in the inner loop.
    int* up = above.data();
    int* here = row.data();
    const int* skip_a_cost = skip_in_a_cost.data();
    const uint64_t* b_hashes = b.hashes.data() + (j0 - 1);  // b_hashes[c - 1]: column c's word
    for (size_t r = 1; r <= rows; ++r) {
        const size_t i = i0 + r - 1;
        const uint64_t a_hash = a.hashes[i - 1];
        const int skip_in_b_cost = a.open_gap(i) ? 0 : kGap;
        uint8_t* steps = step.data() + r * width;
        here[0] = 0;
        int left = 0;  // here[c - 1]
        for (size_t c = 1; c < width; ++c) {
            int value = 0;
            uint8_t from = stop;
            const int through = up[c - 1] + (a_hash == b_hashes[c - 1] ? kMatch : kMismatch);
            if (through > value) value = through, from = diagonal;
            // Skipping a word of `a` is free where `b` marks words as left out there.
            const int skip_in_a = up[c] + skip_a_cost[c];
            if (skip_in_a > value) value = skip_in_a, from = skip_a;
            const int skip_in_b = left + skip_in_b_cost;
            if (skip_in_b > value) value = skip_in_b, from = skip_b;
            here[c] = left = value;
            steps[c] = from;
            if (value > best) best = value, best_i = i, best_j = j0 + c - 1;
        }
        std::swap(up, here);
    }

    if (best == 0) return alignment;
    // Walk back from the best cell, collecting matches; the alignment ends on a match.
    std::vector<std::pair<size_t, size_t>> matches;
    size_t i = best_i, j = best_j;
    auto step_at = [&](size_t row_i, size_t col_j) {
        return step[(row_i - i0 + 1) * width + (col_j - j0 + 1)];
    };
    while (i >= i0 && j >= j0 && step_at(i, j) != stop) {
        switch (step_at(i, j)) {
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
