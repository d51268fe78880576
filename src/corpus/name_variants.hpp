// One person named several ways across the corpus (Binyamin/Benjamin Netanyahu; "Russia
// President" for "Russian President"): one corpus.name-variants finding per person, listing
// every form with its count and places, and proposing the form most articles use.
#pragma once

#include <vector>

#include "corpus/corpus_findings.hpp"

namespace quotecheck {

void check_name_variants(const Corpus& corpus, std::vector<Finding>& findings);

// Two title qualifiers that are one country written two ways ("russia"/"russian",
// "turkey"/"turkish", "israel"/"israeli").
bool same_qualifier_stem(std::string_view a, std::string_view b);

}  // namespace quotecheck
