// Stable identities for findings: the same problem keeps its fingerprint when unrelated lines
// are added above it, so baselines and SARIF uploads match findings across edits.
#pragma once

#include <string>
#include <vector>

#include "check/result.hpp"

namespace quotecheck {

// One fingerprint per finding (same order as result.findings): a hash of the rule, the article
// path and the finding's text with whitespace and case folded, plus how many findings before it
// share those three (so two identical problems in one article stay distinct).
std::vector<std::string> fingerprints(const CheckResult& result);

}  // namespace quotecheck
