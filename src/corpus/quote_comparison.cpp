#include "corpus/quote_comparison.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>

#include "corpus/hash_slots.hpp"

namespace quotecheck {

namespace {

// Edge differences longer than this are two excerpts of a longer statement, not a slip.
constexpr size_t kMaxEdgeEdit = 3;

bool only_articles(const QuoteWords& words, size_t from, size_t to) {
    for (size_t k = from; k < to; ++k)
        if (!words.has(k, QuoteWords::article)) return false;
    return true;
}

// An attribution caught inside one article's quote marks ("We welcome," he said, "this") is
// not part of the quote.
bool only_attribution(const QuoteWords& words, size_t from, size_t to) {
    if (to - from > 5) return false;
    for (size_t k = from; k < to; ++k)
        if (words.has(k, QuoteWords::speech_verb)) return true;
    return false;
}

// Words the two have in common in any order (with repeats): no alignment matches more.
size_t shared_words(const QuoteWords& a, const QuoteWords& b) {
    size_t shared = 0;
    auto x = a.sorted_ids.begin(), y = b.sorted_ids.begin();
    while (x != a.sorted_ids.end() && y != b.sorted_ids.end()) {
        if (*x < *y)
            ++x;
        else if (*y < *x)
            ++y;
        else
            ++shared, ++x, ++y;
    }
    return shared;
}

// The most words the two can match in order (their longest common subsequence of words), no
// fewer than any alignment matches: `shorter` (at most 64 words) and the first `longer_size`
// words of `longer`. Bit-parallel (Allison and Dix): one bit per word of the shorter quote, one
// step per word of the longer.
size_t most_words_in_order(const QuoteWords& shorter, const QuoteWords& longer,
                           size_t longer_size) {
    // The shorter quote's words, each with the positions it stands at (a bit each).
    thread_local HashSlots<uint64_t, 128> positions;  // at least twice the words indexed
    positions.clear();
    const size_t n = shorter.size();
    for (size_t i = 0; i < n; ++i) positions.try_emplace(shorter.ids[i]).first |= uint64_t{1} << i;
    // A 0 bit per word of the shorter quote matched so far, in the best order.
    uint64_t unmatched = ~uint64_t{0};
    for (size_t j = 0; j < longer_size; ++j) {
        const uint64_t* at = positions.find(longer.ids[j]);
        if (!at) continue;
        const uint64_t newly = unmatched & *at;
        unmatched = (unmatched + newly) | (unmatched - newly);
    }
    const uint64_t words = n == 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1;
    return n - static_cast<size_t>(std::popcount(unmatched & words));
}

}  // namespace

QuoteComparison compare_copies(const QuoteWords& a, const QuoteWords& b) {
    // A quote longer than the words compared is compared on its first words like any other.
    if (a.size() > kMaxAlignedWords) return compare_quotes(a, b);
    // Word for word the same: every word matches in order, with nothing left to explain.
    QuoteComparison result;
    if (a.size() >= 3) result.matched = a.size(), result.verdict = QuoteVerdict::same;
    return result;
}

QuoteComparison compare_quotes(const QuoteWords& a, const QuoteWords& b) {
    QuoteComparison result;
    const size_t n = std::min(a.size(), kMaxAlignedWords);
    const size_t m = std::min(b.size(), kMaxAlignedWords);
    const size_t shorter = std::min(n, m);
    if (n == a.size() && same_words(a, b)) return compare_copies(a, b);
    // Most candidates of a large index are chance: turned away before the alignment.
    const size_t at_most = shared_words(a, b);
    if (at_most < 3 || at_most * 2 < shorter) return result;
    // Words in common but mostly out of order (chance words of two statements): too few for
    // the alignment to keep.
    if (shorter <= 64) {
        const size_t in_order =
            n <= m ? most_words_in_order(a, b, m) : most_words_in_order(b, a, n);
        if (in_order < 3 || in_order * 2 < shorter) return result;
    }
    const WordAlignment alignment = align_words(a, b);
    result.matched = alignment.matched;
    if (alignment.matched < 3 || alignment.matched * 2 < shorter) return result;

    const bool a_is_shorter = n <= m;
    size_t unaccounted = 0;  // words of the shorter quote neither matched nor explained
    auto edge = [&](size_t a_from, size_t a_to, size_t b_from, size_t b_to, bool gap_open) {
        const size_t a_size = a_to - a_from, b_size = b_to - b_from;
        if (gap_open) return;  // a marked omission
        if (a_size == 0 || b_size == 0) {
            // A truncation, unless all it leaves out is a "not" ("not worth the paper" and
            // "worth the paper"; "whether they like it or not" and "… or").
            if (a_size + b_size == 1 && (a_size == 1 ? a.has(a_from, QuoteWords::negation)
                                                     : b.has(b_from, QuoteWords::negation)))
                result.edits.push_back({a_from, a_to, b_from, b_to});
            return;
        }
        if (std::max(a_size, b_size) <= kMaxEdgeEdit) {
            if (!(only_articles(a, a_from, a_to) && only_articles(b, b_from, b_to)))
                result.edits.push_back({a_from, a_to, b_from, b_to});
        } else {
            unaccounted += a_is_shorter ? a_size : b_size;
        }
    };
    edge(0, alignment.a_begin, 0, alignment.b_begin,
         a.open_gap(alignment.a_begin) || b.open_gap(alignment.b_begin));
    for (const WordHunk& hunk : alignment.hunks) {
        if (hunk.a_size() == 0 && a.open_gap(hunk.a_from)) continue;
        if (hunk.b_size() == 0 && b.open_gap(hunk.b_from)) continue;
        if (only_articles(a, hunk.a_from, hunk.a_to) && only_articles(b, hunk.b_from, hunk.b_to))
            continue;
        if (hunk.b_size() == 0 && only_attribution(a, hunk.a_from, hunk.a_to)) continue;
        if (hunk.a_size() == 0 && only_attribution(b, hunk.b_from, hunk.b_to)) continue;
        result.edits.push_back(hunk);
    }
    edge(alignment.a_end, n, alignment.b_end, m,
         a.open_gap(alignment.a_end) || b.open_gap(alignment.b_end));
    std::sort(result.edits.begin(), result.edits.end(),
              [](const WordHunk& x, const WordHunk& y) { return x.a_from < y.a_from; });

    if (unaccounted * 4 > shorter) return result;
    if (result.edits.empty()) {
        result.verdict = QuoteVerdict::same;
        return result;
    }
    size_t changed = 0;
    for (const WordHunk& hunk : result.edits) changed += std::max(hunk.a_size(), hunk.b_size());
    const size_t region =
        std::max(alignment.a_end - alignment.a_begin, alignment.b_end - alignment.b_begin);
    const bool slip =
        result.edits.size() <= kMaxMisquoteEdits && changed <= std::max<size_t>(3, region / 5);
    result.verdict = slip ? QuoteVerdict::misquote : QuoteVerdict::variant;
    if (!slip) result.edits.clear();
    return result;
}

}  // namespace quotecheck
