#include "corpus/word_alignment.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

// The asan preset builds the portable loop (QUOTECHECK_PORTABLE_ALIGNMENT), so that the
// suite checks both: they fill the same scores.
#if defined(__SSE2__) && !defined(QUOTECHECK_PORTABLE_ALIGNMENT)
#define QUOTECHECK_SSE2_ALIGNMENT 1
#include <emmintrin.h>
#endif

#include "corpus/hash_slots.hpp"

namespace quotecheck {

namespace {

constexpr int kMatch = 2;
constexpr int kMismatch = -1;
constexpr int kGap = -1;

enum Step : uint8_t { stop, diagonal, skip_a, skip_b };

// Scores fit in 16 bits: a cell scores at most kMatch per word of the shorter quote.
static_assert(kMatch * kMaxAlignedWords < INT16_MAX);
using Score = int16_t;

// Cells filled at once; a row of the table is padded to a multiple of this.
constexpr size_t kLanes = 8;
// A word of `a` found nowhere in `b`'s columns, and a padding column: they match nothing.
constexpr Score kNoWord = -1;
constexpr Score kPadding = -2;

// The columns of one alignment, each padded to whole blocks of kLanes cells: column c's word
// as a number (words[c - 1]), the cost of skipping a word of `a` there (skip_a_cost[c]), and
// whether it is a real column (real[c - 1]: all bits set) or padding (0).
struct Columns {
    const Score* words;
    const Score* skip_a_cost;
    const Score* real;
    size_t cells;       // padded
    size_t real_cells;  // columns
};

// Fills row `here` from the row `up` above it, for the row's word `a_word` (numbered as the
// columns' words) and the cost of skipping a word of `b` on this row (`skip_in_b`, 0 or kGap);
// returns the row's best score. A cell is max(through, skip_in_a, left + skip_in_b, 0): all
// but the left term come from the row above and are taken for a block of cells at once; the
// left term makes the row a running maximum, taken as a prefix maximum of value + c * step,
// less c * step (step = -skip_in_b). Padding cells get scores that nothing reads.
Score fill_row(const Score* up, Score* here, const Columns& columns, Score a_word,
               Score skip_in_b) {
#if defined(QUOTECHECK_SSE2_ALIGNMENT)
    const __m128i zero = _mm_setzero_si128();
    const __m128i word = _mm_set1_epi16(a_word);
    const __m128i mismatch = _mm_set1_epi16(kMismatch);
    const __m128i match_bonus = _mm_set1_epi16(kMatch - kMismatch);
    const auto step = static_cast<Score>(-skip_in_b);
    // Lane k of block c0 holds (c0 + k) * step.
    __m128i offset = _mm_mullo_epi16(_mm_setr_epi16(1, 2, 3, 4, 5, 6, 7, 8), _mm_set1_epi16(step));
    const __m128i block_offset = _mm_set1_epi16(static_cast<Score>(step * kLanes));
    __m128i carry = zero;  // the running maximum before this block (here[0] = 0 counts)
    __m128i row_best = zero;
    for (size_t c = 1; c <= columns.cells; c += kLanes) {
        const __m128i diagonal_up = _mm_loadu_si128(reinterpret_cast<const __m128i*>(up + c - 1));
        const __m128i straight_up = _mm_loadu_si128(reinterpret_cast<const __m128i*>(up + c));
        const __m128i words =
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(columns.words + c - 1));
        const __m128i skip =
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(columns.skip_a_cost + c));
        const __m128i bonus =
            _mm_add_epi16(mismatch, _mm_and_si128(_mm_cmpeq_epi16(words, word), match_bonus));
        __m128i value = _mm_max_epi16(
            _mm_max_epi16(_mm_add_epi16(diagonal_up, bonus), _mm_add_epi16(straight_up, skip)),
            zero);
        // Prefix maximum of value + offset across the lanes (every term is at least 0, so the
        // zeros shifted in change nothing), then across blocks.
        value = _mm_add_epi16(value, offset);
        value = _mm_max_epi16(value, _mm_slli_si128(value, 2));
        value = _mm_max_epi16(value, _mm_slli_si128(value, 4));
        value = _mm_max_epi16(value, _mm_slli_si128(value, 8));
        value = _mm_max_epi16(value, carry);
        const __m128i high = _mm_shufflehi_epi16(value, 0xFF);
        carry = _mm_unpackhi_epi64(high, high);
        value = _mm_sub_epi16(value, offset);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(here + c), value);
        // Padding cells count for nothing towards the row's best (every score is at least 0).
        value = _mm_and_si128(
            value, _mm_loadu_si128(reinterpret_cast<const __m128i*>(columns.real + c - 1)));
        row_best = _mm_max_epi16(row_best, value);
        offset = _mm_add_epi16(offset, block_offset);
    }
    row_best = _mm_max_epi16(row_best, _mm_srli_si128(row_best, 8));
    row_best = _mm_max_epi16(row_best, _mm_srli_si128(row_best, 4));
    row_best = _mm_max_epi16(row_best, _mm_srli_si128(row_best, 2));
    return static_cast<Score>(_mm_cvtsi128_si32(row_best));
