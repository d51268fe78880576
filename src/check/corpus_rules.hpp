// What reporters and `explain` show for the cross-article rules (corpus.*), whose findings
// come from the corpus stage.
#pragma once

#include <vector>

#include "check/result.hpp"

namespace quotecheck {

const std::vector<RuleInfo>& corpus_rules();

}  // namespace quotecheck
