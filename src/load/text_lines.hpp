// Line and paragraph layout shared by the plain-text and Markdown loaders.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.hpp"

namespace quotecheck {

std::string_view trim(std::string_view text);
// Lines without their terminating LF.
std::vector<Span> split_lines(std::string_view text);
// Groups lines into paragraphs: a blank (or empty-span) line always ends one. Inside a block
// of non-blank lines each line is its own paragraph (news copy pasted from the web), unless the
// text is hard-wrapped: then a line runs on into the next when the next one's first word would
// not have fitted on it (text wrapped at 40 to 100 columns, with or without blank lines between
// paragraphs), or, in a block of hard-wrapped prose, all its lines are joined.
std::vector<Span> paragraphs_from_lines(std::string_view text, const std::vector<Span>& lines);

}  // namespace quotecheck
