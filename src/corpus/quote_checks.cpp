#include "corpus/quote_checks.hpp"

#include <fmt/format.h>
#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <deque>
#include <map>
#include <span>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "corpus/candidate_pairs.hpp"
#include "corpus/person_names.hpp"
#include "corpus/quote_comparison.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

namespace {

// Bytes between two quotes of one article within which they are parts of one utterance.
constexpr uint32_t kSplitQuoteGap = 100;

bool parts_of_one(Span a, Span b) {
    return a.end <= b.start ? b.start - a.end < kSplitQuoteGap : a.start - b.end < kSplitQuoteGap;
}

// Words two quotes must share before they count as one statement given to two people: short
// stock phrases ("we are monitoring the situation") are said by many.
constexpr size_t kMinMisattributedWords = 6;
// Words two quotes must share to be called a misquote when their speakers are unknown.
constexpr size_t kMinMisquoteWordsWithoutSpeaker = 4;

// Word pairs two quotes must share to be compared.
constexpr size_t kMinSharedKeys = 2;

// A QuoteComparison without the heap, as a pair is kept for the report and a comparison is
// remembered: only a misquote's edits are read, and a misquote has at most kMaxMisquoteEdits
// (more is a variant); word positions and counts stay below kMaxComparedWords.
class KeptComparison {
  public:
    struct Hunk {
        uint16_t a_from = 0, a_to = 0;
        uint16_t b_from = 0, b_to = 0;
    };
    static_assert(kMaxComparedWords <= UINT16_MAX);

    KeptComparison() = default;
    explicit KeptComparison(const QuoteComparison& comparison)
        : matched(static_cast<uint16_t>(comparison.matched)), verdict(comparison.verdict) {
        if (verdict != QuoteVerdict::misquote) return;
        for (const WordHunk& hunk : comparison.edits)
            hunks_[edits_++] = {
                static_cast<uint16_t>(hunk.a_from), static_cast<uint16_t>(hunk.a_to),
                static_cast<uint16_t>(hunk.b_from), static_cast<uint16_t>(hunk.b_to)};
    }
    std::span<const Hunk> edits() const { return {hunks_.data(), edits_}; }

    uint16_t matched = 0;
    QuoteVerdict verdict = QuoteVerdict::unrelated;

