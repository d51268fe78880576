// The same quote across articles (and between a headline and its body): worded differently
// (corpus.misquote) or given to different speakers (corpus.misattribution).
#pragma once

#include <functional>
#include <vector>

#include "corpus/corpus_findings.hpp"

namespace quotecheck {

// `compared`, when given, is called once every pair of quotes is compared, before the findings
// are worded, which read no quote words: the caller may then free the material's quote_ids and
// quote_flags.
void check_quotes(const Corpus& corpus, std::vector<Finding>& findings,
                  const std::function<void()>& compared = {});

}  // namespace quotecheck