#else
    Score left = 0, row_best = 0;
    for (size_t c = 1; c <= columns.real_cells; ++c) {
        const int through = up[c - 1] + (columns.words[c - 1] == a_word ? kMatch : kMismatch);
        const int skip_in_a = up[c] + columns.skip_a_cost[c];
        left = static_cast<Score>(std::max({through, skip_in_a, left + skip_in_b, 0}));
        here[c] = left;
        row_best = std::max(row_best, left);
    }
    return row_best;
#endif
}

}  // namespace

WordAlignment align_words(const QuoteWords& a, const QuoteWords& b) {
    const size_t n = std::min(a.size(), kMaxAlignedWords);
    const size_t m = std::min(b.size(), kMaxAlignedWords);
    WordAlignment alignment;
    // The commonest pair by far, the same quote in two articles: the local alignment is the whole
    // diagonal (a cell's score is at most twice its smaller index, so only the last cell reaches
    // the maximum, and every cell on the way takes the diagonal), found without the table.
    if (n == m && n > 0 && std::equal(a.ids.begin(), a.ids.begin() + n, b.ids.begin())) {
        alignment.matched = n;
        alignment.a_end = alignment.b_end = n;
        return alignment;
    }
    // Only the rectangle from the first to the last word of each quote that has an equal word in
    // the other can score: before it every cell is 0 (nothing matched yet), after it no cell
    // exceeds the best already found (gaps and mismatches only lower a score), and a score must
    // strictly exceed the best to count. An excerpt is aligned over its stretch of the longer
    // quote only. Rows and columns keep their original numbers (1-based, as in the full table).
    // sorted_ids holds the same first kMaxComparedWords (= kMaxAlignedWords) words, sorted.
    const std::span<const uint32_t> sorted_a = a.sorted_ids;
    const std::span<const uint32_t> sorted_b = b.sorted_ids;
    auto in = [](std::span<const uint32_t> sorted, uint32_t id) {
        return std::binary_search(sorted.begin(), sorted.end(), id);
    };
    size_t i0 = 1, i1 = n, j0 = 1, j1 = m;
    while (i0 <= n && !in(sorted_b, a.ids[i0 - 1])) ++i0;
    if (i0 > n) return alignment;  // no word in common
    while (!in(sorted_b, a.ids[i1 - 1])) --i1;
    while (!in(sorted_a, b.ids[j0 - 1])) ++j0;
    while (!in(sorted_a, b.ids[j1 - 1])) --j1;

    // Local column c stands for column j0 + c - 1; c = 0 is the zero column before it. Local row
    // r stands for row i0 + r - 1; r = 0 is the zero row above it. A row holds the columns padded
    // to whole blocks of cells.
    const size_t columns = j1 - j0 + 1;
    const size_t cells = (columns + kLanes - 1) / kLanes * kLanes;
    const size_t width = cells + 1;
    const size_t rows = i1 - i0 + 1;
    // The rectangle's words numbered again from 0, so that a cell compares two small numbers.
    constexpr size_t kSlots = 1024;  // at least twice the columns numbered
    static_assert(kSlots >= 2 * kMaxAlignedWords);
    thread_local HashSlots<Score, kSlots> word_numbers;
    word_numbers.clear();
    // The scores of the whole rectangle, kept for the walk back, which finds each cell's step
    // again from its neighbours' scores. Reused by the thread's next alignment: this runs once
    // per candidate pair.
    thread_local std::vector<Score> scores, b_words, skip_a_cost, real;
    if (scores.size() < (rows + 1) * width) scores.resize((rows + 1) * width);
    std::fill_n(scores.begin(), width, Score{0});
    b_words.assign(cells, kPadding);
    skip_a_cost.assign(width, Score{kGap});
    real.assign(cells, Score{0});
    std::fill_n(real.begin(), columns, Score{-1});
    Score next_word = 0;
    for (size_t c = 1; c <= columns; ++c) {
        const auto [number, added] = word_numbers.try_emplace(b.ids[j0 + c - 2]);
        if (added) number = next_word++;
        b_words[c - 1] = number;
        // Skipping a word of `a` is free where `b` marks words as left out there.
        if (b.open_gap(j0 + c - 1)) skip_a_cost[c] = 0;
    }
    const Columns table{b_words.data(), skip_a_cost.data(), real.data(), cells, columns};
    int best = 0;
    size_t best_i = 0, best_j = 0;
    for (size_t r = 1; r <= rows; ++r) {
        const size_t i = i0 + r - 1;
        const Score* number = word_numbers.find(a.ids[i - 1]);
        const Score a_word = number ? *number : kNoWord;
        const Score skip_in_b_cost = a.open_gap(i) ? 0 : kGap;
        Score* here = scores.data() + r * width;
        here[0] = 0;
        const Score row_best = fill_row(here - width, here, table, a_word, skip_in_b_cost);
        // The best cell is the first to reach the highest score, row by row.
        if (row_best > best) {
            best = row_best, best_i = i;
            best_j =
                j0 - 1 + static_cast<size_t>(std::find(here + 1, here + columns + 1, best) - here);
        }
    }

    if (best == 0) return alignment;
    // Walk back from the best cell, collecting matches; the alignment ends on a match. A cell's
    // step is the first of diagonal, skip_a and skip_b that raised its score above the others.
    auto score_at = [&](size_t row_i, size_t col_j) -> int {
        return scores[(row_i - i0 + 1) * width + (col_j - j0 + 1)];
    };
    auto step_at = [&](size_t row_i, size_t col_j) {
        int value = 0;
        Step from = stop;
        const int through = score_at(row_i - 1, col_j - 1) +
                            (a.ids[row_i - 1] == b.ids[col_j - 1] ? kMatch : kMismatch);
        if (through > value) value = through, from = diagonal;
        const int skip_in_a = score_at(row_i - 1, col_j) + (b.open_gap(col_j) ? 0 : kGap);
        if (skip_in_a > value) value = skip_in_a, from = skip_a;
        const int skip_in_b = score_at(row_i, col_j - 1) + (a.open_gap(row_i) ? 0 : kGap);
        if (skip_in_b > value) from = skip_b;
        return from;
    };
    // The thread's list of matches, reused like the scores.
    thread_local std::vector<std::pair<size_t, size_t>> matches;
    matches.clear();
    size_t i = best_i, j = best_j;
    while (i >= i0 && j >= j0) {
        const Step from = step_at(i, j);
        if (from == stop) break;
        if (from == diagonal) {
            if (a.ids[i - 1] == b.ids[j - 1]) matches.emplace_back(i - 1, j - 1);
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