  private:
    uint8_t edits_ = 0;
    std::array<Hunk, kMaxMisquoteEdits> hunks_{};
};

struct ComparedPair {
    uint32_t a = 0, b = 0;  // indices into the flattened quote list
    KeptComparison comparison;
    std::optional<bool> same_speaker;
};

// A pair of neighbouring words as an index key: both numbers in one 64-bit value, scattered by
// a bijective mix (splitmix64's finaliser), so that two pairs share a key only when they are the
// same pair, and the index's table, which takes a key's low bits as its slot, is evenly filled.
uint64_t pair_key(uint32_t first, uint32_t second) {
    uint64_t key = uint64_t{first} << 32 | second;
    key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ull;
    key = (key ^ (key >> 27)) * 0x94D049BB133111EBull;
    return key ^ (key >> 31);
}

// Neighbouring word pairs: an excerpt shares them with its source, and a quote with one word
// changed still shares most of them. Pairs of two function words match everything and are
// left out.
std::vector<uint64_t> quote_keys(const QuoteWords& words) {
    std::vector<uint64_t> keys;
    keys.reserve(words.size());
    for (size_t k = 1; k < words.size(); ++k) {
        if (words.has(k - 1, QuoteWords::stopword) && words.has(k, QuoteWords::stopword)) continue;
        keys.push_back(pair_key(words.ids[k - 1], words.ids[k]));
    }
    if (keys.empty())
        for (size_t k = 1; k < words.size(); ++k)
            keys.push_back(pair_key(words.ids[k - 1], words.ids[k]));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

uint64_t digest(const QuoteWords& words) {
    const uint64_t of_ids = XXH3_64bits(words.ids.data(), words.ids.size() * sizeof(uint32_t));
    return XXH3_64bits_withSeed(words.flags.data(), words.flags.size(), of_ids);
}

// A number per distinct wording (the same words and flags), by first appearance.
template <typename WordsOf>
std::vector<uint32_t> wordings(size_t quotes, const WordsOf& words_of,
                               const std::vector<uint64_t>& digests) {
    std::vector<uint32_t> wording(quotes);
    // digest → quotes of the distinct wordings with that digest (nearly always one)
    std::unordered_map<uint64_t, std::vector<uint32_t>> seen;
    seen.reserve(quotes);
    uint32_t next = 0;
    for (uint32_t i = 0; i < quotes; ++i) {
        std::vector<uint32_t>& same_digest = seen[digests[i]];
        const auto found = std::find_if(same_digest.begin(), same_digest.end(), [&](uint32_t j) {
            return same_words(words_of(i), words_of(j));
        });
        if (found != same_digest.end()) {
            wording[i] = wording[*found];
        } else {
            same_digest.push_back(i);
            wording[i] = next++;
        }
    }
    return wording;
}

// Comparisons that needed an alignment, kept per thread by the pair of wordings they compared,
// in a table where a new pair takes the place of the one at its slot, so that it holds the
// recent pairs, the ones met again while the copies of two statements are compared. Its size is
// shared by the threads: 2^17 slots of 32 bytes in all (4 MB), at most 2^16 a thread. It
// replaces a std::unordered_map of at most 65 536 entries, filled once and then only read:
// full after a sixth of a 25 MB corpus, it left 85 % of that corpus's alignments to be made
// with no room to keep them, and 4× the corpus made 4.3× the alignments (now 4.0×: 941 k →
// 644 k alignments on 25 MB, 4 030 k → 2 567 k on 100 MB).
constexpr int kRememberedAlignmentBits = 16;
constexpr int kRememberedAlignmentBitsInAll = 17;
constexpr int kMinRememberedAlignmentBits = 12;

class AlignedWordings {
  public:
    explicit AlignedWordings(int bits = kRememberedAlignmentBits) : bits_(bits) {}
    const KeptComparison* find(uint64_t key) const {
        if (slots_.empty()) return nullptr;
        const Slot& slot = slots_[index(key)];
        return slot.key == key ? &slot.comparison : nullptr;
    }
    void add(uint64_t key, const KeptComparison& comparison) {
        if (slots_.empty()) slots_.resize(size_t{1} << bits_);
        slots_[index(key)] = {key, comparison};
    }

  private:
    struct Slot {
        uint64_t key = 0;  // 0: empty (see UnrelatedWordings)
        KeptComparison comparison;
    };
    static_assert(sizeof(Slot) <= 32);
    size_t index(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> (64 - bits_); }

    int bits_;
    std::vector<Slot> slots_;
};

// Pairs of wordings with too few words in common (most pairs of a large index, met again for
// every pair of their copies), kept per thread by their key alone in a small table where a new
// pair takes the place of the one at its slot: a fixed 128 KB, however large the archive.
class UnrelatedWordings {
  public:
    bool contains(uint64_t key) const { return !slots_.empty() && slots_[slot(key)] == key; }
    void add(uint64_t key) {
        if (slots_.empty()) slots_.assign(kSlots, kEmpty);
        slots_[slot(key)] = key;
    }

  private:
    static constexpr int kBits = 14;
    static constexpr size_t kSlots = size_t{1} << kBits;
    // No key is a wording paired with itself, and 0 would be wording 0 with wording 0.
    static constexpr uint64_t kEmpty = 0;
    static size_t slot(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> (64 - kBits); }

    std::vector<uint64_t> slots_;
};

struct RememberedComparisons {
    AlignedWordings aligned;
    UnrelatedWordings unrelated;
};

KeptComparison compare_wordings(const QuoteWords& a, const QuoteWords& b, uint32_t a_wording,
                                uint32_t b_wording, RememberedComparisons& remembered) {
    if (a_wording == b_wording) return KeptComparison(compare_copies(a, b));
    const uint64_t key = static_cast<uint64_t>(a_wording) << 32 | b_wording;
    if (remembered.unrelated.contains(key)) return {};
    if (const KeptComparison* found = remembered.aligned.find(key)) return *found;
    const KeptComparison comparison(compare_quotes(a, b));
    // Nothing matched: the comparison is the default one, so the key says it all.
    if (comparison.matched == 0)
        remembered.unrelated.add(key);
    else
        remembered.aligned.add(key, comparison);
    return comparison;
}

// A quote's words as written, for wording a misquote: the quote's text and its words' spans
// in that text.
struct WrittenQuote {
    std::string text;
    std::vector<Span> words;
};

std::string words_text(const WrittenQuote& quote, size_t from, size_t to) {
    if (from >= to) return {};
    return excerpt(quote.text, {quote.words[from].start, quote.words[to - 1].end}, 60);
}

struct Pending {
    std::string message;
    std::vector<RelatedLocation> related;
    // A misquote's message is worded once every quote it names has been read: the quote
    // compared with, which side is reported and the differing words.
    uint32_t there = 0;
    bool report_a = false;
    std::vector<KeptComparison::Hunk> edits;
};

}  // namespace

void check_quotes(const Corpus& corpus, std::vector<Finding>& findings,
                  const std::function<void()>& compared_all) {
    std::vector<const QuoteEntry*> quotes;
    for (const ArticleMaterial& material : corpus.material) {
        if (!material.quote_hashes.empty())
            throw std::logic_error("check_quotes: quote words not numbered (number_quote_words)");
        for (const QuoteEntry& entry : material.quotes) quotes.push_back(&entry);
    }
    auto words_of = [&](uint32_t i) {
        return corpus.material[quotes[i]->article].words(*quotes[i]);
    };
    auto speaker_of_quote = [&](uint32_t i) {
        return corpus.material[quotes[i]->article].speaker(*quotes[i]);
    };
    std::vector<uint64_t> digests(quotes.size());
    tbb::parallel_for(size_t{0}, quotes.size(),
                      [&](size_t i) { digests[i] = digest(words_of(static_cast<uint32_t>(i))); });
    // Each quote's speaker when a person may be meant, as an index into `people`: an archive
    // quotes the same people again and again, and each name is prepared once.
    constexpr uint32_t kNoSpeaker = UINT32_MAX;
    std::vector<uint32_t> speaker_of(quotes.size(), kNoSpeaker);
    std::vector<std::optional<FoldedName>> people;
    {
        std::unordered_map<std::string_view, uint32_t> person_of_name;
        for (uint32_t i = 0; i < quotes.size(); ++i) {
            const QuoteEntry& entry = *quotes[i];
            if (entry.speaker == QuoteEntry::kNoSpeaker) continue;
            const QuoteSpeaker& speaker =
                corpus.material[entry.article].quote_speakers[entry.speaker];
            if (speaker.name.empty() || speaker.organisation) continue;
            const auto [found, added] =
                person_of_name.try_emplace(speaker.name, static_cast<uint32_t>(people.size()));
            if (added) people.push_back(person_name(speaker.name));
            speaker_of[i] = found->second;
        }
    }
    // Quotes of the same words (a wire story's quote in every paper that ran it) are one
    // wording: two wordings are aligned once, however many pairs of copies carry them.
    std::vector<uint32_t> wording = wordings(quotes.size(), words_of, digests);
    std::vector<uint64_t>().swap(digests);
    // Each wording's index keys and sorted word numbers, found once for all its quotes.
    std::vector<uint32_t> first_of_wording;  // numbered by first appearance
    for (uint32_t i = 0; i < quotes.size(); ++i)
        if (wording[i] == first_of_wording.size()) first_of_wording.push_back(i);
    const size_t wording_count = first_of_wording.size();
    KeyLists keys;
    {
        std::vector<std::vector<uint64_t>> wording_keys(wording_count);
        tbb::parallel_for(size_t{0}, wording_count, [&](size_t w) {
            wording_keys[w] = quote_keys(words_of(first_of_wording[w]));
        });
        keys.first.reserve(wording_count + 1);
        keys.first.push_back(0);
        for (const auto& list : wording_keys) keys.first.push_back(keys.first.back() + list.size());
        keys.keys.reserve(keys.first.back());
        for (auto& list : wording_keys) {
            keys.keys.insert(keys.keys.end(), list.begin(), list.end());
            std::vector<uint64_t>().swap(list);
        }
    }
    std::vector<uint32_t> first_sorted(wording_count + 1, 0);
    for (size_t w = 0; w < wording_count; ++w)
        first_sorted[w + 1] =
            first_sorted[w] + static_cast<uint32_t>(std::min(words_of(first_of_wording[w]).size(),
                                                             kMaxComparedWords));
    std::vector<uint32_t> sorted(first_sorted.back());
    tbb::parallel_for(size_t{0}, wording_count, [&](size_t w) {
        sort_ids(words_of(first_of_wording[w]).ids,
                 std::span(sorted).subspan(first_sorted[w], first_sorted[w + 1] - first_sorted[w]));
    });
    std::vector<uint32_t>().swap(first_of_wording);
    auto compared_words = [&](uint32_t i) {
        QuoteWords words = words_of(i);
        const uint32_t w = wording[i];
        words.sorted_ids = std::span<const uint32_t>(sorted).subspan(
            first_sorted[w], first_sorted[w + 1] - first_sorted[w]);
        return words;
    };
    // No more slots than about four a wording either: a small run would fill its table with
    // zeros it never reads.
    const int threads = std::max(1, tbb::this_task_arena::max_concurrency());
    const int aligned_bits = std::clamp(
        std::min(kRememberedAlignmentBitsInAll -
                     static_cast<int>(std::bit_width(static_cast<unsigned>(threads) - 1)),
                 static_cast<int>(std::bit_width(wording_count)) + 2),
        kMinRememberedAlignmentBits, kRememberedAlignmentBits);
    tbb::enumerable_thread_specific<RememberedComparisons> remembered_local([aligned_bits] {
        return RememberedComparisons{AlignedWordings(aligned_bits), {}};
    });
    auto span_of = [&](const QuoteEntry& entry) { return entry.text; };
    // Where `article` has a quote of the very words of quote `i` (quotes are in article order):
    // anywhere, and outside its headline.
    struct Copies {
        bool anywhere = false, outside_headline = false;
    };
    auto wording_in = [&](uint32_t i, uint32_t article) {
        Copies copies;
        const auto from =
            std::partition_point(quotes.begin(), quotes.end(),
                                 [&](const QuoteEntry* q) { return q->article < article; });
        for (auto it = from; it != quotes.end() && (*it)->article == article; ++it)
            if (wording[static_cast<size_t>(it - quotes.begin())] == wording[i]) {
                copies.anywhere = true;
                if (!(*it)->headline) {
                    copies.outside_headline = true;
                    break;
                }
            }
        return copies;
    };
    // How many other copies back each quote's wording and speaker: the side with less support
    // is the one reported. Counted as the pairs are compared; only the pairs that can be
    // reported are kept (a large archive has millions of identical copies).
    std::vector<uint32_t> wording_support(quotes.size(), 1), speaker_support(quotes.size(), 1);
    auto add_support = [](std::vector<uint32_t>& counts, uint32_t quote) {
        std::atomic_ref<uint32_t>(counts[quote]).fetch_add(1, std::memory_order_relaxed);
    };
    // Kept in blocks, not in a vector that doubles: no spare half, and no second copy while the
    // threads' lists are joined (each block goes once its pairs are moved).
    tbb::enumerable_thread_specific<std::deque<ComparedPair>> compared_local;
    for_each_candidate_pair(
        std::move(keys), wording, kMinSharedKeys,
        [&](uint32_t second, std::span<const uint32_t> partners) {
            auto& remembered = remembered_local.local();
            auto& kept = compared_local.local();
            const QuoteEntry& b = *quotes[second];
            for (const uint32_t first : partners) {
                const QuoteEntry& a = *quotes[first];
                // A quote nested in another quote of the same article is part of it, not a copy;
                // so is the next part of a quote split by its attribution ("“Copenhagen taught
                // me restraint,” she says. “Accra taught me that restraint is overrated.”").
                if (a.article == b.article &&
                    (span_of(a).overlaps(span_of(b)) || parts_of_one(span_of(a), span_of(b))))
                    continue;
                ComparedPair pair{first, second,
                                  compare_wordings(compared_words(first), compared_words(second),
                                                   wording[first], wording[second], remembered),
                                  std::nullopt};
                if (pair.comparison.verdict != QuoteVerdict::same &&
                    pair.comparison.verdict != QuoteVerdict::misquote)
                    continue;
                // A quote whose very words the other article carries has its copy there; its
                // near-match with another quote of that article is another part of the same
                // utterance ("“Copenhagen taught me restraint,” she says. “Accra taught me …”"
                // in two copies of one story), not a misquote. Nor is it given to someone else
                // there: the speakers of the copies count, not those of another quote holding some
                // of its words (a headline's quote and the body's longer one it was cut from; a
                // quote and one nested in it).
                const bool other_copies =
                    a.article != b.article && wording[first] != wording[second];
                const Copies there = other_copies ? wording_in(first, b.article) : Copies{};
                const Copies here = other_copies ? wording_in(second, a.article) : Copies{};
                const bool copy_elsewhere = there.anywhere || here.anywhere;
                // (Not a body's quote whose words the other article has only in its headline:
                // "“Theaters are not a window”" in both headlines and one body, "a door" in the
                // other body, is that body's misquote of the first's.)
                const bool excused = (a.headline ? there.anywhere : there.outside_headline) ||
                                     (b.headline ? here.anywhere : here.outside_headline);
                if (pair.comparison.verdict == QuoteVerdict::misquote && excused)
                    pair.comparison.verdict = QuoteVerdict::variant;
                const QuoteVerdict verdict = pair.comparison.verdict;
                const uint32_t a_speaker = speaker_of[first], b_speaker = speaker_of[second];
                if (a_speaker != kNoSpeaker && b_speaker != kNoSpeaker)
                    pair.same_speaker = a_speaker == b_speaker && people[a_speaker]
                                            ? std::optional<bool>(true)
                                            : same_person(people[a_speaker], people[b_speaker]);
                if (verdict == QuoteVerdict::same)
                    add_support(wording_support, first), add_support(wording_support, second);
                if (pair.same_speaker == true)
                    add_support(speaker_support, first), add_support(speaker_support, second);
                if (verdict == QuoteVerdict::misquote ||
                    (pair.same_speaker == false && a.article != b.article && !copy_elsewhere &&
                     pair.comparison.matched >= kMinMisattributedWords))
                    kept.push_back(std::move(pair));
            }
        });
    // What the comparisons needed goes before the findings are worded.
    remembered_local.clear();
    std::vector<uint32_t>().swap(sorted);
    std::vector<uint32_t>().swap(first_sorted);
    std::vector<uint32_t>().swap(wording);
    std::vector<uint32_t>().swap(speaker_of);
    std::vector<std::optional<FoldedName>>().swap(people);
    if (compared_all) compared_all();
    std::deque<ComparedPair> compared;
    for (auto& local : compared_local) {
        if (compared.empty()) {
            compared.swap(local);
            continue;
        }
        for (; !local.empty(); local.pop_front()) compared.push_back(local.front());
    }
    compared_local.clear();
    std::sort(compared.begin(), compared.end(), [](const ComparedPair& x, const ComparedPair& y) {
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    auto reported_side = [&](const ComparedPair& pair, const std::vector<uint32_t>& support) {
        if (support[pair.a] != support[pair.b]) return support[pair.a] < support[pair.b];
        const QuoteEntry& a = *quotes[pair.a];
        const QuoteEntry& b = *quotes[pair.b];
        if (a.article == b.article)
            return span_of(a).start < span_of(b).start;  // a headline's copy
        return corpus.later(a.article, b.article);
    };

    // Different people say similar things: a near-match of two speakers is two statements, and
    // a very short near-match ("We welcome this decision" / "We welcome this process") is one
    // only when the same person said both.
    auto wording_comparable = [](const ComparedPair& pair) {
        if (pair.same_speaker == false) return false;
        return pair.comparison.matched >= kMinMisquoteWordsWithoutSpeaker ||
               pair.same_speaker == true;
    };

    std::map<uint32_t, Pending> misquotes, misattributions;
    // Each pair goes once it is read (a deque frees its blocks as they empty): the findings
    // being worded take the room of the pairs already read, not room of their own beside them.
    for (; !compared.empty(); compared.pop_front()) {
        const ComparedPair& pair = compared.front();
        const bool report_a = pair.comparison.verdict == QuoteVerdict::misquote
                                  ? reported_side(pair, wording_support)
                                  : reported_side(pair, speaker_support);
        const uint32_t here_id = report_a ? pair.a : pair.b;
        const uint32_t there_id = report_a ? pair.b : pair.a;
        const QuoteEntry& here = *quotes[here_id];
        const QuoteEntry& there = *quotes[there_id];
        // Only for the first pair of each reported quote: most pairs add a related location.
        auto where = [&]() -> std::string {
            return here.article == there.article ? "elsewhere in this article"
                                                 : "in " + corpus.name(there.article);
        };

        if (pair.comparison.verdict == QuoteVerdict::misquote && wording_comparable(pair)) {
            Pending& pending = misquotes[here_id];
            if (pending.message.empty()) {
                // The differing words are read below, once for all misquotes.
                pending.message = fmt::format("Quote reads differently {}: ", where());
                pending.there = there_id;
                pending.report_a = report_a;
                const auto edits = pair.comparison.edits();
                pending.edits.assign(edits.begin(), edits.end());
            }
            if (pending.related.size() < kMaxRelated)
                pending.related.push_back(
                    {{there.article, span_of(there)}, "the same quote, worded differently"});
        }
        if (pair.same_speaker == false && here.article != there.article &&
            pair.comparison.matched >= kMinMisattributedWords) {
            Pending& pending = misattributions[here_id];
            if (pending.message.empty())
                pending.message =
                    fmt::format("Quote attributed to {} here but to {} {}",
                                speaker_of_quote(here_id), speaker_of_quote(there_id), where());
            if (pending.related.size() < kMaxRelated)
                pending.related.push_back(
                    {{there.article, span_of(there)},
                     fmt::format("attributed to {}", speaker_of_quote(there_id))});
        }
    }
    // The findings' lists of related locations at their size, as the findings keep them.
    for (auto* pending : {&misquotes, &misattributions})
        for (auto& [id, found] : *pending) found.related.shrink_to_fit();
    std::vector<uint32_t>().swap(wording_support);
    std::vector<uint32_t>().swap(speaker_support);

    // The misquotes' differing words, as written: the quotes they name are read article by
    // article, each article once (a large run has released the text and reads the file again).
    std::unordered_map<uint32_t, WrittenQuote> written;
    for (const auto& [id, pending] : misquotes) {
        written[id];
        written[pending.there];
    }
    std::vector<uint32_t> named;  // the quotes, each once
    for (const auto& [id, quote] : written) named.push_back(id);
    corpus.for_each_text(
        named, [&](uint32_t id) { return quotes[id]->article; },
        [&](uint32_t id, std::string_view text) {
            const Span span = span_of(*quotes[id]);
            WrittenQuote& quote = written.at(id);
            quote.words = quote_word_spans(text, span);
            // The quote alone, its words' spans moved to match.
            quote.text = std::string(span.in(text));
            for (Span& word : quote.words) word = {word.start - span.start, word.end - span.start};
        });
    for (auto& [id, pending] : misquotes) {
        std::vector<std::string> changes;
        const WrittenQuote& here = written.at(id);
        const WrittenQuote& there = written.at(pending.there);
        for (const KeptComparison::Hunk& hunk : pending.edits) {
            const size_t h_from = pending.report_a ? hunk.a_from : hunk.b_from,
                         h_to = pending.report_a ? hunk.a_to : hunk.b_to;
            const size_t t_from = pending.report_a ? hunk.b_from : hunk.a_from,
                         t_to = pending.report_a ? hunk.b_to : hunk.a_to;
            const std::string mine = words_text(here, h_from, h_to);
            const std::string theirs = words_text(there, t_from, t_to);
            if (mine.empty())
                changes.push_back(fmt::format("“{}” missing here", theirs));
            else if (theirs.empty())
                changes.push_back(fmt::format("“{}” only here", mine));
            else
                changes.push_back(fmt::format("“{}” here, “{}” there", mine, theirs));
        }
        pending.message += fmt::format("{}", fmt::join(changes, "; "));
        std::vector<KeptComparison::Hunk>().swap(pending.edits);
    }
    written.clear();

    auto emit = [&](std::map<uint32_t, Pending>& pending, std::string_view rule) {
        // Each entry goes once its finding has taken its message and locations.
        for (auto entry = pending.begin(); entry != pending.end(); entry = pending.erase(entry)) {
            auto& [id, found] = *entry;
            Finding finding;
            finding.rule = std::string(rule);
            finding.severity = Severity::warning;
            finding.message = std::move(found.message);
            finding.where = {quotes[id]->article, span_of(*quotes[id])};
            finding.related = std::move(found.related);
            findings.push_back(std::move(finding));
        }
    };
    // Room for every finding at once: grown by doubling, the list of a large corpus would hold
    // up to twice its findings, and three times while moving them.
    findings.reserve(findings.size() + misquotes.size() + misattributions.size());
    emit(misquotes, "corpus.misquote");
    emit(misattributions, "corpus.misattribution");
}

}  // namespace quotecheck
