// The same quote across articles (and between a headline and its body): worded differently
// (corpus.misquote) or given to different speakers (corpus.misattribution).
#pragma once

#include <vector>

#include "corpus/corpus_findings.hpp"

namespace quotecheck {

void check_quotes(const Corpus& corpus, std::vector<Finding>& findings);

}  // namespace quotecheck
