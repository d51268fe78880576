#include "corpus/conflicting_facts.hpp"

#include <fmt/format.h>
#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>
#include <unordered_map>

#include "corpus/candidate_pairs.hpp"

namespace quotecheck {

namespace {

// Event words two claims must share, in number and as a share of the shorter context.
constexpr size_t kMinSharedEventWords = 3;
constexpr double kMinSharedEventShare = 0.3;
// Dates read from a weekday are news of that week: further apart, they are two events.
constexpr int kMaxWeekdayDateGap = 7;
// Below this many claims no word is too common to count.
constexpr size_t kMinCommonWordClaims = 50;

std::string describe_value(const FactClaim& claim) {
    if (claim.kind == FactKind::date) return claim.date.describe();
    auto number = [](double value) {
        if (value >= 1e9) return fmt::format("{:.15g} billion", value / 1e9);
        if (value >= 1e6) return fmt::format("{:.15g} million", value / 1e6);
        return fmt::format("{:.15g}", value);
    };
    std::string value;
    if (std::isinf(claim.high))
        value = fmt::format("at least {}", number(claim.low));
    else if (claim.low == claim.high)
        value = number(claim.low);
    else
        value = fmt::format("{}–{}", number(claim.low), number(claim.high));
    if (claim.kind == FactKind::money)
        return fmt::format("{} {}", value, to_string(claim.currency));
    return fmt::format("{} {}", value, to_string(claim.kind));
}

bool values_agree(const FactClaim& a, const FactClaim& b) {
    if (a.kind == FactKind::date) return dates_agree(a.date, b.date);
    return a.low <= b.high && b.low <= a.high;
}

struct Conflict {
    uint32_t here = 0, there = 0;  // indices into the flattened claims
};

// Two claims' sentences (article, sentence, article, sentence) and the claims' kind.
struct SentencePair {
    uint32_t article_a = 0, sentence_a = 0, article_b = 0, sentence_b = 0;
    FactKind kind = FactKind::killed;

    auto operator<=>(const SentencePair&) const = default;
};

SentencePair sentence_pair(const FactEntry& a, const FactEntry& b) {
    return {a.article, a.claim.sentence, b.article, b.claim.sentence, a.claim.kind};
}

}  // namespace

bool same_event(std::span<const uint64_t> a, std::span<const uint64_t> b) {
    // Counted as std::set_intersection would collect them, without building the intersection:
    // this runs for every candidate pair.
    size_t shared = 0;
    for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
        if (*x < *y) {
            ++x;
        } else if (*y < *x) {
            ++y;
        } else {
            ++shared;
            ++x;
            ++y;
        }
    }
    const size_t shorter = std::min(a.size(), b.size());
    return shared >= kMinSharedEventWords &&
           static_cast<double>(shared) >= kMinSharedEventShare * static_cast<double>(shorter);
}

