// SARIF 2.1.0 for code-scanning uploads (GitHub, Azure DevOps, IDE viewers): one run, every rule
// with its help text, every finding with its location, related locations and a fingerprint.
#pragma once

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>
#include <string_view>

#include "check/result.hpp"

namespace quotecheck {

nlohmann::json sarif_report(const CheckResult& result);
void write_sarif_report(std::ostream& out, const CheckResult& result);

// The artifactLocation.uri for an article path: relative paths stay relative (to the checkout
// the upload describes), absolute paths inside the working directory become relative to it,
// anything else becomes a file:// URI. Characters outside RFC 3986's unreserved set and '/' are
// percent-encoded.
std::string artifact_uri(std::string_view path);

}  // namespace quotecheck
