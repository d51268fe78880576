// People named in an article's text: a run of capitalised words, with the title in front of
// it when there is one ("Russia President Vladimir Putin", "Prime Minister Binyamin
// Netanyahu"). The name-variant check compares these across articles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

struct NameMention {
    Span span;                        // the title and the name as written
    Span name;                        // the name alone
    std::string title;                // as written ("Russia President"); empty when untitled
    std::string qualifier;            // folded words of the title before its role ("russia")
    std::string role;                 // folded role words ("president", "foreign minister")
    std::string given;                // as written, initials left out ("Vladimir"); may be empty
    std::string surname;              // as written, possessive left out ("Putin")
    bool next_to_speech_cue = false;  // "…, Smith said": evidence the name is a person's
};

// A word of a title ("president", "minister", "prime", "foreign"), folded.
bool is_title_word(std::string_view folded);

std::vector<NameMention> find_name_mentions(std::string_view text, const FoldedTokens& words);

}  // namespace quotecheck
