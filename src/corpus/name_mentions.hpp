// People named in an article's text: a run of capitalised words, with the title in front of
// it when there is one ("Russia President Vladimir Putin", "Prime Minister Binyamin
// Netanyahu"). The name-variant check compares these across articles.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

// Kept for every mention of the corpus until the cross-article checks end, so it holds no
// string of its own: what is written is a span of the article's text, what is folded or
// joined lies in the article's run of mention words (see mention_words).
struct NameMention {
    Span span;  // the title and the name as written
    // The title as written ("Russia President") is span.start to here; untitled: span.start.
    uint32_t title_end = 0;
    Span surname;        // as written, possessive left out ("Putin")
    uint32_t words = 0;  // where the mention's given name, qualifier and role start in the run
    bool next_to_speech_cue = false;  // "…, Smith said": evidence the name is a person's

    Span title() const { return {span.start, title_end}; }
};

// A mention's words that are not one span of the text, read from the run they were written to.
struct MentionWords {
    std::string_view given;      // as written, initials left out ("Vladimir"); may be empty
    std::string_view qualifier;  // folded words of the title before its role ("russia")
    std::string_view role;       // folded role words ("president", "foreign minister")
    std::string_view surname;    // as written, possessive left out ("Putin")
    std::string_view title;      // as written ("Russian President"); empty without a role
};
MentionWords mention_words(std::string_view run, const NameMention& mention);

// A word of a title ("president", "minister", "prime", "foreign"), folded.
bool is_title_word(std::string_view folded);

// The mentions among `words` in `mentions` (replacing what it held); their given names,
// qualifiers, roles, surnames and titles appended to `run`, which the mentions' `words` offsets
// point into.
void find_name_mentions(std::string_view text, const FoldedTokens& words,
                        std::vector<NameMention>& mentions, std::string& run);

}  // namespace quotecheck
