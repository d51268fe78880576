// Character references (&amp; &#8220; &rdquo;) decoded with libxml2's HTML entity table.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace quotecheck {

// `text` starts with '&'. On success appends the decoded UTF-8 to `out` and returns the number
// of source bytes consumed (including the ';'); returns 0 when it is not a reference.
size_t decode_character_reference(std::string_view text, std::string& out);

}  // namespace quotecheck
