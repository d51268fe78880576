// The audit report's only style sheet and script, inlined into the page, and the
// Content-Security-Policy that allows exactly these two and nothing else.
#pragma once

#include <string>
#include <string_view>

namespace quotecheck::html {

std::string_view report_style();
std::string_view report_script();

// default-src 'none', with the SHA-256 hashes of report_style() and report_script(): a browser
// runs no other script or style, loads nothing from the network, and submits no form.
std::string content_security_policy();

// "'sha256-<base64>'" for CSP source lists.
std::string csp_hash(std::string_view content);

// Number of speaker colours in the style sheet (classes sp0 … sp{N-1}).
inline constexpr unsigned kSpeakerColours = 10;

}  // namespace quotecheck::html
