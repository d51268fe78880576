// Claims about the same event that disagree across articles (corpus.conflicting-facts):
// numbers killed, injured or arrested, sums of money, and dates after relative dates are
// resolved against each article's publication date.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "corpus/corpus_findings.hpp"

namespace quotecheck {

void check_conflicting_facts(const Corpus& corpus, std::vector<Finding>& findings);

// Whether two claims' surrounding words (hashed, sorted) say they are about the same event.
bool same_event(std::span<const uint64_t> a, std::span<const uint64_t> b);

}  // namespace quotecheck
