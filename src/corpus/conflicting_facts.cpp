#include "corpus/conflicting_facts.hpp"

#include <fmt/format.h>
#include <oneapi/tbb/enumerable_thread_specific.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
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
    std::vector<std::vector<uint64_t>> keys(claims.size());
    for (size_t i = 0; i < claims.size(); ++i) {
        const uint64_t kind =
            (static_cast<uint64_t>(claims[i]->claim.kind) + 1) * 0x9E3779B97F4A7C15ull;
        for (uint64_t key : facts_of(*claims[i]).keys(*claims[i])) keys[i].push_back(key ^ kind);
    }

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
    auto context = [&](uint32_t i) {
        return std::span<const uint64_t>(context_words.data() + contexts_begin[i],
                                         contexts_size[i]);
    };

    // Sentence pairs (article, sentence, article, sentence) that agree on some claim of a kind:
    // one sentence may carry two dates for two events ("apologised in late June for the
    // downing … in November past year"), and the one that matches the other article wins.
    using SentencePair = std::tuple<uint32_t, uint32_t, uint32_t, uint32_t, FactKind>;
    struct Outcome {
        std::vector<Conflict> conflicts;
        std::set<SentencePair> agreeing;
    };
    tbb::enumerable_thread_specific<Outcome> outcomes;
    // Pairs are judged as the index finds them, never listed.
    for_each_candidate_pair(
        std::move(keys), 1, [&](uint32_t second, std::span<const uint32_t> partners) {
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
                const SentencePair sentences{a.article, a.claim.sentence, b.article,
                                             b.claim.sentence, a.claim.kind};
                if (values_agree(a.claim, b.claim)) {
                    outcome.agreeing.insert(sentences);
                    continue;
                }
                if (a.claim.kind == FactKind::date &&
                    (a.claim.date.weekday_relative || b.claim.date.weekday_relative) &&
                    std::abs(days_between(a.claim.date, b.claim.date)) > kMaxWeekdayDateGap)
                    continue;
                const bool a_later = corpus.later(a.article, b.article);
                outcome.conflicts.push_back(a_later ? Conflict{first, second}
                                                    : Conflict{second, first});
            }
        });
    std::set<SentencePair> agreeing;
    std::vector<Conflict> conflicts;
    for (Outcome& outcome : outcomes) {
        agreeing.insert(outcome.agreeing.begin(), outcome.agreeing.end());
        conflicts.insert(conflicts.end(), outcome.conflicts.begin(), outcome.conflicts.end());
    }
    std::sort(conflicts.begin(), conflicts.end(), [](const Conflict& x, const Conflict& y) {
        return std::tie(x.here, x.there) < std::tie(y.here, y.there);
    });

    std::map<uint32_t, Finding> by_claim;
    for (const Conflict& conflict : conflicts) {
        const FactEntry& here = *claims[conflict.here];
        const FactEntry& there = *claims[conflict.there];
        const SentencePair forward{here.article, here.claim.sentence, there.article,
                                   there.claim.sentence, here.claim.kind};
        const SentencePair backward{there.article, there.claim.sentence, here.article,
                                    here.claim.sentence, here.claim.kind};
        if (agreeing.contains(forward) || agreeing.contains(backward)) continue;

        const std::string there_words = excerpt(corpus.text(there.article), there.claim.span);
        auto [slot, first] = by_claim.try_emplace(conflict.here);
        Finding& finding = slot->second;
        if (first) {
            finding.rule = "corpus.conflicting-facts";
            finding.severity = Severity::warning;
            finding.where = {here.article, here.claim.span};
            const std::string kind = here.claim.kind == FactKind::date    ? "dates"
                                     : here.claim.kind == FactKind::money ? "sums"
                                                                          : "figures";
            finding.message = fmt::format(
                "Conflicting {} for the same event: {} here (“{}”), {} in {} (“{}”)", kind,
                describe_value(here.claim), excerpt(corpus.text(here.article), here.claim.span),
                describe_value(there.claim), corpus.name(there.article), there_words);
            if (here.claim.kind == FactKind::date && corpus.material[here.article].published)
                finding.message +=
                    fmt::format("; dates resolved against publication on {}",
                                format_iso_date(*corpus.material[here.article].published));
        }
        if (finding.related.size() < kMaxRelated)
            finding.related.push_back(
                {{there.article, there.claim.span},
                 fmt::format("{} (“{}”)", describe_value(there.claim), there_words)});
    }
    for (auto& [claim, finding] : by_claim) findings.push_back(std::move(finding));
}

}  // namespace quotecheck
