// Who is named in an article: every name, title-plus-name and descriptor outside quotes, each
// resolved to the article's people (first full mention wins: "Russian President Vladimir Putin"
// makes "Putin" and "the Russian president" mean Vladimir Putin) or to the roster.
#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "attribute/analysis.hpp"
#include "attribute/lexicon.hpp"
#include "attribute/tokens.hpp"

namespace quotecheck {

enum class EntityKind {
    person,        // a full name, a title with a name, a roster entry
    organisation,  // "the Kremlin", "the Foreign Ministry", "the ministry"
    outlet,        // "Haaretz", "the Kommersant newspaper"
    unknown,       // a lone capitalised word nothing else explains: a surname, a country
};

enum class Gender : uint8_t { unknown, male, female };

struct Entity {
    std::string name;                      // canonical
    std::vector<std::string> title_words;  // lowercase: "russian", "president"
    EntityKind kind = EntityKind::unknown;
    Gender gender = Gender::unknown;  // from first names, courtesy titles, gendered roles
    // A body kept as written after where it is based, "Tromsø-based startup": no proper name.
    bool placed = false;

    bool holds_title(std::string_view word) const {
        return std::find(title_words.begin(), title_words.end(), word) != title_words.end();
    }
};

enum class MentionForm { name, alias, descriptor };

struct Mention {
    uint32_t first = 0;  // token range [first, last)
    uint32_t last = 0;
    uint32_t entity = UINT32_MAX;  // UINT32_MAX: a descriptor nobody in the article fits
    MentionForm form = MentionForm::name;
    bool subject = false;  // opens a clause, so a later "he" may point back to it
    bool possessive = false;
    Span span;
    std::string text;  // an unresolved descriptor's words without its article: "ministry spokesman"
};

struct ArticleMentions {
    std::vector<Entity> entities;
    std::vector<Mention> mentions;  // in token order, non-overlapping
    // The one writer a byline names ("By Lydia Marchetti"): the "I" of the writer's own words;
    // empty when no byline names one alone.
    std::string writer;

    // Whether `m` is resolved to a person (not an organisation, outlet or unfitted descriptor).
    bool names_person(const Mention& m) const {
        return m.entity != UINT32_MAX && entities[m.entity].kind == EntityKind::person;
    }
    const Mention* ending_at(uint32_t token_end) const;  // a mention whose `last` is token_end
    const Mention* starting_at(
        uint32_t token_first) const;  // a mention whose `first` is token_first
    // The mention a pronoun at `token` points back to: the latest clause-opening mention of a
    // person of that gender when known ("he", "she"), or of an organisation or group ("it",
    // "they"); for a person, a descriptor nobody in the article fits ("a nurse") counts too.
    const Mention* antecedent(const std::vector<Token>& tokens, uint32_t token, bool person,
                              Gender gender) const;
    // The person who opened the sentence whose dependent clause `subordinate` opens, if any.
    const Mention* main_clause_subject(const std::vector<Token>& tokens,
                                       std::vector<Mention>::const_iterator subordinate) const;
    // The person `subject` is said to have spoken to ("Kirsty Hall has been speaking to Jean
    // McAllister"), if any.
    const Mention* interviewee(const std::vector<Token>& tokens, const Mention& subject) const;
    // The latest clause-opening mention of a person in tokens [from, token).
    const Mention* last_subject_person(uint32_t token, uint32_t from) const;
};

// "MOSCOW, March 3 (Reuters) -", "SPRINGFIELD —": a place in capitals that opens a paragraph,
// set off by punctuation.
bool is_dateline(std::string_view text, std::span<const Token> tokens, const Mention& m);

// Whether a subject starting at `first` follows a determiner and a common noun ("said the
// growth Lindqvist described to investors …"): the subject of a relative clause about the noun,
// not the sentence's.
bool relative_clause_subject(std::span<const Token> tokens, uint32_t first);

// Whether a lower-case word is a plural in -s: "abductors", "critics" (not "boss", "census",
// "analysis").
bool plural_word(std::string_view word);

// Whether a lower-case word is a modal or an auxiliary verb: "should", "had", "was".
bool auxiliary_word(std::string_view word);

// The value of one to three ASCII digits ("45"), else 0: an age or a count as articles give it.
uint32_t small_number(std::string_view digits);

// Whether "of" and a number of children follow a parent's word at `head`: "the father of
// five", "a mother of 2".
bool children_count_after(std::span<const Token> tokens, uint32_t head);

ArticleMentions find_mentions(std::string_view text, const std::vector<Token>& tokens,
                              const AttributionLexicon& lexicon);

}  // namespace quotecheck