void check_conflicting_facts(const Corpus& corpus, std::vector<Finding>& findings) {
    std::vector<const FactEntry*> claims;
    for (const ArticleMaterial& material : corpus.material)
        for (const FactEntry& entry : material.facts.entries) claims.push_back(&entry);
    auto facts_of = [&](const FactEntry& entry) -> const ArticleFacts& {
        return corpus.material[entry.article].facts;
    };
    // Each claim's keys in one array (a list per claim), not a vector each.
    KeyLists keys;
    size_t key_total = 0;
    for (const FactEntry* claim : claims) key_total += claim->keys_size;
    keys.keys.reserve(key_total);
    keys.first.reserve(claims.size() + 1);
    keys.first.push_back(0);
    for (const FactEntry* claim : claims) {
        const uint64_t kind =
            (static_cast<uint64_t>(claim->claim.kind) + 1) * 0x9E3779B97F4A7C15ull;
        for (uint64_t key : facts_of(*claim).keys(*claim)) keys.keys.push_back(key ^ kind);
        keys.first.push_back(static_cast<uint32_t>(keys.keys.size()));
    }
    std::vector<uint32_t> list_of(claims.size());
    std::iota(list_of.begin(), list_of.end(), 0u);

    // In a large corpus, words that surround a good share of all claims ("government",
    // "country") are left out of the comparison: they do not tell events apart.
    std::unordered_map<uint64_t, uint32_t> claims_with_word;
    for (const FactEntry* claim : claims)
        for (uint64_t word : facts_of(*claim).context(*claim)) ++claims_with_word[word];
    const size_t common = std::max<size_t>(kMinCommonWordClaims, claims.size() / 20);
    // The kept words of all claims in one array, each claim's from contexts_begin[i]: claims
    // that share their context in the material (those of one sentence, listed together) share
    // it here too, filtered once.
    std::vector<uint32_t> contexts_begin(claims.size()), contexts_size(claims.size());
    constexpr uint32_t kShared = UINT32_MAX;  // a size taken from the claim before, once known
    std::vector<uint32_t> filtered;           // the claims whose context is filtered
    size_t room = 0;
    for (size_t i = 0; i < claims.size(); ++i) {
        const FactEntry& claim = *claims[i];
        if (i > 0 && claims[i - 1]->article == claim.article &&
            claims[i - 1]->context_begin == claim.context_begin &&
            claims[i - 1]->context_size == claim.context_size) {
            contexts_begin[i] = contexts_begin[i - 1];
            contexts_size[i] = kShared;
            continue;
        }
        contexts_begin[i] = static_cast<uint32_t>(room);
        room += claim.context_size;
        filtered.push_back(static_cast<uint32_t>(i));
    }
    std::vector<uint64_t> context_words(room);
    tbb::parallel_for(size_t{0}, filtered.size(), [&](size_t f) {
        const uint32_t i = filtered[f];
        uint64_t* out = context_words.data() + contexts_begin[i];
        uint32_t kept = 0;
        for (uint64_t word : facts_of(*claims[i]).context(*claims[i]))
            if (claims_with_word.at(word) <= common) out[kept++] = word;
        contexts_size[i] = kept;
    });
    for (size_t i = 1; i < claims.size(); ++i)
        if (contexts_size[i] == kShared) contexts_size[i] = contexts_size[i - 1];
    std::vector<uint32_t>().swap(filtered);
    std::unordered_map<uint64_t, uint32_t>().swap(claims_with_word);
    auto context = [&](uint32_t i) {
        return std::span<const uint64_t>(context_words.data() + contexts_begin[i],
                                         contexts_size[i]);
    };

    // Sentence pairs that agree on some claim of a kind: one sentence may carry two dates for
    // two events ("apologised in late June for the downing … in November past year"), and the
    // one that matches the other article wins. Kept per thread in a sorted list (20 bytes an
    // entry, where a std::set node took 64) and looked up in each thread's list, never joined.
    struct Outcome {
        std::vector<Conflict> conflicts;
        std::vector<SentencePair> agreeing;
    };
    tbb::enumerable_thread_specific<Outcome> outcomes;
    // Pairs are judged as the index finds them, never listed.
    for_each_candidate_pair(
        std::move(keys), list_of, 1, [&](uint32_t second, std::span<const uint32_t> partners) {
            Outcome& outcome = outcomes.local();
            const FactEntry& b = *claims[second];
            for (const uint32_t first : partners) {
                const FactEntry& a = *claims[first];
                if (a.article == b.article || a.claim.kind != b.claim.kind) continue;
                if (a.claim.kind == FactKind::money && a.claim.currency != b.claim.currency)
                    continue;
                if (!same_event(context(first), context(second))) continue;
                if (a.claim.kind != FactKind::date && a.dates_size != 0 && b.dates_size != 0) {
                    // Dated differently: two events of the same kind (two attacks, two meetings).
                    bool dates_match = false;
                    for (const FactEntry& x : facts_of(a).sentence_dates(a))
                        for (const FactEntry& y : facts_of(b).sentence_dates(b))
                            dates_match |= dates_agree(x.claim.date, y.claim.date);
                    if (!dates_match) continue;
                }
                if (values_agree(a.claim, b.claim)) {
                    outcome.agreeing.push_back(sentence_pair(a, b));
                    continue;
                }
                if (a.claim.kind == FactKind::date &&
                    (a.claim.date.year_unknown || b.claim.date.year_unknown ||
                     ((a.claim.date.weekday_relative || b.claim.date.weekday_relative) &&
                      std::abs(days_between(a.claim.date, b.claim.date)) > kMaxWeekdayDateGap)))
                    continue;
                const bool a_later = corpus.later(a.article, b.article);
                outcome.conflicts.push_back(a_later ? Conflict{first, second}
                                                    : Conflict{second, first});
            }
        });
    // What the comparisons needed goes before the findings are worded.
    std::vector<uint32_t>().swap(list_of);
    std::vector<uint64_t>().swap(context_words);
    std::vector<uint32_t>().swap(contexts_begin);
    std::vector<uint32_t>().swap(contexts_size);
    std::vector<Conflict> conflicts;
    std::vector<const std::vector<SentencePair>*> agreeing;
    for (Outcome& outcome : outcomes) {
        std::sort(outcome.agreeing.begin(), outcome.agreeing.end());
        outcome.agreeing.erase(std::unique(outcome.agreeing.begin(), outcome.agreeing.end()),
                               outcome.agreeing.end());
        agreeing.push_back(&outcome.agreeing);
        conflicts.insert(conflicts.end(), outcome.conflicts.begin(), outcome.conflicts.end());
        std::vector<Conflict>().swap(outcome.conflicts);
    }
    auto agree = [&](const SentencePair& pair) {
        return std::any_of(agreeing.begin(), agreeing.end(), [&](const auto* list) {
            return std::binary_search(list->begin(), list->end(), pair);
        });
    };
    // "raised $412 million … $180 million in revenue" in both papers: a value that the other
    // article states too, in any of its sentences, is no disagreement with it (the index pairs
    // only sentences worded alike).
    auto same_value = [](const FactClaim& a, const FactClaim& b) {
        if (a.kind != b.kind || a.currency != b.currency) return false;
        if (a.kind == FactKind::date)
            return a.date.year == b.date.year && a.date.month == b.date.month &&
                   a.date.day == b.date.day && a.date.year_unknown == b.date.year_unknown;
        return a.low == b.low && a.high == b.high;
    };
    auto states = [&](uint32_t article, const FactClaim& claim) {
        const std::vector<FactEntry>& entries = corpus.material[article].facts.entries;
        return std::any_of(entries.begin(), entries.end(),
                           [&](const FactEntry& entry) { return same_value(entry.claim, claim); });
    };
    std::erase_if(conflicts, [&](const Conflict& conflict) {
        const FactEntry& here = *claims[conflict.here];
        const FactEntry& there = *claims[conflict.there];
        return agree(sentence_pair(here, there)) || agree(sentence_pair(there, here)) ||
               states(there.article, here.claim) || states(here.article, there.claim);
    });
    outcomes.clear();
    std::sort(conflicts.begin(), conflicts.end(), [](const Conflict& x, const Conflict& y) {
        return std::tie(x.here, x.there) < std::tie(y.here, y.there);
    });

    // One finding per claim reported, from its run of conflicts, in claim order; room for all of
    // them at once, so that the list is not regrown while the findings are held.
    size_t reported = 0;
    for (size_t k = 0; k < conflicts.size(); ++k)
        reported += k == 0 || conflicts[k].here != conflicts[k - 1].here;
    findings.reserve(findings.size() + reported);
    // The claims' words as written, read article by article, each article once (a large run
    // has released the text and reads the file again).
    std::unordered_map<uint32_t, std::string> words;  // by claim
    std::vector<uint32_t> quoted;                     // the claims, each once
    for (const Conflict& conflict : conflicts)
        for (const uint32_t claim : {conflict.here, conflict.there})
            if (words.try_emplace(claim).second) quoted.push_back(claim);
    corpus.for_each_text(
        quoted, [&](uint32_t claim) { return claims[claim]->article; },
        [&](uint32_t claim, std::string_view text) {
            words.at(claim) = excerpt(text, claims[claim]->claim.span);
        });
    for (size_t k = 0; k < conflicts.size(); ++k) {
        const FactEntry& here = *claims[conflicts[k].here];
        const FactEntry& there = *claims[conflicts[k].there];
        const std::string& there_words = words.at(conflicts[k].there);
        const bool first = k == 0 || conflicts[k].here != conflicts[k - 1].here;
        if (first) {
            Finding& finding = findings.emplace_back();
            finding.rule = "corpus.conflicting-facts";
            finding.severity = Severity::warning;
            finding.where = {here.article, here.claim.span};
            const std::string kind = here.claim.kind == FactKind::date    ? "dates"
                                     : here.claim.kind == FactKind::money ? "sums"
                                                                          : "figures";
            finding.message =
                fmt::format("Conflicting {} for the same event: {} here (“{}”), {} in {} (“{}”)",
                            kind, describe_value(here.claim), words.at(conflicts[k].here),
                            describe_value(there.claim), corpus.name(there.article), there_words);
            if (here.claim.kind == FactKind::date && corpus.material[here.article].published)
                finding.message +=
                    fmt::format("; dates resolved against publication on {}",
                                format_iso_date(*corpus.material[here.article].published));
        }
        Finding& finding = findings.back();
        if (finding.related.size() < kMaxRelated)
            finding.related.push_back(
                {{there.article, there.claim.span},
                 fmt::format("{} (“{}”)", describe_value(there.claim), there_words)});
        // The list of related locations at its size, as the finding keeps it.
        if (k + 1 == conflicts.size() || conflicts[k + 1].here != conflicts[k].here)
            finding.related.shrink_to_fit();
    }
}

}  // namespace quotecheck
