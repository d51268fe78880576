#include "attribute/mentions.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <optional>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "core/title_case.hpp"
#include "core/utf8.hpp"
#include "core/word_table.hpp"
#include "corpus/event_dates.hpp"

namespace quotecheck {

// The Prophet's name, as it opens Malay names before the name the person is called by.
// Numbers in words, "Four" opening a sentence being no one's name.
const WordList kNumberWords = {"two",    "three",    "four",      "five",    "six",
                               "seven",  "eight",    "nine",      "ten",     "eleven",
                               "twelve", "twenty",   "thirty",    "forty",   "fifty",
                               "dozens", "hundreds", "thousands", "several", "both"};
const WordList kProphetNames = {"mohd", "muhammad", "mohamad", "mohammad", "mohamed", "muhamad"};

// How many mentions back a pronoun looks for its antecedent: far enough for any real article,
// and it keeps a page of pronouns with no antecedent linear.
constexpr size_t kAntecedentReach = 400;

const Mention* ArticleMentions::ending_at(uint32_t token_end) const {
    auto it = std::lower_bound(mentions.begin(), mentions.end(), token_end,
                               [](const Mention& m, uint32_t end) { return m.last < end; });
    return it != mentions.end() && it->last == token_end ? &*it : nullptr;
}

const Mention* ArticleMentions::starting_at(uint32_t token_first) const {
    auto it = std::lower_bound(mentions.begin(), mentions.end(), token_first,
                               [](const Mention& m, uint32_t first) { return m.first < first; });
    return it != mentions.end() && it->first == token_first ? &*it : nullptr;
}

namespace {

// Whether a descriptor's words say it is someone of the other gender than `gender` ("her
// husband", "the spokeswoman").
bool other_gender(const std::vector<Token>& tokens, const Mention& m, Gender gender) {
    if (gender == Gender::unknown) return false;
    const uint32_t other = gender == Gender::male ? word_class::female : word_class::male;
    for (uint32_t k = m.first; k < m.last; ++k)
        if (tokens[k].has(other)) return true;
    return false;
}

// Whether `m` names, in apposition, a relative or an aide brought in by a preposition and "his",
// "her" or "their": "dedicated the win to his late grandfather, Máirtín, who died in March" is
// about the grandfather, who is no subject a later pronoun means ("Her mother, Jane, said" may
// be).
bool relative_after_preposition(const std::vector<Token>& tokens, const Mention& m) {
    // (Or someone who works for them: "in a statement by his media aide, Femi Ogunleye".)
    if (m.first < 4 || !tokens[m.first - 1].is(",") ||
        !tokens[m.first - 2].has(word_class::relative | word_class::role))
        return false;
    uint32_t k = m.first - 2;
    while (k > 1 && m.first - k < 5 && tokens[k - 1].word && !tokens[k - 1].capitalised &&
           !tokens[k - 1].is("his") && !tokens[k - 1].is("her") && !tokens[k - 1].is("their"))
        --k;
    if (k < 2 || !(tokens[k - 1].is("his") || tokens[k - 1].is("her") || tokens[k - 1].is("their")))
        return false;
    const Token& before = tokens[k - 2];
    return before.is("to") || before.is("for") || before.is("with") || before.is("of") ||
           before.is("about") || before.is("by") || before.is("from");
}

bool opens_sentence_at(std::span<const Token> tokens, uint32_t k);

// Whether the words before token `first` are "according to".
bool after_according_to(std::span<const Token> tokens, uint32_t first) {
    return first >= 2 && tokens[first - 1].is("to") && tokens[first - 2].is("according");
}

// Whether the comma at `comma` ends a phrase a preposition opens the sentence with ("In a
// statement read to the court,", "After the hearing,"), no other comma in it.
bool opening_phrase_ends(const std::vector<Token>& tokens, uint32_t comma) {
    static const WordList kOpeners = {"in",     "at",        "on",      "after", "during",
                                      "before", "following", "despite", "under", "outside",
                                      "inside", "across",    "near",    "from",  "since"};
    for (uint32_t k = comma; k > 0 && comma - k < 24;) {
        --k;
        if (!tokens[k].outside() || tokens[k].is(",")) return false;
        if (opens_sentence_at(tokens, k))
            return tokens[k].word && kOpeners.contains(tokens[k].lower);
    }
    return false;
}

// Whether `m` opens a clause that hangs on another: "after a whistleblower alerted …", or a
// "that" clause inside one ("…, when the Bunker judged that the winger had lost control").
bool subordinate(const std::vector<Token>& tokens, const Mention& m) {
    if (m.first == 0) return false;
    static constexpr std::string_view kSubordinators[] = {
        "after",    "because", "when",    "since", "before", "until", "if",
        "although", "though",  "whereas", "once",  "while",  "unless"};
    const auto subordinator = [](const Token& t) {
        return std::find(std::begin(kSubordinators), std::end(kSubordinators), t.lower) !=
               std::end(kSubordinators);
    };
    const Token& before = tokens[m.first - 1];
    if (subordinator(before)) return true;
    // ("while goalkeeper Tom Rawcliffe is", "while striker Femi Cole (ankle) and goalkeeper Tom
    // Rawcliffe (shoulder) are": over a role, a name or one joined by "and", with what is in
    // brackets after it.)
    for (uint32_t k = m.first; k > 0 && m.first - k < 12;) {
        const Token& t = tokens[k - 1];
        if (!t.outside()) break;
        if (t.is(")")) {
            uint32_t open = k - 1;
            while (open > 0 && k - open < 6 && !tokens[open].is("(")) --open;
            if (!tokens[open].is("(")) break;
            k = open;
            continue;
        }
        if (k < m.first && subordinator(t)) return true;
        if (!t.word || !(t.is("and") || t.has(word_class::role | word_class::title) ||
                         (t.capitalised && !t.has(word_class::not_name))))
            break;
        --k;
    }
    // ("ended with a promise from the housing association that a contractor would be in
    // touch": the clause after a noun that says what was promised, claimed or feared, a few
    // words before "that".)
    static const WordList kComplementNouns = {
        "promise", "promises",   "assurance",  "assurances",  "claim",       "claims",
        "warning", "warnings",   "hope",       "fear",        "fears",       "belief",
        "news",    "suggestion", "allegation", "allegations", "rumours",     "rumors",
        "concern", "concerns",   "guarantee",  "pledge",      "expectation", "insistence"};
    if (before.is("that"))
        for (uint32_t k = m.first - 1; k > 0 && m.first - k < 8;) {
            const Token& t = tokens[--k];
            if (!t.word || !t.outside()) break;
            if (subordinator(t) || (m.first - k <= 7 && kComplementNouns.contains(t.lower)))
                return true;
        }
    return relative_clause_subject(tokens, m.first);
}

// Whether the paragraph of the token at `k` opens with a quotation.
bool opens_with_quote(const std::vector<Token>& tokens, uint32_t k) {
    while (k > 0 && tokens[k - 1].paragraph == tokens[k].paragraph) --k;
    return !tokens[k].outside();
}

// Whether the token at `k` is in the first sentence of its paragraph.
bool first_sentence(const std::vector<Token>& tokens, uint32_t k) {
    for (; k > 0 && tokens[k - 1].paragraph == tokens[k].paragraph; --k)
        if (tokens[k - 1].outside() &&
            (tokens[k - 1].is(".") || tokens[k - 1].is("?") || tokens[k - 1].is("!")))
            return false;
    return true;
}

// Whether `m` is a relative named by the pronoun `possessive` ("her", "his") in a sentence
// that reports no speech and no quotation follows: "Her mother, Hanh, arrived in Houston in
// 1991", the mention "Her mother" or the name set off after it.
bool quiet_relative_of(std::span<const Token> tokens, std::span<const Mention> mentions,
                       size_t index, std::string_view possessive) {
    const Mention* m = &mentions[index];
    if (m->form != MentionForm::descriptor && index > 0 &&
        mentions[index - 1].last + 1 == m->first && tokens[mentions[index - 1].last].is(","))
        m = &mentions[index - 1];
    if (m->form != MentionForm::descriptor || m->first + 2 != m->last ||
        !tokens[m->first].is(possessive) || !tokens[m->first + 1].has(word_class::relative))
        return false;
    for (uint32_t k = m->last; k < tokens.size() && k < m->last + 40; ++k) {
        const Token& t = tokens[k];
        if (t.paragraph != tokens[m->first].paragraph) return true;
        // ("Her daughter, Linda, was more direct. “…,” she said": not when a quotation follows.)
        if (t.is(".") || t.is("?") || t.is("!"))
            return k + 1 >= tokens.size() || tokens[k + 1].paragraph != t.paragraph ||
                   tokens[k + 1].outside();
        if (!t.outside() || (t.word && t.has(word_class::cue_start))) return false;
    }
    return false;
}

// Whether the mention at `first` is the relative a "whose" clause names, set off by a comma or
// not: "whose husband, Naik Ram Kishan,", "whose son Ravi".
bool named_in_whose_clause(std::span<const Token> tokens, uint32_t first) {
    if (first < 3) return false;
    const uint32_t k = tokens[first - 1].is(",") ? first - 1 : first;
    return k >= 3 && tokens[k - 2].is("whose") && tokens[k - 1].has(word_class::relative);
}

// Whether the token at `k` opens its sentence: first of its paragraph, or after a full stop.
bool opens_sentence_at(std::span<const Token> tokens, uint32_t k) {
    return k == 0 || tokens[k - 1].paragraph != tokens[k].paragraph || tokens[k - 1].is(".") ||
           tokens[k - 1].is("?") || tokens[k - 1].is("!");
}

// Whether the mention at `first` is a place the sentence opens at: "At Abossey Okai, a welder
// who …", "At Queen Elizabeth Hospital in Yau Ma Tei, a 76-year-old man", "At one northside
// primary school, a teacher" (after a preposition of place, the sentence opening on one, no
// comma between).
bool in_opening_place(std::span<const Token> tokens, uint32_t first) {
    const auto place = [](const Token& t) {
        return t.is("at") || t.is("in") || t.is("near") || t.is("outside") || t.is("from");
    };
    for (uint32_t k = first; k > 0 && first - k < 12; --k) {
        const Token& before = tokens[k - 1];
        if (!before.outside() || before.is(",") || before.is(".") || before.is("?") ||
            before.is("!"))
            return false;
        if (opens_sentence_at(tokens, k - 1))
            return place(before) && (k == first || place(tokens[first - 1]) ||
                                     tokens[first - 1].has(word_class::determiner));
    }
    return false;
}

// "74", "seventy-four": a person's age set off in apposition.
bool is_age(const Token& t) {
    if (!t.word || t.lower.empty() || t.lower.size() > 16) return false;
    if (std::all_of(t.lower.begin(), t.lower.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return t.lower.size() <= 3;
    static constexpr std::string_view kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                                                 "sixty",  "seventy", "eighty", "ninety"};
    return std::any_of(std::begin(kTens), std::end(kTens),
                       [&](std::string_view tens) { return t.lower.starts_with(tens); });
}

// The word that brings someone new into a story: "a senior official", "one resident",
// "another witness".
[[gnu::always_inline]] inline bool brings_in_someone(const Token& t) {
    return t.is("a") || t.is("an") || t.is("one") || t.is("another");
}

// A word of a body's capitalised name, or one that links two of its words: "Department of Health
// and Social Care", "Department for Transport".
bool body_name_word(const Token& t) {
    return t.capitalised || t.is("of") || t.is("and") || t.is("for");
}

// Whether a descriptor's last word is a plural: "abductors", "residents" (not "boss",
// "witness", "actress").
bool plural_head(const Token& head) {
    return plural_word(head.lower);
}

// Whether a descriptor's last word is a plural or a word for several people ("his family",
// "the crowd"): no one "he" or "she" stands for.
bool several_people_head(const Token& head) {
    return plural_head(head) || head.is("family") || head.is("crowd") || head.is("couple") ||
           head.is("household");
}

}  // namespace

// Whether the mention `it` opens a clause that a speech verb before it in its sentence reports,
// the verb's subject a mention that `fits`: "Fairbairn-Hughes said her grandmother, Elizabeth,
// never stopped hoping".
template <typename Fits>
bool reported_by_fitting_speaker(const std::vector<Token>& tokens,
                                 std::vector<Mention>::const_iterator it, const Fits& fits,
                                 const std::vector<Mention>& all) {
    for (auto m = it; m != all.begin() && it->first - m->first < 24;) {
        --m;
        const uint32_t after = m->last;
        if (after >= it->first) continue;
        for (uint32_t k = after; k < it->first; ++k)
            if (tokens[k].is(".") || tokens[k].is("?") || tokens[k].is("!") ||
                !tokens[k].outside() || tokens[k].paragraph != tokens[it->first].paragraph)
                return false;
        if (m->subject && !m->possessive && m->entity != UINT32_MAX && m->entity != it->entity &&
            tokens[after].word && tokens[after].has(word_class::cue_start) && fits(*m))
            return true;
    }
    return false;
}

const Mention* ArticleMentions::antecedent(const std::vector<Token>& tokens, uint32_t token,
                                           bool person, Gender gender) const {
    // A person who may be of the pronoun's gender (either, when one of them is unknown).
    auto person_of = [gender](const Entity& entity) {
        return entity.kind == EntityKind::person &&
               (gender == Gender::unknown || entity.gender == Gender::unknown ||
                entity.gender == gender);
    };
    auto it = std::lower_bound(mentions.begin(), mentions.end(), token,
                               [](const Mention& m, uint32_t t) { return m.last <= t; });
    // "One person with knowledge of the talks, who asked not to be named, described …. ¶
    // “…,” they said": "they" for one unnamed person who opened the sentence before.
    if (!person && tokens[token].is("they"))
        for (auto m = it; m != mentions.begin() && it - m < 64;) {
            const Mention& last = *--m;
            if (tokens[last.first].paragraph + 1 < tokens[token].paragraph) break;
            if (!last.subject || subordinate(tokens, last)) continue;
            // ("Another resident, who did not want to be named, said …. “…,” they said".)
            if (last.form == MentionForm::descriptor && last.entity == UINT32_MAX &&
                brings_in_someone(tokens[last.first]) &&
                std::any_of(tokens.begin() + last.first + 1, tokens.begin() + last.last,
                            [](const Token& w) { return w.has(word_class::role); }))
                return &last;
            break;
        }
    // "Saturday's surprise act was the rapper Tobi Akinola, drafted in at a day's notice. “…,”
    // he shouted": someone named after "was" in the pronoun's paragraph or the one before, of
    // its gender, is whom the paragraph is about, before any subject named before them.
    const auto before_pronoun = it;
    std::optional<const Mention*> named_after_was;   // looked for once, when first needed
    std::optional<const Mention*> recent_of_gender;  // the same
    const auto predicate = [&]() -> const Mention* {
        if (!person || gender == Gender::unknown) return nullptr;
        size_t looked_at = 0;
        for (auto m = before_pronoun; m != mentions.begin() && looked_at < kAntecedentReach;
             ++looked_at) {
            --m;
            // (Or the paragraph before: "Among the marchers was Bev Talbot, 68. ¶ “…,” she
            // said".)
            if (tokens[m->first].paragraph + 1 < tokens[token].paragraph) return nullptr;
            if (m->possessive || m->form == MentionForm::descriptor || m->entity == UINT32_MAX ||
                entities[m->entity].kind != EntityKind::person ||
                entities[m->entity].gender != gender)
                continue;
            uint32_t k = m->first;
            // ("Those were the words of Ewan Souter, who runs a café. ¶ “…,” he said".)
            const auto copula = [&](const Token& t) {
                return t.is("was") || t.is("is") || t.is("were");
            };
            while (k > 0 && k + 4 > m->first && tokens[k - 1].word && !tokens[k - 1].capitalised &&
                   !copula(tokens[k - 1]))
                --k;
            if (k > 0 && copula(tokens[k - 1])) return &*m;
            // ("That drew a sharp response from Trustee Anjali Dhillon. ¶ “…,” she said".)
            static const WordList kReplies = {"response", "reply",     "retort",
                                              "rebuke",   "rebuttal",  "pushback",
                                              "riposte",  "criticism", "objection"};
            if (m->first >= 2 && tokens[m->first - 1].is("from") &&
                kReplies.contains(tokens[m->first - 2].lower))
                return &*m;
        }
        return nullptr;
    };
    // "Addressing Dunstan, she said": the object of a participle that opens the pronoun's own
    // sentence is not whom the pronoun means.
    // (Tokens from `open` to the pronoun hold no ".", "?", "!" or quoted token: read back once,
    // a mention at a time, over as many mentions as the search below looks at.)
    const uint32_t paragraph = tokens[token].paragraph;
    uint32_t open = token;
    uint32_t own_object = UINT32_MAX;
    size_t looked_back = 0;
    for (auto m = before_pronoun; m != mentions.begin() && looked_back < kAntecedentReach;
         ++looked_back) {
        --m;
        if (tokens[m->first].paragraph != paragraph) break;
        bool ended = false;
        for (; open > m->last && !ended; --open)
            ended = !tokens[open - 1].outside() || tokens[open - 1].is(".") ||
                    tokens[open - 1].is("?") || tokens[open - 1].is("!");
        if (ended) break;
        // (The participle may open the mention's tokens, its name's span after it.)
        const auto participle = [&](uint32_t k) {
            return tokens[k].word && tokens[k].lower.size() > 5 && tokens[k].lower.ends_with("ing");
        };
        if (!m->possessive && m->form != MentionForm::descriptor && m->last < token &&
            tokens[m->last].is(",") &&
            (participle(m->first) || (m->first > 0 && participle(m->first - 1))))
            own_object = m->entity;
    }
    // ("… run older systems that vendors ignore, according to Castellanos. ¶ “…,” he said":
    // the one a sentence's report is according to is its speaker, a subject for this purpose.)
    // (A person known to be one, by a title or a gender: "according to Morning Signal" may be
    // an outlet's report.)
    const auto according_to = [&](const Mention& m) {
        if (!after_according_to(tokens, m.first) || m.entity == UINT32_MAX) return false;
        const Entity& entity = entities[m.entity];
        return entity.kind == EntityKind::person &&
               (!entity.title_words.empty() || entity.gender != Gender::unknown);
    };
    // ("Here is more from Ramanathan's press conference. Reading from a statement, she said":
    // a person whose speaking the paragraph tells of, by a possessive, is whom it is about.)
    const auto speaking_of = [&](const Mention& m) {
        static const WordList kSpeaking = {
            "press",    "news",    "speech",       "remarks",  "comments",  "interview",
            "briefing", "address", "testimony",    "evidence", "statement", "appearance",
            "appeal",   "plea",    "announcement", "words",    "update",    "message"};
        if (!person || gender == Gender::unknown || tokens[m.first].paragraph != paragraph ||
            m.last >= token)
            return false;
        // (The possessive a mention of its own, or opening a descriptor: "Ramanathan's press
        // conference at the hospital".)
        const uint32_t after = m.possessive ? m.last : m.first + 1;
        return (m.possessive || (m.form == MentionForm::descriptor && tokens[m.first].possessive &&
                                 tokens[m.first].capitalised)) &&
               tokens[after].word && kSpeaking.contains(tokens[after].lower);
    };
    // The person of the pronoun's gender a possessive names: its mention's entity, or the one
    // named before whose name ends with the word.
    const auto possessor = [&](std::vector<Mention>::const_iterator m) -> const Mention* {
        const auto fits = [&](const Mention& n) {
            return n.entity != UINT32_MAX && entities[n.entity].kind == EntityKind::person &&
                   entities[n.entity].gender == gender;
        };
        if (m->possessive) return fits(*m) ? &*m : nullptr;
        const std::string_view word = tokens[m->first].lower;
        for (auto n = m; n != mentions.begin();) {
            --n;
            if (!fits(*n) || n->form == MentionForm::descriptor) continue;
            const std::string& name = entities[n->entity].name;
            const size_t space = name.rfind(' ');
            if (space != std::string::npos && lowercase_ascii(name.substr(space + 1)) == word)
                return &*n;
        }
        return nullptr;
    };
    for (size_t looked = 0; it != mentions.begin() && looked < kAntecedentReach; ++looked) {
        --it;
        if (speaking_of(*it))
            if (const Mention* named = possessor(it)) return named;
        if (!(it->subject || (person && according_to(*it))) ||
            relative_after_preposition(tokens, *it))
            continue;
        if (it->entity != UINT32_MAX && it->entity == own_object) continue;
        // ("Fairbairn-Hughes said her grandmother, Elizabeth, never stopped hoping. ¶ “…,” she
        // said": the subject of what someone said is not who the pronoun is, when that someone
        // may be.)
        // ("Kamlesh Devi, 61, whose husband, Naik Ram Kishan, was killed in 1999, said …":
        // nor the relative a "whose" clause names.)
        if (person && named_in_whose_clause(tokens, it->first)) continue;
        if (person &&
            reported_by_fitting_speaker(
                tokens, it, [&](const Mention& m) { return person_of(entities[m.entity]); },
                mentions))
            continue;
        // ("Her mother, Hanh, arrived in Houston in 1991 … “…,” she says": a relative of whom
        // "her" means, in a sentence of no speech, is not who "she" is.)
        if (person && gender != Gender::unknown &&
            quiet_relative_of(tokens, mentions, static_cast<size_t>(it - mentions.begin()),
                              gender == Gender::female ? "her" : "his"))
            continue;
        // (A subject before the one named after "was" gives way to it.)
        if (tokens[it->first].paragraph < tokens[token].paragraph) {
            if (!named_after_was) named_after_was = predicate();
            if (const Mention* named = *named_after_was; named && named->first > it->first)
                return named;
        }
        // ("… when Senator Harlan Bliss asked Ms. Solvang whether she would fly. ¶ “…,” she
        // said": a subject from further back gives way to someone of the pronoun's gender
        // asked something in the paragraph before.)
        if (person && gender != Gender::unknown &&
            tokens[it->first].paragraph + 1 < tokens[token].paragraph) {
            if (!recent_of_gender) {
                recent_of_gender = nullptr;
                size_t looked_at = 0;
                for (auto m = before_pronoun; m != mentions.begin() && looked_at < kAntecedentReach;
                     ++looked_at) {
                    --m;
                    if (tokens[m->first].paragraph + 1 < tokens[token].paragraph) break;
                    // (Only the one asked: "Under cross-examination by Alisha Brennan, she
                    // accepted …" is not Brennan's answer.)
                    if (!m->possessive && m->entity != UINT32_MAX && m->first > 0 &&
                        (tokens[m->first - 1].is("asked") || tokens[m->first - 1].is("pressed")) &&
                        entities[m->entity].kind == EntityKind::person &&
                        entities[m->entity].gender == gender) {
                        recent_of_gender = &*m;
                        break;
                    }
                }
            }
            if (*recent_of_gender) return *recent_of_gender;
        }
        // "Quiroga's page has raised £42,000. “…,” she said": a person's possessive that opens a
        // sentence of the pronoun's own paragraph is whom it is about; any other possessive
        // is not the subject.
        // ("Back in the Philippines, dela Cruz's performance drew a huge response … ¶ “…,” he
        // said": or that opens the paragraph before one that opens with the quote.)
        if (it->possessive) {
            const uint32_t its = tokens[it->first].paragraph;
            if (person && it->entity != UINT32_MAX && person_of(entities[it->entity]) &&
                (its == paragraph ||
                 (its + 1 == paragraph &&
                  // ("For Ms Okafor's children, Zara, 9, … ¶ She said:": or with the pronoun.)
                  (opens_with_quote(tokens, token) ||
                   tokens[token - 1].paragraph != tokens[token].paragraph) &&
                  ((it->subject && first_sentence(tokens, it->first)) ||
                   (gender != Gender::unknown && entities[it->entity].gender == gender)))))
                return &*it;
            continue;
        }
        // "A nurse, who asked not to be named, said … “…,” she said": the person nobody in the
        // article fits is still the latest subject.
        const Mention* candidate = &*it;
        // ("according to Dr Elin Foster, a physiologist who studies energy": a role kept as
        // written, in apposition to a name, is that name.)
        // (Not a role that is someone else's after a name that opens no clause: "On the
        // exclusion of striker Collins Banda, the coach said".)
        if (it->entity != UINT32_MAX && it->form == MentionForm::descriptor &&
            it != mentions.begin() && std::prev(it)->last + 1 == it->first &&
            tokens[std::prev(it)->last].is(",") && !std::prev(it)->possessive &&
            std::prev(it)->form != MentionForm::descriptor && names_person(*std::prev(it)) &&
            !(names_person(*it) && it->entity != std::prev(it)->entity && !std::prev(it)->subject))
            candidate = &*std::prev(it);
        else if (it->entity == UINT32_MAX) {
            // "the schools minister, Paul Grant, insisted": the name in apposition says who.
            const auto next = std::next(it);
            // ("a teacher in Leeds" names a place.)
            // "said Claire Benson, a ward sister": the role in apposition to a name is that person.
            const auto previous = it != mentions.begin() ? std::prev(it) : mentions.end();
            // In apposition to the mention before it: "Claire Benson, a ward sister".
            // ("Lupe Carrizales, seventy-four, a retired cafeteria manager": an age between.)
            // (Not a place the sentence opens at: "At one northside primary school, a teacher
            // who asked not to be named said".)
            // ("In a victim impact statement read to the court, the widow said": not across
            // the comma that ends a phrase the sentence opens with.)
            const bool apposed =
                previous != mentions.end() && tokens[previous->last].is(",") &&
                !opening_phrase_ends(tokens, previous->last) &&
                (previous->last + 1 == it->first ||
                 (previous->last + 3 == it->first && is_age(tokens[previous->last + 1]) &&
                  tokens[previous->last + 2].is(","))) &&
                !in_opening_place(tokens, previous->first);
            if (next != mentions.end() && next->first == it->last + 1 && tokens[it->last].is(",") &&
                names_person(*next)) {
                candidate = &*next;
            } else if (apposed && !previous->possessive && names_person(*previous)) {
                candidate = &*previous;
            } else if (apposed && previous->entity != UINT32_MAX &&
                       entities[previous->entity].kind == EntityKind::organisation) {
                // "the Care Quality Commission, the regulator": the organisation again, no
                // person for a "he" or "she".
                if (person) continue;
                candidate = &*previous;
            } else {
                // ("Then her father died. “…,” she says": a role of the other gender is not her;
                // "Kamau said the audit began after a whistleblower alerted the authority. She
                // said …": nor is someone unnamed in a clause that hangs on another.)
                // (Nor a headline's "The Teacher Who Stopped Grading" paragraphs later.)
                // (Nor a plural for "he" or "she": "told our correspondent that the family was
                // contacted by the abductors, who demanded a ransom. ¶ “…,” he said".)
                if (person && it->form == MentionForm::descriptor &&
                    !other_gender(tokens, *it, gender) && !subordinate(tokens, *it) &&
                    !(tokens[it->first].paragraph == 0 && tokens[token].paragraph > 2) &&
                    !(gender != Gender::unknown && several_people_head(tokens[it->last - 1])))
                    return &*it;
                continue;
            }
        }
        const Entity& entity = entities[candidate->entity];
        // (A headline's name of no known gender is as likely a place or a thing as the "she"
        // of a later paragraph: "Dollar slips, Treasury yields ease".)
        if (person && gender != Gender::unknown && entity.gender == Gender::unknown &&
            tokens[candidate->first].paragraph == 0 && tokens[token].paragraph > 2)
            continue;
        if (person && person_of(entity)) {
            // "Sandoval was frustrated with the officiating, when Boone was called for a foul.
            // “…,” he said": the subject of a clause that hangs on the sentence's own is not
            // the one a pronoun after it means, when the sentence opened with someone who fits.
            if (subordinate(tokens, *candidate))
                if (const Mention* main = main_clause_subject(
                        tokens, mentions.begin() + (candidate - mentions.data()));
                    main && person_of(entities[main->entity]))
                    return main;
            // "Our reporter Kirsty Hall has been speaking to Jean McAllister, 67, … “…,” she
            // said": the person spoken to, when of the pronoun's gender.
            if (const Mention* spoken_to = interviewee(tokens, *candidate);
                spoken_to && person_of(entities[spoken_to->entity]) &&
                entities[spoken_to->entity].gender == gender && gender != Gender::unknown)
                return spoken_to;
            return candidate;
        }
        if (!person && entity.kind == EntityKind::organisation) return candidate;
    }
    // "We spoke to Nora Quint about her shop. “…,” she says": with no subject to point back
    // to, the latest person named anywhere in a clause who is of that gender.
    if (!person || gender == Gender::unknown) return nullptr;
    it = std::lower_bound(mentions.begin(), mentions.end(), token,
                          [](const Mention& m, uint32_t t) { return m.last <= t; });
    for (size_t looked = 0; it != mentions.begin() && looked < kAntecedentReach; ++looked) {
        --it;
        // (Only a paragraph or two back: further away, a pronoun with no subject is unclear.)
        if (tokens[it->first].paragraph + 2 < tokens[token].paragraph) break;
        if (it->entity == UINT32_MAX || it->possessive) continue;
        // (Known to be of that gender: a name of no known gender this far back is as likely a
        // place or a thing, "U.S. Treasury yields".)
        if (const Entity& entity = entities[it->entity];
            entity.kind == EntityKind::person && entity.gender == gender)
            return &*it;
    }
    return nullptr;
}

bool relative_clause_subject(std::span<const Token> tokens, uint32_t first) {
    if (first < 2) return false;
    const Token& noun = tokens[first - 1];
    const Token& determiner = tokens[first - 2];
    return noun.word && !noun.capitalised && determiner.word &&
           determiner.has(word_class::determiner) &&
           !noun.has(word_class::role | word_class::title | word_class::generic_role |
                     word_class::epithet | word_class::determiner);
}

// Whether a word is a span of time that "later" or "ago" follows: "hours", "days", "weeks".
static bool time_span_after(std::string_view word) {
    static const WordList kSpans = {"moments", "minutes", "hours", "days",
                                    "weeks",   "months",  "years", "decades"};
    return kSpans.contains(word);
}

bool plural_word(std::string_view word) {
    return word.size() > 3 && word.ends_with('s') && !word.ends_with("ss") &&
           !word.ends_with("us") && !word.ends_with("is");
}

bool auxiliary_word(std::string_view word) {
    static const WordList kAuxiliaries = {"must", "will",  "would", "should", "can",  "could",
                                          "may",  "might", "shall", "has",    "have", "had",
                                          "is",   "are",   "was",   "were",   "does", "did"};
    return kAuxiliaries.contains(word);
}

uint32_t small_number(std::string_view digits) {
    if (digits.size() > 3) return 0;
    uint32_t value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') return 0;
        value = value * 10 + static_cast<uint32_t>(c - '0');
    }
    return value;
}

bool children_count_after(std::span<const Token> tokens, uint32_t head) {
    static constexpr std::string_view kParents[] = {"mother", "father",      "mum",
                                                    "dad",    "grandmother", "grandfather"};
    static constexpr std::string_view kCounts[] = {"one", "two",   "three", "four", "five",
                                                   "six", "seven", "eight", "nine", "ten"};
    if (head + 2 >= tokens.size() || !tokens[head + 1].is("of") || !tokens[head + 2].word)
        return false;
    const std::string_view count = tokens[head + 2].lower;
    return (small_number(count) != 0 ||
            std::find(std::begin(kCounts), std::end(kCounts), count) != std::end(kCounts)) &&
           std::find(std::begin(kParents), std::end(kParents), tokens[head].lower) !=
               std::end(kParents);
}

// "March", "Mar", "Sept": a month's name or its abbreviation, capitalised.
bool is_month(const Token& t) {
    return t.word && t.capitalised && month_number(t.lower).has_value();
}

bool is_dateline(std::string_view text, std::span<const Token> tokens, const Mention& m) {
    if (m.last >= tokens.size() || tokens[m.last].word) return false;
    const auto in_capitals = [](std::string_view words) {
        return std::any_of(words.begin(), words.end(),
                           [](char c) { return c >= 'A' && c <= 'Z'; }) &&
               std::none_of(words.begin(), words.end(),
                            [](char c) { return c >= 'a' && c <= 'z'; });
    };
    const auto opens_paragraph = [&](uint32_t k) {
        return k == 0 || tokens[k - 1].paragraph != tokens[k].paragraph;
    };
    // ("COGAT, the Israeli military body that oversees aid, said": an acronym in apposition,
    // not a place; a dateline's comma is followed by a date or a country.)
    // ("New Delhi, Mar 12 (PTI) The Supreme Court": in title case, a month and a day after
    // the comma and the agency in brackets.)
    if (opens_paragraph(m.first) && tokens[m.last].is(",") && m.last + 3 < tokens.size() &&
        is_month(tokens[m.last + 1]) && tokens[m.last + 2].word &&
        tokens[m.last + 2].lower[0] >= '0' && tokens[m.last + 2].lower[0] <= '9' &&
        tokens[m.last + 3].is("("))
        return true;
    if (opens_paragraph(m.first))
        return in_capitals(m.span.in(text)) &&
               !(tokens[m.last].is(",") && m.last + 1 < tokens.size() && tokens[m.last + 1].word &&
                 !tokens[m.last + 1].capitalised);
    // "PORT SALOMÉ, Tamberan (AFP) —": the country after the place in capitals.
    if (m.first < 2 || !tokens[m.first - 1].is(",")) return false;
    uint32_t k = m.first - 1;
    while (k > 0 && m.first - k < 6 && !opens_paragraph(k)) --k;
    return opens_paragraph(k) &&
           in_capitals(Span{tokens[k].span.start, tokens[m.first - 2].span.end}.in(text));
}

const Mention* ArticleMentions::main_clause_subject(
    const std::vector<Token>& tokens, std::vector<Mention>::const_iterator clause) const {
    for (auto it = clause; it != mentions.begin();) {
        --it;
        // (Only in the same sentence: no sentence end between the two.)
        for (uint32_t k = it->last; k < clause->first; ++k)
            if (tokens[k].paragraph != tokens[clause->first].paragraph || tokens[k].is(".") ||
                tokens[k].is("?") || tokens[k].is("!") || !tokens[k].outside())
                return nullptr;
        // (Not another clause's: "while striker Femi Cole and goalkeeper Tom Rawcliffe are".)
        if (it->subject && !it->possessive && names_person(*it) && !subordinate(tokens, *it))
            return &*it;
    }
    return nullptr;
}

const Mention* ArticleMentions::interviewee(const std::vector<Token>& tokens,
                                            const Mention& subject) const {
    // "spoke to", "speaking to", "talked to", "talking to" within a few words of the subject.
    for (uint32_t k = subject.last; k + 2 < tokens.size() && k < subject.last + 6; ++k) {
        const Token& t = tokens[k];
        if (!t.word || !t.outside()) return nullptr;
        if (!(t.is("spoke") || t.is("speaking") || t.is("talked") || t.is("talking")) ||
            !tokens[k + 1].is("to"))
            continue;
        const Mention* m = starting_at(k + 2);
        return m && names_person(*m) && !m->possessive ? m : nullptr;
    }
    return nullptr;
}

const Mention* ArticleMentions::last_subject_person(uint32_t token, uint32_t from) const {
    auto it = std::lower_bound(mentions.begin(), mentions.end(), token,
                               [](const Mention& m, uint32_t t) { return m.last <= t; });
    for (size_t looked = 0; it != mentions.begin() && looked < kAntecedentReach; ++looked) {
        --it;
        if (it->first < from) break;
        if (it->subject && !it->possessive && names_person(*it)) return &*it;
    }
    return nullptr;
}

namespace {

constexpr std::string_view kClauseOpeners[] = {
    "and",   "but",    "that",     "while",   "when", "as",     "after", "because",
    "since", "though", "although", "where",   "then", "also",   "so",    "before",
    "if",    "once",   "until",    "however", "yet",  "whereas"};

std::string join_lower(std::span<const Token> tokens, uint32_t first, uint32_t last) {
    std::string out;
    for (uint32_t i = first; i < last; ++i) {
        if (!out.empty()) out += ' ';
        out += tokens[i].lower;
    }
    return out;
}

// An article's lowercase names to its entity ids, filled as the names are met: open addressing
// over one array keyed by the names' XXH3 hashes, the names themselves end to end in one string.
// A std::unordered_map<std::string, ...> costs a node and a string allocation per name and a
// bucket division per look-up, every name of every article.
class NameIndex {
  public:
    NameIndex() : slots_(kInitialSlots) {}

    static uint64_t hash_of(std::string_view name) { return XXH3_64bits(name.data(), name.size()); }

    uint32_t* find(std::string_view name) { return find(name, hash_of(name)); }
    // With `hash` = hash_of(name), for a name looked up and then entered.
    uint32_t* find(std::string_view name, uint64_t hash) {
        Slot& slot = slot_for(name, hash);
        return slot.length == kEmpty ? nullptr : &slot.value;
    }
    bool contains(std::string_view name) const {
        return slots_[slot_index(name, hash_of(name))].length != kEmpty;
    }

    // The id stored for `name`, and whether it was added now, holding `value`.
    std::pair<uint32_t*, bool> try_emplace(std::string_view name, uint32_t value) {
        return try_emplace(name, hash_of(name), value);
    }
    std::pair<uint32_t*, bool> try_emplace(std::string_view name, uint64_t hash, uint32_t value) {
        Slot* slot = &slot_for(name, hash);
        if (slot->length != kEmpty) return {&slot->value, false};
        if ((count_ + 1) * 2 > slots_.size()) {
            grow();
            slot = &slot_for(name, hash);
        }
        *slot = {hash, static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(name.size()),
                 value};
        keys_.append(name);
        ++count_;
        return {&slot->value, true};
    }
    uint32_t& operator[](std::string_view name) { return *try_emplace(name, 0).first; }

  private:
    static constexpr size_t kInitialSlots = 64;
    static constexpr uint32_t kEmpty = UINT32_MAX;
    struct Slot {
        uint64_t hash = 0;
        uint32_t offset = 0;
        uint32_t length = kEmpty;
        uint32_t value = 0;
    };

    // The slot holding `name`, or the empty slot where it would go.
    Slot& slot_for(std::string_view name, uint64_t hash) { return slots_[slot_index(name, hash)]; }
    size_t slot_index(std::string_view name, uint64_t hash) const {
        const size_t mask = slots_.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot& slot = slots_[i];
            if (slot.length == kEmpty || (slot.hash == hash && slot.length == name.size() &&
                                          keys_.compare(slot.offset, slot.length, name) == 0))
                return i;
        }
    }

    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        const size_t mask = slots_.size() - 1;
        for (const Slot& slot : old) {
            if (slot.length == kEmpty) continue;
            size_t i = slot.hash & mask;
            while (slots_[i].length != kEmpty) i = (i + 1) & mask;
            slots_[i] = slot;
        }
    }

    std::vector<Slot> slots_;  // a power of two of them, at most half full
    std::string keys_;
    size_t count_ = 0;
};

class MentionFinder {
  public:
    MentionFinder(std::string_view text, const std::vector<Token>& tokens,
                  const AttributionLexicon& lexicon)
        : text_(text), tokens_(tokens), token_vector_(tokens), lexicon_(lexicon) {}

    ArticleMentions run() {
        // About one token in nine starts a mention in news text, one in twenty a new entity: room
        // for them up front spares moving each one (and its strings) as the vectors grow.
        out_.mentions.reserve(tokens_.size() / 8);
        out_.entities.reserve(tokens_.size() / 16);
        for (uint32_t i = 0; i < tokens_.size();) {
            const Token& token = tokens_[i];
            if (!token.word || !token.outside()) {
                ++i;
                continue;
            }
            if (const uint32_t end = byline_end(i); end > i) {
                writer_of_byline(i, end);
                i = end;
                continue;
            }
            // ("appeared on the podcast The Writers’ Room Hour", "her album Honey Static": the
            // title of a work is no one's name.)
            if (token.capitalised && i >= 2)
                if (const uint32_t end = work_title_end(i); end > i) {
                    i = end;
                    continue;
                }
            // (Every word comes here: only "one" and "another" go on.)
            if (token.lower.size() == 3 || token.lower.size() == 7)
                if (const uint32_t end = one_of_them(i); end > i) {
                    i = end;
                    continue;
                }
            // ("Wednesday's trip to Dundee United": a day's or a month's is no owner.)
            if (token.has(word_class::determiner) ||
                (token.possessive && token.capitalised && !token.has(word_class::not_name))) {
                // ("found that Harbourview Living Inc. had": "that" before a name alone, no
                // role of it, opens a clause; the name is a mention of its own.)
                if (const uint32_t end = descriptor(i);
                    end > i && !(token.is("that") && clause_that(i, end))) {
                    i = end;
                    continue;
                }
            }
            // ("Dad-of-two Ortega said", "Mother-of-three Jane Cole": a family's count, no name.)
            const bool name_like =
                starts_name(token) && token.lower.find("-of-") == std::string_view::npos;
            // ("Wren Castellanos Lost Her Voice": in a headline in title case, a word the article
            // writes in lower case and never capitalised inside a sentence opens no name.)
            // (Or in a deck in title case under it, "Agency Cites Maintenance Lapses"; or a
            // verb the article writes only there, "Del Court Orders Granite Ridge To Redeem".)
            if (name_like && token.paragraph <= 1 && title_case_line(token.paragraph) &&
                (lower_case_elsewhere(i) || headline_verb(i)) && !named_inside_sentence(i)) {
                ++i;
                continue;
            }
            // "Separately, ..." / "Meanwhile, ...": an adverb that opens the sentence.
            // ("Prosecuting, Chief Inspector …", "Speaking, …": or a participle.)
            // (Not a name in -ly or -ing: a given name, one the article writes capitalised
            // inside a sentence too, or one an age or what it is follows: "Kelly, a nurse,
            // said", "Manning, 52, said", "Zoomly, one of the largest delivery platforms,
            // said".)
            // (The comma first: it is the rarer, and a byte's compare.)
            if (name_like && i + 2 < tokens_.size() && tokens_[i + 1].lower.size() == 1 &&
                tokens_[i + 1].lower[0] == ',' &&
                (token.lower.ends_with("ly") || token.lower.ends_with("ing")) && opens_clause(i) &&
                !token.has(word_class::male | word_class::female) && !is_age(tokens_[i + 2]) &&
                !described_body(i + 1) && !named_inside_sentence(i)) {
                ++i;
                continue;
            }
            // "Sentencing Thornton on Friday, Judge …", "Welcoming Delgado to the club, …": a
            // participle that opens the sentence is no first name of the name after it.
            // "Alison Pryce, KC, told the jury": letters after a name, set off by commas.
            if (token.has(word_class::post_nominal) && i > 0 && tokens_[i - 1].is(",") &&
                i + 1 < tokens_.size() && !tokens_[i + 1].word) {
                if (!out_.mentions.empty() && out_.mentions.back().last + 1 == i &&
                    out_.mentions.back().entity != UINT32_MAX)
                    counsel_letters(out_.entities[out_.mentions.back().entity], token);
                ++i;
                continue;
            }
            // "Sen. Harold Whitcombe (R-Kan.)", "Paul Okafor-Reyes, D-Medford,": a party and a
            // state or district are no name; they are the person's, so "the Kansas Republican"
            // finds him.
            if (is_party_tag(token)) {
                if (!out_.mentions.empty() && i > 0 &&
                    (tokens_[i - 1].is("(") || tokens_[i - 1].is(",")))
                    if (Mention& before = out_.mentions.back();
                        before.last + 1 == i && before.entity != UINT32_MAX &&
                        out_.entities[before.entity].kind == EntityKind::person) {
                        Entity& person = out_.entities[before.entity];
                        static constexpr std::string_view kParties[] = {"democrat", "republican",
                                                                        "independent"};
                        const char party = token.lower[0];
                        add_title(person, kParties[party == 'd' ? 0 : party == 'r' ? 1 : 2]);
                        add_title(person, token.lower.substr(2));
                    }
                ++i;
                // ("Sen. Kyle Bratton, R-Lake Havasu City, who voted no": the rest of the place
                // up to the comma or bracket is no name either.)
                const uint32_t rest = i;
                while (i < tokens_.size() && i < rest + 3 && tokens_[i].word &&
                       tokens_[i].capitalised && tokens_[i].paragraph == token.paragraph)
                    ++i;
                if (i < tokens_.size() && !(tokens_[i].is(",") || tokens_[i].is(")"))) i = rest;
                continue;
            }
            // ("Sixteen-year-old Ellie Kellow": an age opening the sentence is no name's word;
            // "Airlines hit by global outage": nor a plural of bodies' kind, which "the airline"
            // would otherwise find.)
            if (!name_like || participle_before_name(i) || titles_a_name(i) ||
                token.lower.ends_with("-year-old") ||
                // ("Four gave low estimates": a number opening a sentence is no name.)
                // (Not before its noun: "Nine countries … have signed".)
                (i + 1 < tokens_.size() && tokens_[i + 1].word && !tokens_[i + 1].capitalised &&
                 opens_sentence(i) &&
                 ((kNumberWords.contains(token.lower) && !plural_word(tokens_[i + 1].lower)) ||
                  // ("Hours later, Getafe made …": a span of time is no name either.)
                  (time_span_after(token.lower) &&
                   (tokens_[i + 1].is("later") || tokens_[i + 1].is("earlier") ||
                    tokens_[i + 1].is("ago") || tokens_[i + 1].is("after") ||
                    tokens_[i + 1].is("before"))) ||
                  (plural_word(token.lower) && lexicon_.organisation_kinds.contains(token.lower)) ||
                  // ("Financial mentors say", "Energy prices rose": nor a business's word
                  // before a noun.)
                  // (Not "Bank of America said".)
                  (kind_is(token.lower, "business") &&
                   !tokens_[i + 1].has(word_class::cue_start | word_class::between) &&
                   !is_linking_preposition(tokens_[i + 1].lower) && !tokens_[i + 1].is("and"))))) {
                ++i;
                continue;
            }
            i = name_run(i);
        }
        // A descriptor before the full name ("the Russian president says ..." in a subtitle, the
        // name in the first paragraph) resolves to the first person it fits.
        for (const auto& [index, words] : pending_) {
            Mention& mention = out_.mentions[index];
            if (mention.entity != UINT32_MAX) continue;  // in apposition to a name
            mention.entity = resolve_descriptor(words, words.back(), false);
            // ("The father of three said" is no priest named next.)
            if (mention.entity == UINT32_MAX) parent_of(index);
            // (Not forward to a person named later when one named just before fits: "Graham
            // Whitlock never hides his feelings. ¶ “…,” the Almarza head coach said".)
            if (mention.entity == UINT32_MAX && untitled_subject_for(mention, words) == UINT32_MAX)
                lead_descriptor(index);
            if (mention.entity == UINT32_MAX) former_player(index);
        }
        lead_someone_named_next();
        // Once more for those still unresolved, now that the lead titles have been given to
        // their people: "Minister admits …" in a headline, then "The health secretary has …",
        // then "Sarah Pennington said".
        for (const auto& [index, words] : pending_)
            if (Mention& mention = out_.mentions[index]; mention.entity == UINT32_MAX)
                mention.entity = resolve_descriptor(words, words.back(), false);
        // Last: a role nobody in the article holds, after a person given none (see
        // untitled_subject_for).
        for (const auto& [index, words] : pending_)
            if (Mention& mention = out_.mentions[index]; mention.entity == UINT32_MAX)
                if (const uint32_t person = untitled_subject_for(mention, words);
                    person != UINT32_MAX)
                    mention.entity = person;
        // ("Gran-of-four Maureen Dawlish, 78, says … ¶ … ¶ The pensioner said": a word for what
        // someone is, nobody's title, is the one person of the article given an age, named
        // before it.)
        for (const auto& [index, words] : pending_)
            if (Mention& mention = out_.mentions[index];
                mention.entity == UINT32_MAX && tokens_[mention.first].is("the") &&
                mention.last == mention.first + 2 &&
                lexicon_.descriptions.contains(tokens_[mention.first + 1].lower))
                mention.entity = only_person_of_age(mention.first);
        lead_role_named_later();
        lead_body_named_later();
        given_names_read_as_titles();
        headline_names_cut_at_surname();
        if (out_.writer.empty()) writer_of_name_line();
        credits_open_no_clause();
        return std::move(out_);
    }

    // "Photograph: Ben Stroud/PA", "(Photo by Ana Ruiz/Getty Images)": the photographer a
    // caption credits is nobody a later "he" or "she" means.
    void credits_open_no_clause() {
        static const WordList kCredited = {"photograph", "photographs", "photo", "photos",
                                           "picture",    "pictures",    "image", "images",
                                           "credit",     "illustration"};
        for (Mention& m : out_.mentions)
            if (m.subject && m.first >= 2 &&
                (tokens_[m.first - 1].is(":") || tokens_[m.first - 1].is("by")) &&
                kCredited.contains(tokens_[m.first - 2].lower))
                m.subject = false;
    }

    // "Furious 'Mad Mick' Rourke says …" in the headline, then "Mick Rourke" in the body: a
    // person the headline named with a word that is no given name before the surname (an
    // epithet, a nickname's neighbour) is the one the body names in full.
    bool headline_epithet_name(uint32_t entity, uint32_t first) const {
        if (tokens_[first].paragraph == 0 ||
            tokens_[first].has(word_class::title | word_class::role | word_class::organisation |
                               word_class::not_name))
            return false;
        const Entity& named = out_.entities[entity];
        const size_t space = named.name.find(' ');
        if (named.kind != EntityKind::person || space == std::string::npos ||
            named.name.find(' ', space + 1) != std::string::npos ||
            (lexicon_.classes_of(lowercase_ascii(std::string_view(named.name).substr(0, space))) &
             (word_class::male | word_class::female)))
            return false;
        // (Not one the body has named so in full since: "Wade Calloway … Calloway's mom, Darlene
        // Calloway" is his mother.)
        bool seen = false;
        for (const Mention& m : out_.mentions) {
            if (m.entity != entity) continue;
            const bool in_body = tokens_[m.first].paragraph != 0;
            if (!seen && in_body) return false;
            seen = true;
            if (in_body && m.form == MentionForm::name && m.last >= m.first + 2) return false;
        }
        return seen;
    }

    // "Wren Castellanos Lost Her Voice" in a headline in title case, then "Castellanos said":
    // the person the headline's run of capitals named is called by a word inside it, so their
    // name ends at that word ("Wren Castellanos").
    void headline_names_cut_at_surname() {
        if (out_.mentions.empty() || tokens_[out_.mentions.front().first].paragraph != 0 ||
            !title_case_headline())
            return;
        for (const Mention& headline : out_.mentions) {
            if (tokens_[headline.first].paragraph != 0) break;
            if (headline.entity == UINT32_MAX || headline.form != MentionForm::name) continue;
            Entity& entity = out_.entities[headline.entity];
            if (entity.kind != EntityKind::person ||
                std::count(entity.name.begin(), entity.name.end(), ' ') < 2)
                continue;
            const std::string lower = lowercase_ascii(entity.name);
            for (const Mention& later : out_.mentions) {
                if (later.entity != headline.entity || tokens_[later.first].paragraph == 0 ||
                    later.form != MentionForm::name)
                    continue;
                const std::string_view surname = tokens_[later.last - 1].lower;
                const size_t at = lower.find(surname);
                const size_t past = at + surname.size();
                if (at == std::string::npos || past >= lower.size() || lower[past] != ' ' ||
                    (at > 0 && lower[at - 1] != ' '))
                    continue;
                entity.name.resize(past);
                break;
            }
        }
    }

    // "Grazier Col Fitzsimmons … Mr Fitzsimmons said": a colonel is no "Mr"; "Col" before a
    // surname the article later gives a courtesy title is the Australian given name. So is
    // "Con" (a constable's abbreviation in British police titles): "The couple's son, Con
    // Karagiannis, … Mr Karagiannis said".
    void given_names_read_as_titles() {
        for (Entity& entity : out_.entities) {
            if (entity.kind != EntityKind::person || entity.name.find(' ') != std::string::npos ||
                !(entity.holds_title("mr") || entity.holds_title("mrs") ||
                  entity.holds_title("ms")))
                continue;
            if (entity.holds_title("col") && !entity.holds_title("lt"))
                entity.name = "Col " + entity.name;
            else if (entity.holds_title("con") && !entity.holds_title("det") &&
                     !entity.holds_title("pc"))
                entity.name = "Con " + entity.name;
        }
    }

    // "… has been jailed, with a judge describing his decision as “callous”" in a court
    // report's lead, then "Judge Orla Keaveney said": the case's one judge, named later; so
    // too "with one senior physician warning …" and "Dr Mei-Lin Cheong, a senior physician": the
    // one person the article gives all the lead's words for the role.
    // "A Sheffield steelmaker … is to cut 180 jobs, blaming … what it called “unfair”
    // competition. ¶ Don Valley Forgings, which employs 620 people, said": a body the lead
    // brings in with "a" is the one named first as a subject in that paragraph or the next,
    // when that one's name tells no other kind.
    void lead_body_named_later() {
        for (const Mention& m : out_.mentions) {
            const uint32_t paragraph = tokens_[m.first].paragraph;
            if (paragraph > 2) break;
            if (m.form != MentionForm::descriptor || m.entity == UINT32_MAX ||
                !(tokens_[m.first].is("a") || tokens_[m.first].is("an")) ||
                out_.entities[m.entity].kind != EntityKind::organisation)
                continue;
            const uint32_t body = m.entity;
            const std::string_view head = tokens_[m.last - 1].lower;
            uint32_t named = UINT32_MAX;
            for (const Mention& n : out_.mentions) {
                if (n.first <= m.first) continue;
                if (tokens_[n.first].paragraph > paragraph + 1) break;
                if (n.form != MentionForm::name || n.entity == UINT32_MAX || n.entity == body ||
                    !n.subject || n.possessive)
                    continue;
                const Entity& entity = out_.entities[n.entity];
                if (entity.kind == EntityKind::organisation && proper_name(entity) &&
                    kinds_agree(n.entity, head))
                    named = n.entity;
                break;  // (only the first subject named)
            }
            if (named == UINT32_MAX) continue;
            for (Mention& other : out_.mentions)
                if (other.entity == body) other.entity = named;
            return;
        }
    }

    void lead_role_named_later() {
        for (Mention& m : out_.mentions) {
            if (tokens_[m.first].paragraph > 3) break;
            if (m.form != MentionForm::descriptor || m.entity != UINT32_MAX ||
                !(tokens_[m.first].is("a") || tokens_[m.first].is("an") ||
                  tokens_[m.first].is("one") || tokens_[m.first].is("the")) ||
                !tokens_[m.last - 1].has(word_class::role | word_class::title))
                continue;
            // (Not the court's level: "A federal judge on Friday blocked …" is "U.S. District
            // Judge Teresa M. Alvarado".)
            static const WordList kJurisdiction = {"federal", "state", "county", "local"};
            std::vector<std::string_view> words;
            for (uint32_t k = m.first + 1; k + 1 < m.last; ++k)
                if (tokens_[k].word && !kJurisdiction.contains(tokens_[k].lower))
                    words.push_back(tokens_[k].lower);
            // (The head, or another word for it: "with the judge calling …" is Justice Harinder
            // Sandhu's.)
            const std::string_view head = tokens_[m.last - 1].lower;
            uint32_t holder = UINT32_MAX;
            for (uint32_t e = 0; e < out_.entities.size(); ++e) {
                const Entity& entity = out_.entities[e];
                if (entity.kind != EntityKind::person ||
                    !(entity.holds_title(head) || holds_synonym(entity, head)) ||
                    !std::all_of(words.begin(), words.end(),
                                 [&](std::string_view w) { return entity.holds_title(w); }))
                    continue;
                if (holder != UINT32_MAX) {  // two of them: which, the lead does not say
                    holder = UINT32_MAX;
                    break;
                }
                holder = e;
            }
            if (holder != UINT32_MAX) m.entity = holder;
        }
    }

  private:
    // "Helen Aldous ¶ Thu 6 Jun 2024", "Ellie Sandoval ¶ BuzzFeed News Reporter": a byline
    // with no "By", a name alone in one of the first paragraphs, then a date or the writer's
    // job.
    void writer_of_name_line() {
        static const WordList kJobs = {"reporter",  "correspondent", "editor",     "writer",
                                       "columnist", "journalist",    "contributor"};
        uint32_t k = 0;
        while (k < tokens_.size() && tokens_[k].paragraph < 6) {
            const uint32_t paragraph = tokens_[k].paragraph;
            uint32_t end = k;
            while (end < tokens_.size() && tokens_[end].paragraph == paragraph) ++end;
            const bool name_alone =
                paragraph > 0 && end - k >= 2 && end - k <= 3 && end < tokens_.size() &&
                std::all_of(tokens_.begin() + k, tokens_.begin() + end, [](const Token& t) {
                    return t.word && t.capitalised && !t.possessive &&
                           !t.has(word_class::not_name | word_class::title);
                });
            if (name_alone) {
                const Token& next = tokens_[end];
                bool dated =
                    is_month(next) || (next.word && next.lower[0] >= '0' && next.lower[0] <= '9');
                for (uint32_t j = end; !dated && j < tokens_.size() && j < end + 6 &&
                                       tokens_[j].paragraph == next.paragraph;
                     ++j)
                    dated = kJobs.contains(tokens_[j].lower) || is_month(tokens_[j]);
                if (dated) {
                    out_.writer = display_name(k, end);
                    return;
                }
            }
            k = end;
        }
    }

    // "By Lydia Marchetti": the writer, when the article's first byline names one person
    // alone (two to four capitalised words after "By"; not "By Ann Lee and Tom Hay").
    void writer_of_byline(uint32_t first, uint32_t end) {
        if (!out_.writer.empty() || !tokens_[first].is("by")) return;
        uint32_t last = first + 1;
        while (last < end && tokens_[last].word && tokens_[last].capitalised &&
               !tokens_[last].has(word_class::not_name))
            ++last;
        if (last - first < 3 || last - first > 5 ||
            (last < end && !tokens_[last].is(",") && !tokens_[last].is("|")))
            return;
        out_.writer = display_name(first + 1, last);
        // (A second byline later: no one writer.)
        for (uint32_t k = last; k < end; ++k)
            if (tokens_[k].is("and") || tokens_[k].is("&")) out_.writer.clear();
    }

    // "By Nadia Rahman, Science Correspondent", "Reporting by Andrew Osborn; Editing by Mark
    // Trevelyan": a paragraph that only names the article's writers, who quote no one in it
    // and are never a later "he" or "she". The token after the paragraph when `first` opens
    // one; `first` otherwise.
    uint32_t byline_end(uint32_t first) const {
        const uint32_t paragraph = tokens_[first].paragraph;
        if (first > 0 && tokens_[first - 1].paragraph == paragraph) return first;
        uint32_t by = first;
        // "Staff Reporter", "Our Correspondent": a credit alone in its paragraph.
        if (first + 1 < tokens_.size() && tokens_[first + 1].paragraph == paragraph &&
            (first + 2 >= tokens_.size() || tokens_[first + 2].paragraph != paragraph) &&
            tokens_[first].capitalised && tokens_[first + 1].capitalised) {
            static constexpr std::string_view kCredits[] = {"reporter", "correspondent", "writer",
                                                            "desk", "bureau"};
            static constexpr std::string_view kWho[] = {"staff", "our", "special", "news"};
            if (std::find(std::begin(kWho), std::end(kWho), tokens_[first].lower) !=
                    std::end(kWho) &&
                std::find(std::begin(kCredits), std::end(kCredits), tokens_[first + 1].lower) !=
                    std::end(kCredits))
                return first + 2;
        }
        if (!tokens_[first].is("by")) {
            // ("Words: Theo Brandt · Photos: Amaka Eze", "Photographs by …": a feature's credits.)
            static constexpr std::string_view kRoles[] = {
                "reporting", "editing",     "writing",    "additional", "compiled",
                "written",   "words",       "text",       "story",      "photos",
                "pictures",  "photographs", "photography"};
            if (std::find(std::begin(kRoles), std::end(kRoles), tokens_[first].lower) ==
                std::end(kRoles))
                return first;
            by = first + 1;
            if (by < tokens_.size() && tokens_[by].is("reporting")) ++by;
            if (by >= tokens_.size() || !(tokens_[by].is("by") || tokens_[by].is(":")))
                return first;
        }
        if (!tokens_[first].capitalised || by + 1 >= tokens_.size() ||
            !tokens_[by + 1].capitalised || tokens_[by + 1].paragraph != paragraph)
            return first;
        uint32_t end = first;
        for (; end < tokens_.size() && tokens_[end].paragraph == paragraph; ++end) {
            const Token& t = tokens_[end];
            if (end - first > 20 || !t.outside() || t.has(word_class::cue_start)) return first;
        }
        return end;
    }

    bool joins(uint32_t a, uint32_t b) const {
        return b < tokens_.size() && tokens_[b].outside() &&
               tokens_[b].paragraph == tokens_[a].paragraph;
    }
    // (Asked of every word of the article: kept inline in the loop of run(), which grew past
    // what the compiler inlines by itself.)
    [[gnu::always_inline]] bool starts_name(const Token& token) const {
        // ("“…,” al-Mahmoud said": a surname may open with its particle in lower case.)
        // ("A. Jayanthi Devi": the article's letter with a period is an initial.)
        return token.word && (token.capitalised || lowercase_particle(token)) &&
               (!token.has(word_class::not_name) || token.possessive || known_surname(token) ||
                (token.is("a") && token.span.size() == 2) || calendar_given_name(token) ||
                surname_before_name(token));
    }
    // "Sun Guoqiang": a Chinese or Korean surname that is also a word no name holds (the
    // day's "Sun"), before a capitalised word.
    bool surname_before_name(const Token& token) const {
        if (!token.capitalised || token.lower.size() > 4 ||
            !lexicon_.surnames_first.contains(token.lower))
            return false;
        const uint32_t k = static_cast<uint32_t>(&token - tokens_.data());
        return joins(k, k + 1) && tokens_[k + 1].word && tokens_[k + 1].capitalised &&
               !tokens_[k + 1].has(word_class::not_name);
    }
    // "Enyimba captain, Sunday Okonkwo,", "said April Reign", "June Carter said": a day's or a
    // month's name before a surname is a given name, unless a word of time comes before it
    // ("on Sunday Okonkwo said", "last May Smith"); before an outlet's word it opens the
    // outlet's name ("the Sunday Times").
    bool calendar_given_name(const Token& token) const {
        static const WordList kCalendar = {"monday",   "tuesday", "wednesday", "thursday", "friday",
                                           "saturday", "sunday",  "january",   "april",    "may",
                                           "june",     "july",    "august"};
        if (!token.capitalised || !kCalendar.contains(token.lower)) return false;
        const uint32_t k = static_cast<uint32_t>(&token - tokens_.data());
        if (!joins(k, k + 1)) return false;
        const Token& next = tokens_[k + 1];
        // ("told the Sunday Times": a paper's name, whatever comes before.)
        if (next.word && next.capitalised && next.has(word_class::outlet_suffix)) return true;
        if (!next.word || !next.capitalised || next.possessive ||
            next.has(word_class::not_name | word_class::organisation | word_class::title |
                     word_class::role) ||
            next.lower.size() < 2 || all_capitals(next) ||
            (next.lower[0] >= '0' && next.lower[0] <= '9'))
            return false;
        if (k == 0) return false;
        const Token& before = tokens_[k - 1];
        static const WordList kTimeWords = {"on",     "in",   "by",    "since",   "until",  "till",
                                            "from",   "last", "next",  "this",    "every",  "each",
                                            "of",     "the",  "to",    "through", "before", "after",
                                            "during", "that", "early", "late",    "mid"};
        return !(before.word && kTimeWords.contains(before.lower));
    }
    // "Theresa May … May said", "Sun Li-fang … Sun said": a word that names no one by itself
    // (a month, a day) is a surname the article has given.
    bool known_surname(const Token& token) const {
        return token.capitalised && token.lower.size() <= 9 &&
               !token.has(word_class::determiner | word_class::person_pronoun |
                          word_class::group_pronoun | word_class::between |
                          word_class::cue_start) &&
               by_last_.contains(token.lower);
    }
    // "al-Mahmoud", "bin-Salman": a lower-case particle and a dash, first looked at in two
    // bytes, since every lower-case word of the article comes here.
    [[gnu::always_inline]] bool lowercase_particle(const Token& token) const {
        const std::string_view word = token.lower;
        return word.size() >= 4 && (word[2] == '-' || word[3] == '-') && particle_joined(token);
    }
    // An -ing word at a sentence's start, before a capitalised word, and no known first name
    // (Sterling, Irving and the like are: they are in the lexicon's lists of first names).
    bool participle_before_name(uint32_t i) const {
        const Token& token = tokens_[i];
        if (token.lower.size() < 6 || !token.lower.ends_with("ing") || token.possessive ||
            token.has(word_class::male | word_class::female | word_class::title))
            return false;
        if (i + 1 >= tokens_.size() || !tokens_[i + 1].word ||
            tokens_[i + 1].paragraph != token.paragraph)
            return false;
        // ("Talking to Dawn after the session, …": a participle before its preposition too.)
        if (!tokens_[i + 1].capitalised && !after_preposition(i + 2)) return false;
        // ("Downing Street later said": a street's name, not a participle.)
        static const WordList kStreets = {"street", "road", "lane", "avenue", "square",
                                          "place",  "hall", "park", "way"};
        if (kStreets.contains(tokens_[i + 1].lower)) return false;
        // ("Cycling Ireland said", "Swimming Australia": a sport's governing body.)
        static const WordList kSports = {"cycling",   "swimming", "rowing",  "sailing", "boxing",
                                         "shooting",  "skating",  "skiing",  "diving",  "fencing",
                                         "wrestling", "bowling",  "curling", "climbing"};
        if (kSports.contains(token.lower) && tokens_[i + 1].capitalised) return false;
        // ("Sporting Valverde confirmed": not when the two were named together before.)
        if (tokens_[i + 1].capitalised &&
            by_full_.contains(std::string(token.lower).append(" ").append(tokens_[i + 1].lower)))
            return false;
        if (i == 0 || tokens_[i - 1].paragraph != token.paragraph) return true;
        const Token& before = tokens_[i - 1];
        return !before.word && (before.is(".") || before.is("!") || before.is("?") ||
                                before.is(":") || before.is(";"));
    }
    // "Meridian Freight CEO Dana Whitfield": the body's name before a title in a person's name
    // run is the body's, which the article may name again by its first word ("Meridian said").
    void body_before_title(uint32_t start, uint32_t name_start, uint32_t end) {
        // (A person's: not "Great Lakes Community Health Plan".)
        if (tokens_[end - 1].has(word_class::organisation)) return;
        uint32_t k = start;
        while (k < name_start && tokens_[k].word && tokens_[k].capitalised &&
               !tokens_[k].possessive &&
               !tokens_[k].has(word_class::title | word_class::role | word_class::honorific |
                               word_class::not_name))
            ++k;
        if (k < start + 2 || k == name_start || !tokens_[k - 1].has(word_class::organisation) ||
            !is_title(tokens_[k]) || !tokens_[k].has(word_class::role))
            return;
        const std::string_view full = lower_words(start, k);
        if (by_full_.find(full)) return;
        MentionForm form = MentionForm::name;
        entity_for_name(start, k, full, k - start, false, form);
    }
    // "a hardware store on Main Street", "off Church Lane": a word that ends a street's name as
    // well as a surname (so not among the place features) is the street's after a preposition
    // of place, or before a word for what stands there.
    bool street_after_preposition(uint32_t first, uint32_t last) const {
        static const WordList kStreetEnds = {"street", "lane", "hill",    "park",
                                             "drive",  "row",  "terrace", "close"};
        static const WordList kAlong = {"on",   "along", "off",  "near", "down",
                                        "onto", "up",    "past", "at"};
        if (!kStreetEnds.contains(tokens_[last - 1].lower)) return false;
        // ("Ashcombe Wanderers’ Holloway Lane training ground": or before what stands there.)
        static const WordList kSites = {"training", "ground", "stadium", "estate", "station",
                                        "site",     "campus", "depot",   "store",  "branch"};
        if (last < tokens_.size() && tokens_[last].word && !tokens_[last].capitalised &&
            tokens_[last].paragraph == tokens_[first].paragraph &&
            kSites.contains(tokens_[last].lower))
            return true;
        return first > 0 && tokens_[first - 1].paragraph == tokens_[first].paragraph &&
               kAlong.contains(tokens_[first - 1].lower);
    }
    bool is_title(const Token& token) const {
        return token.has(word_class::title) || token.has(word_class::honorific);
    }

    static bool is_name_suffix(const Token& token) {
        for (std::string_view suffix : {"jr", "sr", "ii", "iii", "iv"})
            if (token.lower == suffix) return true;
        return false;
    }

    bool opens_clause(uint32_t first) const {
        if (first == 0) return true;
        const Token& before = tokens_[first - 1];
        if (before.paragraph != tokens_[first].paragraph) return true;
        if (!before.outside()) {
            // After a quotation that ends in its own punctuation ("“We will win,” coach Dan
            // Wiley said"), a new clause; after quoted words that modify what follows
            // ("married to “rock ’n’ roll” drummer Vince Castell"), none.
            const Token& last =
                first >= 2 && !before.word && tokens_[first - 2].quote == before.quote
                    ? tokens_[first - 2]
                    : before;
            return !last.word;
        }
        if (!before.word) return before.lower != "(" && !listed_place(first);
        static const WordList openers(kClauseOpeners);
        if (!openers.contains(before.lower)) return false;
        // "eight albums as a leader", "worked as an adviser": what someone was, no subject.
        // ("sworn in as Chief Minister": an office too.)
        if (before.is("as") && (tokens_[first].is("a") || tokens_[first].is("an") ||
                                tokens_[first].has(word_class::title | word_class::role)))
            return false;
        // "in the Pine Ridge and Canyon View neighborhoods": "and" after a word joins two
        // names; after a comma it opens a clause, unless it ends a list a preposition brings
        // in ("towards Keflavík, Vogar, and the capital area").
        // ("pulled up the Municipal Corporation of Delhi (MCD) and the Public Works Department":
        // a name's letters in brackets end a name as its word does.)
        if (!before.is("and") || first < 2) return true;
        // ("with her son Alfie, seven, and daughter Mia, four,": after someone's age set off by
        // commas, "and" goes on a list of people.)
        static const WordList kChildAges = {
            "one",     "two",     "three",     "four",     "five",    "six",      "seven",
            "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        if (first >= 5 && tokens_[first - 2].is(",") && tokens_[first - 4].is(",") &&
            (is_age(tokens_[first - 3]) || kChildAges.contains(tokens_[first - 3].lower)))
            return false;
        return !tokens_[first - 2].word && !tokens_[first - 2].is(")") &&
               !ends_listed_names(first - 2);
    }

    // Whether the comma at `comma` ends a list of capitalised names a preposition brings in:
    // "towards Keflavík, Vogar," before "and".
    bool ends_listed_names(uint32_t comma) const {
        // (The linking prepositions and those that bring in where something goes or lies.)
        static const WordList kListing = {"towards", "toward", "across", "into",  "between",
                                          "through", "around", "over",   "among", "including"};
        // (A list: a comma between names too, not "in Lekki, and Tomi wants".)
        uint32_t k = comma;
        bool names = false;
        bool list = false;
        while (k > 0 && comma - k < 12) {
            const Token& t = tokens_[k - 1];
            if (t.paragraph != tokens_[comma].paragraph || !t.outside()) return false;
            if (t.is(",")) {
                list = list || names;
                --k;
                continue;
            }
            if (!t.word) return false;
            if (t.capitalised) {
                names = true;
                --k;
                continue;
            }
            return list && (is_linking_preposition(t.lower) || kListing.contains(t.lower));
        }
        return false;
    }

    // Whether the name at `first`, after a comma, is an item of a list of places a preposition
    // brings in: "residents of Kadauri, Dan Gulbi and Ruwan Tsamiya" (no one "he" may mean).
    bool listed_place(uint32_t first) const {
        if (first < 3 || !tokens_[first - 1].is(",")) return false;
        // (Not someone titled: "Back on Granville Street, Ms Whittaker and her children".)
        if (tokens_[first].has(word_class::honorific | word_class::title)) return false;
        uint32_t k = first - 1;
        while (k > 0 && first - k < 5 && tokens_[k - 1].word && tokens_[k - 1].capitalised) --k;
        if (k == first - 1 || k == 0 || !tokens_[k - 1].word ||
            !is_linking_preposition(tokens_[k - 1].lower))
            return false;
        uint32_t after = first;
        while (after < tokens_.size() && after - first < 4 && tokens_[after].word &&
               tokens_[after].capitalised)
            ++after;
        // (Not a given name and a surname with an age: "At a shelter … in Hazard, Brenda
        // Sizemore, 58, sat"; "residents of Kadauri, Dan Gulbi and Ruwan Tsamiya" are places.)
        if (after - first >= 2 && tokens_[first].has(word_class::male | word_class::female) &&
            after + 1 < tokens_.size() && tokens_[after].is(",") && is_age(tokens_[after + 1]))
            return false;
        // (And a name after "and" too: not "…, Ms Whittaker and her children".)
        return after + 1 < tokens_.size() &&
               ((tokens_[after].is("and") && tokens_[after + 1].capitalised) ||
                tokens_[after].is(","));
    }

    // "Springer admitted … . Barbados have not had an opening stand above 30": a name no first
    // name, title or gender makes a person's, before a plural verb, is a team or a body (as
    // British and Commonwealth house style writes them), whom no later "he" means. (Not one
    // of a pair: "Smith and Jones were".)
    void plural_verb_after(const Mention& mention) {
        if (mention.form != MentionForm::name || mention.entity == UINT32_MAX ||
            mention.possessive || mention.last >= tokens_.size() || !mention.subject)
            return;
        Entity& entity = out_.entities[mention.entity];
        const Token& verb = tokens_[mention.last];
        if ((entity.kind != EntityKind::person && entity.kind != EntityKind::unknown) ||
            entity.gender != Gender::unknown || !entity.title_words.empty() || !verb.outside() ||
            !(verb.is("have") || verb.is("are") || verb.is("were")))
            return;
        if (mention.first > 0 &&
            (tokens_[mention.first - 1].is("and") || tokens_[mention.first - 1].is("&") ||
             tokens_[mention.first - 1].is(",")))
            return;
        // (Nor a plural word for people, "Critics have said", "Residents are": a word the
        // lexicon knows in any form, or writes in lower case elsewhere, is no name; nor a
        // word named for the first time, "Staff were told".)
        for (uint32_t k = mention.first; k < mention.last; ++k)
            if (tokens_[k].classes != 0 || lexicon_.singular_classes_of(tokens_[k].lower) != 0 ||
                lower_case_elsewhere(k))
                return;
        if (std::none_of(out_.mentions.begin(), out_.mentions.end(),
                         [&](const Mention& m) { return m.entity == mention.entity; }))
            return;
        entity.kind = EntityKind::organisation;
    }

    // Whether the descriptor at `first` brings in a body by the way, with "a" or as a part of
    // another ("its", "their"): "a Type 3 incident management team had been ordered. “…,” the
    // agency said", "its Soil and Water Conservation Division offers … ¶ “…,” the agency said"
    // mean the body that ordered it, whose division it is.
    bool brings_in_part(uint32_t first) const {
        const Token& t = tokens_[first];
        return t.is("a") || t.is("an") || t.is("its") || t.is("their");
    }

    // "a spokesperson for the festival said", "one resident of the block told", "a friend of
    // the family, who …": one or two common nouns after a role's "for the" or "of the", right
    // before a speech verb or a comma, are whom or what the person is of. Where they end, or 0.
    // ("a staff member at the facility told", "the managing director of a northern state discom
    // told": after "at" too, or "a", up to four words, right before a speech verb.)
    uint32_t spoken_for_end(uint32_t head, uint32_t for_at, uint32_t k) const {
        const bool at = tokens_[for_at].is("at");
        if (!(at || tokens_[for_at].is("for") || tokens_[for_at].is("of")) || k != for_at + 2 ||
            !(tokens_[k - 1].is("the") || tokens_[k - 1].is("a") || tokens_[k - 1].is("an")) ||
            !tokens_[head].has(word_class::role))
            return 0;
        const bool definite_for = !at && tokens_[k - 1].is("the");
        uint32_t tail = k;
        while (tail < tokens_.size() && tail < k + (definite_for ? 2 : 4) && tokens_[tail].word &&
               tokens_[tail].outside() && !tokens_[tail].capitalised &&
               !tokens_[tail].has(word_class::cue_start))
            ++tail;
        if (tail == k || tail >= tokens_.size() || !tokens_[tail].outside() ||
            tokens_[tail].paragraph != tokens_[k].paragraph)
            return 0;
        if (tokens_[tail].has(word_class::cue_start)) return tail;
        return definite_for && tokens_[tail].is(",") ? tail : 0;
    }

    static bool verb_after_name_in_s(const Token& next) {
        static const WordList kVerbs = {"said", "says", "told", "added", "stated", "insisted"};
        return next.word && next.outside() && !next.capitalised && kVerbs.contains(next.lower);
    }

    // `span_first`: where the words that name the entity begin, after any title context.
    void add(Mention&& mention, uint32_t span_first = UINT32_MAX) {
        if (span_first == UINT32_MAX) span_first = mention.first;
        mention.span = {tokens_[span_first].span.start, tokens_[mention.last - 1].span.end};
        mention.possessive = tokens_[mention.last - 1].possessive;
        // "Bruno Guimarães’ ankle": an apostrophe alone after a name in s (the tokenizer leaves
        // it out of the word when a space follows).
        if (const uint32_t after = mention.last;
            !mention.possessive && after + 1 < tokens_.size() && tokens_[after].outside() &&
            (tokens_[after].is("'") || tokens_[after].is("\xE2\x80\x99")) &&
            tokens_[after].span.start == tokens_[after - 1].span.end &&
            tokens_[after - 1].span.in(text_).ends_with("s") && tokens_[after + 1].word &&
            !tokens_[after + 1].capitalised && tokens_[after + 1].outside())
            mention.possessive = true;
        // ("St Colman’s said", "Sainsbury's told investors": a name that ends in "'s" is the
        // subject of the verb after it; a possessive comes before a noun, never before "said".)
        if (mention.possessive && mention.form == MentionForm::name &&
            mention.last < tokens_.size() && verb_after_name_in_s(tokens_[mention.last]))
            mention.possessive = false;
        if (mention.possessive) {
            // The mention is the name without its "'s".
            mention.span.end -= tokens_[mention.last - 1].suffix_bytes();
        }
        mention.subject = opens_clause(mention.first);
        // ("For Ms Okafor's children, Zara, 9, and Eli, 6, the past weeks were hard": children
        // named in apposition to their word open no clause.)
        if (mention.subject && mention.form == MentionForm::name && mention.first >= 2 &&
            tokens_[mention.first - 1].is(",")) {
            static const WordList kChildren = {
                "children",       "kids",     "sons",     "daughters", "grandchildren", "grandsons",
                "granddaughters", "siblings", "brothers", "sisters",   "twins"};
            if (kChildren.contains(tokens_[mention.first - 2].lower)) mention.subject = false;
        }
        // ("The City rejected the claim": a name after the "The" that opens the clause.)
        if (!mention.subject && mention.form == MentionForm::name && mention.first > 0 &&
            tokens_[mention.first - 1].is("the") && tokens_[mention.first - 1].capitalised &&
            opens_clause(mention.first - 1))
            mention.subject = true;
        plural_verb_after(mention);
        if (mention.first > 0) {
            const Token& before = tokens_[mention.first - 1];
            // ("So would Kell ever consider dating again?": the subject after the auxiliary
            // that opens a question.)
            if (!mention.subject && before.word && opens_question(mention.first - 1))
                mention.subject = true;
        }
        // ("According to the Bermuda Police Service, there were 14 incidents, which it
        // described as …": whom a sentence opens on as its source is whom a later "it" or "he"
        // may mean.)
        if (!mention.subject && mention.last < tokens_.size() && tokens_[mention.last].is(",") &&
            after_according_to(tokens_, mention.first) && opens_sentence(mention.first - 2))
            mention.subject = true;
        // ("finished his career as Santa Fe's all-time leading scorer": what someone was, a
        // possessive's role after "as", brings in no subject.)
        if (mention.subject && mention.possessive && mention.first > 0 &&
            tokens_[mention.first - 1].is("as"))
            mention.subject = false;
        // ("Back in Manila, dela Cruz's performance drew …": a surname's particle, in lower
        // case, before it.)
        if (!mention.subject && mention.first > 1 && mention.form == MentionForm::name &&
            !tokens_[mention.first - 1].capitalised &&
            tokens_[mention.first - 1].has(word_class::name_particle))
            mention.subject = opens_clause(mention.first - 1);
        // "She grew up in the town, the daughter of a dockworker": whose child someone is, set
        // off by a comma, says more of the subject; it brings in nobody.
        if (mention.subject && mention.form == MentionForm::descriptor && mention.first > 0 &&
            tokens_[mention.first - 1].is(",") && tokens_[mention.first].is("the") &&
            mention.last + 1 < tokens_.size() && tokens_[mention.last].is("of") &&
            (tokens_[mention.last + 1].is("a") || tokens_[mention.last + 1].is("an")) &&
            tokens_[mention.last - 1].has(word_class::relative))
            mention.subject = false;
        // "Prosecuting, Chief Inspector Elijah Quaye told the court … the prosecutor stated":
        // who prosecutes, or defends, in a court report; "The court, presided over by Her
        // Honour Mrs Comfort Tetteh, … the judge said": who presides.
        if (mention.form == MentionForm::name && mention.first >= 2 &&
            tokens_[mention.first - 1].lower.size() <= 3 &&  // ",", "by", "her", "his"
            mention.entity != UINT32_MAX &&
            out_.entities[mention.entity].kind == EntityKind::person) {
            // (After the style's "His" or "Her": "by Her Honour Mrs …".)
            const uint32_t k = mention.first >= 3 && (tokens_[mention.first - 1].is("her") ||
                                                      tokens_[mention.first - 1].is("his"))
                                   ? mention.first - 1
                                   : mention.first;
            const Token& before = tokens_[k - 1];
            const Token& word = tokens_[k - 2];
            Entity& person = out_.entities[mention.entity];
            if (before.is(",") && word.is("prosecuting") && opens_sentence(k - 2))
                add_title(person, "prosecutor");
            else if (before.is(",") && word.is("defending") && opens_sentence(k - 2))
                add_title(person, "counsel");
            else if (k >= 3 && before.is("by") && word.is("over") && tokens_[k - 3].is("presided"))
                add_title(person, "judge");
        }
        // "NEW YORK, Aug 2 (Reuters) -": a dateline's place is no one a pronoun may mean.
        if (mention.form == MentionForm::name && mention.entity != UINT32_MAX &&
            is_dateline(text_, tokens_, mention)) {
            mention.subject = false;
            // ("PORT ST. JOE, Fla. (AP) —": nor a body, whatever words of bodies its place's
            // name holds, when in capitals as datelines are.)
            if (Entity& place = out_.entities[mention.entity];
                (place.kind == EntityKind::person && place.title_words.empty()) ||
                (place.kind == EntityKind::organisation && all_capitals(tokens_[mention.first]) &&
                 all_capitals(tokens_[mention.last - 1])))
                place.kind = EntityKind::unknown;
        }
        // "the provinces with the most cases were Siem Reap, Kampong Cham, Battambang, Prey Veng
        // and Phnom Penh": the third of three names or more in a list, each set off by a comma,
        // and the names before it are nobody a "he", "she" or "it" means.
        if (mention.form == MentionForm::name && mention.first > 0 &&
            tokens_[mention.first - 1].is(",") && !mention.possessive &&
            out_.mentions.size() >= 2 && mention.last < tokens_.size() &&
            (tokens_[mention.last].is(",") || tokens_[mention.last].is("and"))) {
            const auto listed = [&](const Mention& item, uint32_t next) {
                return item.form == MentionForm::name && !item.possessive &&
                       item.last + 1 == next && tokens_[item.last].is(",");
            };
            Mention& second = out_.mentions.back();
            Mention& first = out_.mentions[out_.mentions.size() - 2];
            if (listed(second, mention.first) && listed(first, second.first)) {
                mention.subject = false;
                second.subject = false;
                first.subject = false;
            }
        }
        // "subpoenas to the former district engineer, Engr. Rolando Mercado, and …": a name in
        // apposition to a preposition's object is no subject either. (Set off by commas on
        // both sides: "In one voicemail, played to the court, Pilkington could be heard" opens
        // the sentence's main clause.)
        if (mention.subject && mention.form == MentionForm::name && !out_.mentions.empty() &&
            tokens_[mention.first - 1].is(",") && mention.last < tokens_.size() &&
            tokens_[mention.last].is(","))
            if (const Mention& before = out_.mentions.back();
                before.form == MentionForm::descriptor && before.last + 1 == mention.first &&
                !before.subject && before.first > 0 &&
                is_linking_preposition(tokens_[before.first - 1].lower))
                mention.subject = false;
        // "Greens councillor for The Gabba, Tavita Fonoti, questioned …": a person named in
        // apposition to a role that opens the sentence (capitalised words, the role, and where
        // or what it is for) is the sentence's subject, not the words before.
        if (!mention.subject && mention.form == MentionForm::name && mention.first >= 4 &&
            tokens_[mention.first - 1].is(",") && mention.last < tokens_.size() &&
            tokens_[mention.last].is(",") && mention.entity != UINT32_MAX &&
            out_.entities[mention.entity].kind == EntityKind::person) {
            uint32_t open = mention.first - 1;
            bool role = false;
            while (open > 0 && mention.first - open < 10 && !opens_sentence(open)) {
                const Token& t = tokens_[open - 1];
                if (!t.word || !t.outside()) break;
                role = role || (!t.capitalised && t.has(word_class::role | word_class::title));
                if (!t.capitalised && !t.is("for") && !t.is("of") && !t.is("the") &&
                    !t.has(word_class::role | word_class::title))
                    break;
                --open;
            }
            if (role && opens_sentence(open) && tokens_[open].capitalised) {
                mention.subject = true;
                for (auto it = out_.mentions.rbegin();
                     it != out_.mentions.rend() && it->first >= open; ++it)
                    it->subject = false;
            }
        }
        // "She was also a gifted writer": what someone is opens no clause.
        if (mention.subject && mention.form == MentionForm::descriptor && mention.first >= 2) {
            uint32_t k = mention.first - 1;
            if (tokens_[k].is("also") || tokens_[k].is("still") || tokens_[k].is("now") ||
                tokens_[k].is("not"))
                --k;
            static constexpr std::string_view kCopulas[] = {"is", "was",  "are",    "were",
                                                            "be", "been", "became", "becomes"};
            if (std::find(std::begin(kCopulas), std::end(kCopulas), tokens_[k].lower) !=
                std::end(kCopulas))
                mention.subject = false;
        }
        // "For Tsang, the bigger picture is …", "Take Mary Penrose, who kept the light": the
        // person a sentence opens on is its topic, whom a "he" or "she" after it means.
        if (!mention.subject && mention.first > 0 && mention.last < tokens_.size() &&
            tokens_[mention.last].is(",") &&
            (tokens_[mention.first - 1].is("for") || tokens_[mention.first - 1].is("to") ||
             tokens_[mention.first - 1].is("take")) &&
            tokens_[mention.first - 1].capitalised && opens_clause(mention.first - 1))
            mention.subject = true;
        // "Fine Gael's Brendan Cusack lost …": the person after a possessive name opens the
        // clause in its place.
        if (!out_.mentions.empty() && out_.mentions.back().possessive &&
            out_.mentions.back().last == mention.first && mention.last >= mention.first + 2 &&
            mention.form == MentionForm::name && mention.entity != UINT32_MAX &&
            out_.entities[mention.entity].kind != EntityKind::organisation) {
            // ("The Guardian's Miriam Osterley awarded it four stars": the possessive's "the"
            // may open the clause.)
            const Mention& owner = out_.mentions.back();
            mention.subject =
                owner.subject || (owner.first > 0 && tokens_[owner.first - 1].is("the") &&
                                  opens_clause(owner.first - 1));
            out_.mentions.back().subject = false;
        }
        // "His mother, Lorna, was …": a gendered word in apposition tells the name's gender.
        if (!out_.mentions.empty() && mention.form == MentionForm::name &&
            mention.entity != UINT32_MAX)
            if (const Mention& before = out_.mentions.back();
                before.form == MentionForm::descriptor && before.last + 1 == mention.first &&
                tokens_[before.last].is(",")) {
                Entity& named = out_.entities[mention.entity];
                // ("his wife of 46 years, Halina,": the role's head word.)
                const Token& head = role_head(before);
                if (named.gender == Gender::unknown && named.kind != EntityKind::organisation)
                    named.gender = head.has(word_class::male)     ? Gender::male
                                   : head.has(word_class::female) ? Gender::female
                                                                  : Gender::unknown;
            }
        if (mention.form == MentionForm::name && mention.entity != UINT32_MAX)
            family_name_of_possessor(mention);
        // "One of them, who gave his name only as Rubel, said", "Another witness, who gave only
        // her first name, Tasha,": the one described is the person of that name.
        if (mention.form == MentionForm::name && mention.entity != UINT32_MAX &&
            out_.entities[mention.entity].kind != EntityKind::organisation)
            if (Mention* described = described_by_name(mention.first)) {
                described->entity = mention.entity;
                out_.entities[mention.entity].kind = EntityKind::person;
                // ("The homeowner, identified by police as Daniel Pruitt": he has a role, and
                // a role nobody holds, "the dispatcher", is not his.)
                if (const Token& head = tokens_[described->last - 1]; head.has(word_class::role))
                    add_title(out_.entities[mention.entity], head.lower);
            }
        // "Minister for National Development Tan Wei Ling said": so does the person named after
        // a title's portfolio, and the title is theirs.
        // ("said DCP (South) Ankita Chaudhary": what the title is of, in brackets.)
        const bool bracketed = mention.first >= 4 && tokens_[mention.first - 1].is(")") &&
                               tokens_[mention.first - 3].is("(") && out_.mentions.size() >= 2 &&
                               out_.mentions.back().first == mention.first - 2;
        if (!out_.mentions.empty() && mention.form == MentionForm::name &&
            mention.entity != UINT32_MAX &&
            out_.entities[mention.entity].kind == EntityKind::person &&
            (portfolio_of_title(mention.first) || out_.mentions.back().last == mention.first ||
             bracketed || responsibility_between(out_.mentions.back().last, mention.first))) {
            Mention& title = out_.mentions[out_.mentions.size() - (bracketed ? 2 : 1)];
            const uint32_t preposition =
                mention.first - (tokens_[mention.first - 1].is("the") ? 2 : 1);
            if (title.form == MentionForm::descriptor &&
                (title.last == preposition || (bracketed && title.last == mention.first - 3) ||
                 responsibility_between(title.last, mention.first) ||
                 (title.last == mention.first &&
                  (role_head_at(title) + 2 < title.last || is_style(role_head(title)))))) {
                mention.subject = title.subject;
                title.subject = false;
                apposition(title, mention.entity);
            } else if (title.form == MentionForm::name && title.last == preposition &&
                       is_title(tokens_[title.last - 1])) {
                // "Provincial Minister for Irrigation …": titles read as a name of their own.
                mention.subject = title.subject;
                title.subject = false;
                title.entity = mention.entity;
                for (uint32_t k = title.first; k < title.last; ++k)
                    if (is_title(tokens_[k]) || tokens_[k].has(word_class::role))
                        add_title(out_.entities[mention.entity], tokens_[k].lower);
            }
        }
        // ("Federal Minister for Food Security and Research Malik Shahid Awan": the title and
        // the words of a portfolio of two, read as names of their own, are the person's.)
        if (mention.form == MentionForm::name && mention.entity != UINT32_MAX &&
            out_.entities[mention.entity].kind == EntityKind::person && mention.first >= 5 &&
            (tokens_[mention.first - 1].is("and") || tokens_[mention.first - 2].is("and")) &&
            !out_.mentions.empty())
            if (const uint32_t from = portfolio_start(mention.first); from != UINT32_MAX)
                for (auto it = out_.mentions.rbegin();
                     it != out_.mentions.rend() && it->last + 1 >= from; ++it) {
                    if (it->form != MentionForm::name || it->entity == mention.entity) continue;
                    mention.subject = mention.subject || it->subject;
                    it->subject = false;
                    // (The office is the person's, not the portfolio's: "the minister said".)
                    Entity& portfolio = out_.entities[it->entity];
                    if (portfolio.kind != EntityKind::outlet) {
                        for (const std::string& word : portfolio.title_words)
                            add_title(out_.entities[mention.entity], word);
                        portfolio.title_words.clear();
                    }
                    it->entity = mention.entity;
                }
        // ("Essendon released a statement confirming …": a lone name of no known kind that
        // issues a statement is a body's.)
        if (mention.entity != UINT32_MAX && mention.subject && mention.form == MentionForm::name &&
            mention.last == mention.first + 1 && mention.last + 2 < tokens_.size() &&
            out_.entities[mention.entity].kind == EntityKind::unknown &&
            (tokens_[mention.last].is("released") || tokens_[mention.last].is("issued")) &&
            tokens_[mention.last + 1].word &&
            (tokens_[mention.last + 2].has(word_class::statement) ||
             tokens_[mention.last + 1].has(word_class::statement)))
            out_.entities[mention.entity].kind = EntityKind::organisation;
        if (mention.entity != UINT32_MAX) {
            if (last_seen_.size() <= mention.entity) last_seen_.resize(mention.entity + 1, 0);
            last_seen_[mention.entity] = mention.first + 1;
            // ", 45,": an age set off by commas right after the mention, else 0.
            const uint32_t at = mention.last;
            const uint32_t age = at + 2 < tokens_.size() && tokens_[at].is(",") &&
                                         tokens_[at + 2].is(",") && tokens_[at + 1].word
                                     ? small_number(tokens_[at + 1].lower)
                                     : 0;
            // ", a 12-year-old" after a name: its age in apposition, else 0.
            const uint32_t apposed_age =
                age == 0 && mention.form == MentionForm::name && at + 2 < tokens_.size() &&
                        tokens_[at].is(",") && (tokens_[at + 1].is("a") || tokens_[at + 1].is("an"))
                    ? age_of(tokens_[at + 2])
                    : 0;
            // "Zuzanna, a 12-year-old from Kraków,", "Tomasz, 15,": a lone name with an age in
            // apposition is a person's.
            if (out_.entities[mention.entity].kind == EntityKind::unknown &&
                mention.form == MentionForm::name && at + 3 < tokens_.size() &&
                (age != 0 || apposed_age != 0))
                out_.entities[mention.entity].kind = EntityKind::person;
            // "Danielle Crewe, 45, from Stockport": the age a later "the 45-year-old" may give.
            // ("Serhii Tkachuk, a 26-year-old junior sergeant,": or an age in apposition.)
            if ((age != 0 || apposed_age != 0) &&
                out_.entities[mention.entity].kind != EntityKind::organisation) {
                if (ages_.size() <= mention.entity) ages_.resize(mention.entity + 1, 0);
                ages_[mention.entity] = age != 0 ? age : apposed_age;
            }
            // "Skyline said … the airline said": the organisation named last, however it was.
            // (Not one brought in with "a" or "its": see brings_in_part.)
            const Entity& entity = out_.entities[mention.entity];
            if (entity.kind == EntityKind::organisation && proper_name(entity) &&
                !(mention.form == MentionForm::descriptor && brings_in_part(mention.first)))
                last_named_organisation_ = {mention.entity, tokens_[mention.first].paragraph};
        }
        previous_end_ = mention.last;
        out_.mentions.push_back(std::move(mention));
    }

    uint32_t new_entity(std::string name, EntityKind kind) {
        out_.entities.push_back({std::move(name), {}, kind});
        const auto id = static_cast<uint32_t>(out_.entities.size() - 1);
        if (kind == EntityKind::organisation) claim_initials(id);
        return id;
    }

    // "IIO investigating …" in a headline, then "the Independent Investigations Office of
    // B.C.": the initials named before as a name of their own are this body's.
    void claim_initials(uint32_t id) {
        std::string initials;
        const std::string_view name = out_.entities[id].name;
        for (size_t at = 0; at < name.size() && initials.size() <= 6;) {
            const size_t space = std::min(name.find(' ', at), name.size());
            const std::string_view word = name.substr(at, space - at);
            at = space + 1;
            if ((word == "of" || word == "in") && initials.size() >= 2) break;
            if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z' && word != "The")
                initials += static_cast<char>(word[0] - 'A' + 'a');
        }
        if (initials.size() < 2 || initials.size() > 6) return;
        if (uint32_t* known = by_full_.find(initials);
            known && *known != id && out_.entities[*known].kind != EntityKind::person &&
            out_.entities[*known].name.find(' ') == std::string::npos)
            *known = id;
    }

    // "the second official", "the other official": one of several the article brought in.
    static bool counts_among_several(const Token& t) {
        static const WordList kOrdinals = {"second", "third", "fourth", "fifth", "other", "same"};
        return kOrdinals.contains(t.lower);
    }

    // "One nurse said … Another said", "“…,” said one": "another" or "one" alone, before or
    // after a cue, is one more of the people a recent descriptor named ("nurse", "residents").
    uint32_t one_of_them(uint32_t start) {
        const Token& t = tokens_[start];
        // (Asked of every word: its length first.)
        if (!((t.lower.size() == 3 && t.lower == "one") ||
              (t.lower.size() == 7 && t.lower == "another")))
            return start;
        // ("said one of them, a retired sailor, as he …": the role in apposition says who.)
        if (t.lower.size() == 3 && start + 5 < tokens_.size() && tokens_[start + 1].is("of") &&
            (tokens_[start + 2].is("them") || tokens_[start + 2].is("those")) &&
            tokens_[start + 3].is(",") &&
            (tokens_[start + 4].is("a") || tokens_[start + 4].is("an")) &&
            tokens_[start + 5].paragraph == t.paragraph) {
            uint32_t end = start + 5;
            while (end < tokens_.size() && end < start + 9 && joins(start, end) &&
                   tokens_[end].word && !tokens_[end].capitalised &&
                   !tokens_[end].has(word_class::role))
                ++end;
            if (end < tokens_.size() && joins(start, end) && tokens_[end].word &&
                tokens_[end].has(word_class::role)) {
                Mention mention;
                mention.first = start;
                mention.last = end + 1;
                mention.form = MentionForm::descriptor;
                mention.text = join_lower(tokens_, start + 5, end + 1);
                mention.subject = opens_sentence(start);
                add(std::move(mention));
                return end + 1;
            }
        }
        const bool before_cue = joins(start, start + 1) && tokens_[start + 1].word &&
                                tokens_[start + 1].has(word_class::cue_start) &&
                                opens_sentence(start);
        const bool after_cue = start > 0 && tokens_[start - 1].word &&
                               tokens_[start - 1].has(word_class::cue_start) &&
                               start + 1 < tokens_.size() &&
                               (tokens_[start + 1].is(".") || tokens_[start + 1].is(",") ||
                                tokens_[start + 1].paragraph != t.paragraph);
        if (!before_cue && !after_cue) return start;
        const auto add_one = [&](std::string_view of_them) {  // " nurse", " of the residents"
            Mention mention;
            mention.first = start;
            mention.last = start + 1;
            mention.form = MentionForm::descriptor;
            mention.text = std::string(t.lower).append(of_them);
            mention.subject = before_cue;
            add(std::move(mention));
            return start + 1;
        };
        size_t looked = 0;
        for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend() && looked < 16;
             ++it, ++looked) {
            if (tokens_[it->first].paragraph + 1 < t.paragraph) break;
            if (it->form != MentionForm::descriptor || it->entity != UINT32_MAX) continue;
            // (After another of them: "Another said … “…,” said another".)
            if (it->last == it->first + 1 &&
                (tokens_[it->first].is("another") || tokens_[it->first].is("one")))
                return add_one(std::string_view(it->text).substr(it->text.find(' ')));
            const Token& head = tokens_[it->last - 1];
            if (head.has(word_class::role)) return add_one(std::string(" ").append(head.lower));
            if (head.word && (lexicon_.singular_classes_of(head.lower) & word_class::role))
                return add_one(std::string(" of the ").append(head.lower));
        }
        return start;
    }

    static bool auxiliary(const Token& t) { return auxiliary_word(t.lower); }

    // Whether the role word at `j`, in a noun phrase opened at `start`, only qualifies the
    // plain noun after it ("the 2022 general election", "an executive order", "the chief
    // concern"): one of the role words that are also adjectives, lower case, followed by a
    // lower-case word of four letters or more that is no role, body, cue, function word or
    // auxiliary, and does not look like a verb, an adverb or a time ("the general responsible"
    // stays, as do "the general commanding", "the chief yesterday", "the general himself").
    bool role_as_modifier(uint32_t start, uint32_t j) const {
        // ("One veteran tallyman, who asked not to be named,": "veteran" before a noun.)
        static const WordList kAdjectiveRoles = {"general", "executive", "chief",     "head",
                                                 "state",   "justice",   "principal", "veteran"};
        const Token& role = tokens_[j];
        if (role.capitalised || role.possessive || !kAdjectiveRoles.contains(role.lower) ||
            !joins(start, j + 1))
            return false;
        const Token& next = tokens_[j + 1];
        const std::string_view w = next.lower;
        // ("One veteran Fianna Fáil tallyman": before a name too, as an adjective is.)
        if (role.is("veteran") && next.word && next.capitalised) return true;
        if (!next.word || next.capitalised || w.size() < 4 || auxiliary(next) ||
            next.has(word_class::role | word_class::organisation | word_class::cue_start |
                     word_class::determiner | word_class::person_pronoun |
                     word_class::group_pronoun | word_class::not_name | word_class::title))
            return false;
        static const WordList kNotNouns = {"responsible", "today", "yesterday", "tonight",  "alone",
                                           "too",         "again", "elect",     "designate"};
        return !kNotNouns.contains(w) && !w.ends_with("ed") && !w.ends_with("ing") &&
               !w.ends_with("ly") && !w.ends_with("self") && !w.ends_with("selves") &&
               !(w.ends_with('s') && !w.ends_with("ss"));
    }

    // "the Russian president", "a ministry spokesman", "his Turkish counterpart",
    // "the head of the research center". Returns the token after it, or `start` if none.
    // "the family of Tan Sri Rahim Kassim", "a spokesman for Mayor Colleen Brennan": the person
    // a descriptor's words name after "of" or "for" is known by name from then on ("Rahim, 71,
    // told …"), though the descriptor, not they, is the mention there.
    void register_principal(uint32_t from, uint32_t end) {
        for (uint32_t k = from; k + 2 < end; ++k) {
            if (!tokens_[k].is("of") && !tokens_[k].is("for")) continue;
            // (A title or a first name among its first three words: "Tan Sri Rahim".)
            bool person = false;
            for (uint32_t j = k + 1; j < end && j < k + 4 && !person; ++j) {
                const Token& t = tokens_[j];
                if (!t.word || !t.capitalised || t.possessive) break;
                person = is_title(t) || t.has(word_class::male | word_class::female);
            }
            if (!person || !tokens_[k + 2].capitalised) return;
            const size_t mentions = out_.mentions.size();
            const size_t pending = pending_.size();
            name_run(k + 1);
            out_.mentions.resize(mentions);
            pending_.resize(pending);
            return;
        }
    }

    // Whether "that" at `k`, read as a descriptor up to `end`, is a clause's before a name:
    // all the words after it capitalised and none a title or a role ("that Harbourview Living
    // Inc.", not "that Labour MP").
    bool clause_that(uint32_t k, uint32_t end) const {
        return end > k + 1 &&
               std::all_of(tokens_.begin() + k + 1, tokens_.begin() + end, [](const Token& t) {
                   return !t.word || (t.capitalised && !t.possessive &&
                                      !t.has(word_class::title | word_class::role));
               });
    }

    uint32_t descriptor(uint32_t start) {
        // "a statement from the Taxpayers Union said": the union speaks, through a statement
        // (attribution reads the statement as the source); the union is a mention of its own.
        if (joins(start, start + 2) && tokens_[start + 1].has(word_class::statement) &&
            (tokens_[start + 2].is("from") || tokens_[start + 2].is("by")))
            return start;
        if (const uint32_t end = epithet(start); end > start) return end;
        uint32_t head = 0;
        uint32_t j = start + 1;
        // "the “Kingfisher” star": a title in quotation marks before the head.
        if (start + 2 < tokens_.size() && !tokens_[start + 1].outside() &&
            tokens_[start].outside() && tokens_[start + 1].paragraph == tokens_[start].paragraph) {
            uint32_t k = start + 1;
            while (k < tokens_.size() && k < start + 8 &&
                   tokens_[k].quote == tokens_[start + 1].quote)
                ++k;
            if (k < start + 8 && joins(start, k) && tokens_[k].word && !tokens_[k].capitalised)
                j = k;
        }
        // ("A Department of Health and Social Care spokesperson": or further, over a body's
        // capitalised name and the role after it.)
        const auto to_spokesperson = [&](uint32_t at) {
            if (head == 0 || at >= start + 10 || !tokens_[head].capitalised ||
                !tokens_[head].has(word_class::organisation))
                return false;
            // (Only over to a spokesperson's word: "B.C.'s Ministry of Public Safety and
            // Solicitor General said" ends where it did.)
            uint32_t k = head + 1;
            while (k < start + 10 && joins(start, k) && tokens_[k].word &&
                   body_name_word(tokens_[k]))
                ++k;
            return at <= k && joins(start, k) && is_spokes_word(tokens_[k]);
        };
        for (; (j < start + 6 || to_spokesperson(j)) && joins(start, j) && tokens_[j].word; ++j) {
            const Token& t = tokens_[j];
            // ("One No. 10 official", "the No. 2 Democrat": a number's rank or an address
            // before the head.)
            if (t.is("no") && t.capitalised && joins(start, j + 2) && tokens_[j + 1].is(".") &&
                tokens_[j + 2].word && tokens_[j + 2].lower[0] >= '0' &&
                tokens_[j + 2].lower[0] <= '9') {
                j += 2;
                continue;
            }
            // "A company statement said the airline …": the verb ends the descriptor.
            if (t.has(word_class::cue_start)) break;
            // ("the benefits of Veridia Therapeutics’ gene therapy": a plain noun before "of"
            // is the head, and no body's or person's; the name after it is a mention of its own.
            // So is one before "for": "a setback for Lonestar Meadows Partners".)
            if (head == 0 && (t.is("of") || t.is("for")) && j > start + 1 &&
                !tokens_[j - 1].capitalised)
                break;
            // "after a hearing in which one senator called": another determiner starts another
            // noun phrase, so the head is not past it; so does a pronoun ("in a filing it would
            // fund").
            if (t.has(word_class::determiner | word_class::person_pronoun |
                      word_class::group_pronoun))
                break;
            // ("a farmer from Chandauli district": where someone is from is not the head.)
            // (Nor what a role is for: "a spokesperson for Governor Lachlan Moody" is no
            // governor.)
            // ("their exclusive contracts with Starline Entertainment": nor is a body named
            // after a preposition the head of words that had none before it.)
            // (The word class first: a bit test for most words, the four looked at after.)
            if (head == 0 && t.has(word_class::not_name) && !t.capitalised &&
                (t.is("with") || t.is("against") || t.is("from") || t.is("by")))
                break;
            // ("A spokesperson for Cambridge University Hospitals": nor a body's word in the
            // name of the body a role is for.)
            if (head != 0 && !t.capitalised && t.lower.size() <= 4 &&
                (t.is("from") || t.is("in") || t.is("near") || t.is("with") || t.is("at") ||
                 (t.is("for") && joins(start, j + 1) && tokens_[j + 1].capitalised &&
                  // (Not inside a body's name: "A Department for Transport spokesperson".)
                  !(tokens_[head].capitalised && tokens_[head].has(word_class::organisation)) &&
                  (is_title(tokens_[j + 1]) ||
                   (tokens_[head].has(word_class::role) && !tokens_[head].capitalised)))))
                break;
            // ("The Institute of Marine Science": a role in a body's capitalised name after
            // "of" is no head; the body is.)
            // (Nor a body's word further into it: "The Ministry of Human Resources and
            // Emiratisation" is the ministry, not "resources".)
            if (head != 0 && t.capitalised && tokens_[head].has(word_class::organisation) &&
                tokens_[head].capitalised &&
                ((tokens_[j - 1].is("of") && !t.has(word_class::organisation)) ||
                 (j >= head + 3 && tokens_[head + 1].is("of") &&
                  std::all_of(tokens_.begin() + head + 2, tokens_.begin() + j,
                              [](const Token& w) { return w.capitalised; }))))
                continue;
            if (t.has(word_class::role) || t.has(word_class::organisation)) {
                // (So does an auxiliary before it: "The company must also fund a network" is
                // no fund. Looked for only here, where a head would be taken.)
                if (std::any_of(tokens_.begin() + start + 1, tokens_.begin() + j,
                                [](const Token& w) { return auxiliary(w); }))
                    break;
                // ("before the 2022 general election", "the executive order": a singular
                // role word before a plain noun qualifies it, and is no head.)
                if (role_as_modifier(start, j)) continue;
                // ("a victim impact statement", "a witness statement": nor before a
                // statement's word.)
                if (!t.capitalised && !t.possessive && !t.has(word_class::organisation) &&
                    joins(start, j + 1) && tokens_[j + 1].word && !tokens_[j + 1].capitalised &&
                    (tokens_[j + 1].has(word_class::statement) ||
                     (tokens_[j + 1].is("impact") && joins(start, j + 2) &&
                      tokens_[j + 2].has(word_class::statement))))
                    break;
                head = j;
            }
            // ("the council's chief executive": the role after an owner is the head, and so
            // is a body: "the sheriff's office".)
            if (t.possessive &&
                !(joins(start, j + 1) && tokens_[j + 1].word && !tokens_[j + 1].capitalised &&
                  tokens_[j + 1].has(word_class::role | word_class::title |
                                     (t.has(word_class::role) ? word_class::organisation : 0u))))
                break;
        }
        // "One haulier, who did not want to be named, said": a relative "who" makes any noun a
        // person, known role or not.
        bool person_by_who = false;
        if (head == 0) {
            // (Most determiners have no "who" three tokens on: look for it first.)
            bool who = false;
            // ("One veteran Fianna Fáil tallyman, who asked not to be named,": a party's or a
            // place's capitalised words before the noun.)
            for (uint32_t w = start + 3; w <= start + 6 && !who && w < tokens_.size(); ++w)
                who = tokens_[w].lower.size() == 3 && tokens_[w].is("who");  // size: cheap
            if (!who) return start;
            uint32_t k = start + 1;
            while (k < start + 5 && joins(start, k) && tokens_[k].word &&
                   !tokens_[k].has(word_class::cue_start) && !tokens_[k].possessive)
                ++k;
            if (k == start + 1 || tokens_[k - 1].capitalised || !joins(start, k + 1) ||
                !tokens_[k].is(",") || !tokens_[k + 1].is("who"))
                return start;
            // ("One longtime driver on the route, who asked not to be named,": the "who" is
            // the person's of the phrase the preposition ends, not the route's.)
            if (start >= 2 && is_linking_preposition(tokens_[start - 1].lower) &&
                !out_.mentions.empty() && out_.mentions.back().last + 1 == start &&
                out_.mentions.back().form == MentionForm::descriptor &&
                out_.mentions.back().entity == UINT32_MAX &&
                (tokens_[out_.mentions.back().first].is("a") ||
                 tokens_[out_.mentions.back().first].is("an") ||
                 tokens_[out_.mentions.back().first].is("one"))) {
                Mention& person = out_.mentions.back();
                person.last = k;
                person.span.end = tokens_[k - 1].span.end;
                person.text = std::string(
                    Span{tokens_[person.first + 1].span.start, person.span.end}.in(text_));
                return k;
            }
            head = k - 1;
            person_by_who = true;
        }
        // "the Daily Star", "the Morning Star": a capitalised name ending like an outlet is the
        // outlet (the name run reads it), not a descriptor with the role "star".
        bool capitalised_run = true;
        for (uint32_t k = start + 1; k <= head && capitalised_run; ++k)
            capitalised_run = tokens_[k].capitalised;
        // (Only a role head: "the Environmental Protection Agency" stays an organisation.)
        if (capitalised_run && head > start + 1 && !tokens_[head].has(word_class::organisation) &&
            tokens_[head].has(word_class::outlet_suffix))
            return start;
        // "The Confederación General del Trabajo": a capitalised run that goes on over a
        // particle is a name, not a descriptor with the head "general".
        if (capitalised_run && head > start + 1 && joins(start, head + 2) &&
            !tokens_[head + 1].capitalised && tokens_[head + 1].has(word_class::name_particle) &&
            tokens_[head + 2].capitalised)
            return start;
        // "the Russian President Vladimir Putin": a name follows, so this is a title.
        if (joins(start, head + 1) && starts_name(tokens_[head + 1]) &&
            !tokens_[head + 1].has(word_class::title))
            return start;
        // ("to rule out the star as the source of the signal": where a thing comes from, no
        // one's role.)
        if (tokens_[head].is("source") && joins(start, head + 2) && tokens_[head + 1].is("of") &&
            !tokens_[head + 2].capitalised)
            return start;
        uint32_t end = head + 1;
        uint32_t spoken_for = 0;  // where the words of what a role is for begin, when lowercase
        if (branch_number(end)) ++end;  // "the United Assembly Workers Local 1182"
        // ("the head of state noted", "the head of government": an office of its own.)
        if (tokens_[head].is("head") && joins(start, end + 2) && tokens_[end].is("of") &&
            (tokens_[end + 1].is("state") || tokens_[end + 1].is("government")) &&
            !tokens_[end + 1].capitalised)
            end += 2;
        // "a spokesman for the ministry", "the head of the Turkish-Russian Research Center".
        // ("the state Commission on Correctional Standards": "on" after a body's word.)
        const bool body_on = joins(start, end + 1) && tokens_[end].is("on") &&
                             tokens_[head].has(word_class::organisation) &&
                             tokens_[end + 1].capitalised &&
                             !tokens_[end + 1].has(word_class::not_name);
        if (joins(start, end) &&
            (tokens_[end].is("of") || tokens_[end].is("for") || tokens_[end].is("at") || body_on)) {
            uint32_t k = end + 1;
            if (joins(start, k) && tokens_[k].has(word_class::determiner)) ++k;
            // ("a spokesperson for the federal Department of Health": a level of government
            // before the body's capitalised name.)
            static const WordList kLevels = {"federal",    "state",  "national", "regional",
                                             "provincial", "county", "city",     "local"};
            if (joins(start, k + 1) && !tokens_[k].capitalised &&
                kLevels.contains(tokens_[k].lower) && tokens_[k + 1].capitalised &&
                tokens_[k + 1].has(word_class::organisation))
                ++k;
            uint32_t tail = k;
            // ("for the Department of Health and Social Care": linking words inside the name;
            // "The Reporters Committee for Freedom of the Press": "of the" too.)
            while (joins(start, tail) && tail < k + 12) {
                // ("the Ministry of Land, Infrastructure, Transport and Tourism"; "a spokesperson
                // for the Department for Environment, Food and Rural Affairs".)
                // (Or a word after a place's: "the Victorian Department of Energy,
                // Environment and Climate Action".)
                if (tail > k && tokens_[tail].is(",") &&
                    (tokens_[head].has(word_class::organisation) ||
                     tokens_[k].has(word_class::organisation) ||
                     (tail > k + 1 && tokens_[k].has(word_class::epithet) &&
                      tokens_[k + 1].has(word_class::organisation)))) {
                    const uint32_t past = portfolio_list_end(start, tail);
                    if (past == tail) break;
                    tail = past;
                    continue;
                }
                // ("a member of the Baner Residents' Forum": a plural's apostrophe inside.)
                if (!tokens_[tail].word && !(tail > k && plural_apostrophe(start, tail))) break;
                if (!tokens_[tail].word) {
                    ++tail;
                    continue;
                }
                const Token& t = tokens_[tail];
                const bool link_word = tail > k && (t.is("of") || t.is("for") || t.is("and"));
                const bool linking =
                    link_word && joins(start, tail + 1) && tokens_[tail + 1].capitalised;
                if (link_word && !linking && t.is("of") && joins(start, tail + 2) &&
                    tokens_[tail + 1].is("the") && tokens_[tail + 2].capitalised) {
                    tail += 2;
                    continue;
                }
                // ("the chair of the Save the Teme campaign", "Save the Children": "the" inside
                // a name, between capitalised words.)
                if (tail > k && t.is("the") && tokens_[tail - 1].capitalised &&
                    joins(start, tail + 1) && tokens_[tail + 1].capitalised &&
                    tokens_[tail + 1].word) {
                    ++tail;
                    continue;
                }
                // ("an administrator at the hospital system told me": a plain noun after a
                // body's word, right before the speech verb, is the body's too.)
                if (tail > k && !t.capitalised && tokens_[tail - 1].has(word_class::organisation) &&
                    !tokens_[tail - 1].capitalised && !t.has(word_class::cue_start) &&
                    !t.has(word_class::not_name) && joins(start, tail + 1) &&
                    tokens_[tail + 1].word && tokens_[tail + 1].has(word_class::cue_start)) {
                    ++tail;
                    continue;
                }
                if (!t.capitalised && !t.has(word_class::organisation) && !linking) break;
                // ("Secretary of State at the Ministry of Health H.E. Prak Vannara": an
                // honorific after the body's words opens a name.)
                if (tail > k && t.has(word_class::honorific) && tokens_[tail - 1].capitalised &&
                    joins(start, tail + 1) && tokens_[tail + 1].capitalised)
                    break;
                // ("deputy director of the Hà Nội Department of Health Trần Văn Khoa said": two
                // to four words the lexicon does not know, right before a speech verb and after
                // the body's last word, are someone's name.)
                constexpr uint32_t kBodyOrTitle = word_class::organisation | word_class::title |
                                                  word_class::role | word_class::not_name;
                // (After a portfolio's or a body's word, no person's title: not "Zero Waste
                // Scotland", nor "Mayor Colleen Brennan-Hayes".)
                if (tail > k && !t.has(kBodyOrTitle) && tokens_[tail - 1].capitalised &&
                    tokens_[tail - 1].has(word_class::organisation | word_class::title) &&
                    !tokens_[tail - 1].has(word_class::role | word_class::honorific)) {
                    uint32_t run = tail;
                    while (run < tail + 4 && joins(start, run + 1) && tokens_[run].word &&
                           tokens_[run].capitalised && !tokens_[run].has(kBodyOrTitle))
                        ++run;
                    if (run >= tail + 2 && run < tokens_.size() && tokens_[run].word &&
                        tokens_[run].has(word_class::cue_start))
                        break;
                }
                // ("the UN envoy for Sudan Peter Okello": a first name and a surname end it.)
                // ("for St. Mary's Medical Center": a saint's name is the body's; "a
                // spokesperson for Premier Lachlan Moody": after a title, the principal.)
                if (tail > k && t.has(word_class::male | word_class::female) && !t.possessive &&
                    !tokens_[tail - 1].is("st") && !is_title(tokens_[tail - 1]) &&
                    !tokens_[tail - 1].has(word_class::role) &&
                    !t.has(word_class::title | word_class::role | word_class::organisation) &&
                    joins(start, tail + 1) && tokens_[tail + 1].capitalised &&
                    tokens_[tail + 1].word && !tokens_[tail + 1].has(word_class::organisation))
                    break;
                ++tail;
            }
            if (tail > k) {
                end = tail;
                if (std::none_of(tokens_.begin() + k, tokens_.begin() + tail,
                                 [](const Token& w) { return w.capitalised; }))
                    spoken_for = k;  // "a spokesman for the force"
                // "a spokesman for the Clackamas County Sheriff’s Office": the body is named
                // too, for a later "the sheriff's office". (Not where someone studies or works:
                // "a student at Waite High School" is no "the district" after it.)
                if (tokens_[k].capitalised && !tokens_[head + 1].is("at") &&
                    std::any_of(tokens_.begin() + k, tokens_.begin() + tail,
                                [](const Token& w) { return w.has(word_class::organisation); })) {
                    last_named_organisation_ = {organisation_spanning(k, tail),
                                                tokens_[k].paragraph};
                }
            } else {
                // "Tuvalu's minister for climate change, Simeona Laupepa,": lowercase words up
                // to a comma and the name in apposition.
                while (joins(start, tail) && tokens_[tail].word && !tokens_[tail].capitalised &&
                       tail < k + 4)
                    ++tail;
                if (tail > k && joins(start, tail + 1) && tokens_[tail].is(",") &&
                    starts_name(tokens_[tail + 1]))
                    end = tail;
                else if (const uint32_t body_end = spoken_for_end(head, end, k); body_end != 0) {
                    end = body_end;
                    spoken_for = k;
                }
            }
        }
        // "a customs officer involved in the operation told", "a nurse working at the hospital
        // said": a participle, a preposition and what it brings in, in lower case, up to a
        // speech verb, say more of the person.
        if (joins(start, end + 3) && tokens_[head].has(word_class::role) &&
            is_linking_preposition(tokens_[end + 1].lower)) {
            static const WordList kParticiples = {"involved", "familiar", "close",  "working",
                                                  "based",    "employed", "living", "speaking"};
            if (kParticiples.contains(tokens_[end].lower)) {
                uint32_t k = end + 2;
                if (tokens_[k].is("the") || tokens_[k].is("a") || tokens_[k].is("an")) ++k;
                uint32_t tail = k;
                while (tail < tokens_.size() && tail < k + 4 && tokens_[tail].word &&
                       tokens_[tail].outside() && !tokens_[tail].capitalised &&
                       !tokens_[tail].has(word_class::cue_start))
                    ++tail;
                if (tail > k && tail < tokens_.size() && tokens_[tail].word &&
                    tokens_[tail].paragraph == tokens_[k].paragraph &&
                    tokens_[tail].has(word_class::cue_start))
                    end = tail;
            }
        }
        register_principal(head + 1, end);
        // ("A Department of Health and Social Care spokesperson said … The department said":
        // the body whose spokesperson it is is named, for a later word for it.)
        if (is_spokes_word(tokens_[head]) && head > start + 2 && tokens_[start + 1].capitalised &&
            tokens_[head - 1].capitalised) {
            bool body = false, name = true;
            for (uint32_t k = start + 1; k < head && name; ++k) {
                body = body || (tokens_[k].capitalised && tokens_[k].has(word_class::organisation));
                name = body_name_word(tokens_[k]);
            }
            if (body && name)
                if (const std::string_view full = lower_words(start + 1, head);
                    !by_full_.find(full)) {
                    MentionForm form = MentionForm::name;
                    entity_for_name(start + 1, head, full, head - start - 1, false, form);
                }
        }
        // "A spokesman for the force said" after "Kent Police says": one who speaks for the
        // body its word names is that body's spokesperson.
        std::string spokesperson_of;
        if (spoken_for != 0 && tokens_[spoken_for - 1].is("the") && is_spokes_word(tokens_[head]))
            if (const uint32_t body = organisation_named(tokens_[end - 1].lower);
                body != UINT32_MAX && proper_name(out_.entities[body]))
                spokesperson_of = out_.entities[body].name + " " + std::string(tokens_[head].lower);
        Mention mention;
        mention.first = start;
        mention.last = end;
        mention.form = MentionForm::descriptor;
        const bool possessor = tokens_[start].possessive;
        mention.text = !spokesperson_of.empty()
                           ? std::move(spokesperson_of)
                           : std::string(Span{tokens_[possessor ? start : start + 1].span.start,
                                              tokens_[end - 1].span.end}
                                             .in(text_));
        const Token& head_token = tokens_[head];
        // "a senior official said", "one resident said": an indefinite article brings in
        // someone new, never a person already named.
        // ("The head of a rival London agency, speaking on condition of anonymity,": the role
        // of a body brought in with "a" is someone new too.)
        const bool of_new_body =
            tokens_[start].is("the") && end == head + 1 && joins(start, end + 2) &&
            (tokens_[end].is("of") || tokens_[end].is("at")) &&
            (tokens_[end + 1].is("a") || tokens_[end + 1].is("an") || tokens_[end + 1].is("one"));
        const bool indefinite = brings_in_someone(tokens_[start]) || of_new_body;
        const uint32_t paragraph = tokens_[start].paragraph;
        if (person_by_who || (indefinite && head_token.has(word_class::role))) {
            // (unresolved: the speaker is the descriptor itself; but "said the 71-year-old
            // retired postmistress, who …" is the person of that age.)
            if (person_by_who && tokens_[start].is("the"))
                for (uint32_t k = start + 1; k <= head; ++k)
                    if (const uint32_t years = age_of(tokens_[k]); years != 0)
                        mention.entity = person_of_age(years);
        } else if (tokens_[start].is("the") && head_token.has(word_class::role) &&
                   start + 1 < head && counts_among_several(tokens_[start + 1])) {
            // "according to two administration officials. … “…,” the second official said":
            // one of several unnamed, never someone named.
        } else if (tokens_[start].is("the") && head_token.has(word_class::role) &&
                   std::any_of(unnamed_.rbegin(), unnamed_.rend(), [&](const auto& before) {
                       return before.first == head_token.lower && before.second + 3 >= paragraph;
                   })) {
            // "said a senior civic official … The official added": the one brought in with "a",
            // still unnamed, not a named person who fits the role.
        } else if (head_token.has(word_class::role) &&
                   (!head_token.lower.ends_with("s") || head_token.lower.ends_with("ss") ||
                    head_token.has(word_class::abbreviation))) {
            std::vector<std::string_view> words;
            // "Iran's foreign minister": the country must be the person's too, so Oman's
            // foreign minister does not fit.
            if (possessor) words.emplace_back(tokens_[start].lower);
            // ("the 52-year-old mayor": an age is no part of a title, nor is where someone is
            // from: "the Harare-born analyst".)
            uint32_t age = 0;
            for (uint32_t k = start + 1; k <= head; ++k)
                if (const uint32_t years = age_of(tokens_[k]); years != 0)
                    age = years;
                else if (!place_modifier(tokens_[k]) && tokens_[k].outside())  // (not a title)
                    words.emplace_back(tokens_[k].lower);
            mention.entity = resolve_descriptor(words, head_token.lower, true);
            // ("the Dublin South-Central TD", "the Lothian MSP": the seat's capitalised words
            // before a title the person was given without them.)
            if (mention.entity == UINT32_MAX && head_token.has(word_class::title) &&
                head > start + 1 && tokens_[head - 1].capitalised &&
                !tokens_[head - 1].has(word_class::title | word_class::role)) {
                std::vector<std::string_view> titles_only;
                for (uint32_t k = start + 1; k <= head; ++k)
                    if (!tokens_[k].capitalised ||
                        tokens_[k].has(word_class::title | word_class::role))
                        titles_only.emplace_back(tokens_[k].lower);
                if (titles_only.size() < words.size())
                    mention.entity = resolve_descriptor(titles_only, head_token.lower, true);
                // (Or, given another title, the person just spoken of: "Sinn Féin's housing
                // spokesperson Dara Ó Catháin said … “…,” the Dublin South-Central TD said".)
                if (mention.entity == UINT32_MAX && tokens_[start].is("the"))
                    if (const Mention* meant =
                            out_.antecedent(token_vector_, start, true, Gender::unknown);
                        meant && meant->entity != UINT32_MAX &&
                        out_.entities[meant->entity].kind == EntityKind::person &&
                        tokens_[meant->first].paragraph + 1 >= tokens_[start].paragraph)
                        mention.entity = meant->entity;
            }
            // "Her son, Jun Villanueva, said … “…,” the 31-year-old fisherman said": a role
            // nobody holds, with an age, is the person of that age (see person_of_age).
            if (mention.entity == UINT32_MAX && age != 0 && tokens_[start].is("the"))
                mention.entity = person_of_age(age);
            if (mention.entity == UINT32_MAX && head == start + 1 &&
                head_token.has(word_class::spouse))
                mention.entity = spouse(tokens_[start], head_token);
            // "The MTR Corporation … The rail operator said", "… the regulator said": a word for
            // a person's role and a body's kind alike is the body just named when no one holds
            // the role.
            if (mention.entity == UINT32_MAX && tokens_[start].is("the") && !age &&
                (head_token.has(word_class::organisation) ||
                 lexicon_.organisation_kinds.find(head_token.lower) !=
                     lexicon_.organisation_kinds.end()) &&
                !head_token.capitalised && last_named_organisation_.first != UINT32_MAX &&
                tokens_[start].paragraph <= last_named_organisation_.second + 2 &&
                kinds_agree(last_named_organisation_.first, head_token.lower) &&
                std::none_of(tokens_.begin() + start + 1, tokens_.begin() + head,
                             [](const Token& t) { return t.capitalised || t.possessive; }) &&
                !(end < tokens_.size() && tokens_[end].is(",")))  // (not before its own name)
                mention.entity = last_named_organisation_.first;
            // ("after Ofsted found “serious weaknesses” … the watchdog said": a bare name that
            // acted, when no body was named so.)
            if (mention.entity == UINT32_MAX && tokens_[start].is("the") && head == start + 1 &&
                (head_token.is("watchdog") || head_token.is("regulator"))) {
                uint32_t written = 0;
                if (const uint32_t bare = bare_company(head_token.lower, start, written);
                    bare != UINT32_MAX)
                    mention.entity = adopt_company(bare, start, head_token.lower);
            }
            // ("the Duchess of Kinross", "the Archbishop of Canterbury": a title styled by its
            // place, in capitals and with no name set off after it, is the person's name, which
            // a later "the Duchess" means.)
            if (mention.entity == UINT32_MAX && tokens_[start].is("the") && head == start + 1 &&
                head_token.capitalised && end >= head + 3 && tokens_[head + 1].is("of") &&
                std::all_of(tokens_.begin() + head + 2, tokens_.begin() + end,
                            [](const Token& t) { return t.word && t.capitalised; }) &&
                !(end < tokens_.size() && tokens_[end].is(","))) {
                mention.entity = new_entity(mention.text, EntityKind::person);
                Entity& styled = out_.entities[mention.entity];
                styled.title_words.emplace_back(head_token.lower);
                static const WordList kPeeresses = {"duchess", "countess", "marchioness",
                                                    "viscountess", "baroness"};
                static const WordList kPeers = {"duke", "marquess", "viscount", "baron"};
                styled.gender = kPeeresses.contains(head_token.lower) ? Gender::female
                                : kPeers.contains(head_token.lower)   ? Gender::male
                                                                      : gender_of(words);
            }
            if (mention.entity == UINT32_MAX) pending_.push_back({out_.mentions.size(), words});
        } else if (!head_token.has(word_class::role)) {
            // "The Red Cross said ... the agency said": the organisation just named.
            const bool recent = last_named_organisation_.first != UINT32_MAX &&
                                tokens_[start].paragraph <= last_named_organisation_.second + 1;
            // Only a generic "the agency" points back: "The Federal Aviation Administration"
            // names an organisation of its own.
            // ("the Norwegian company" is generic too: a nationality is no name.)
            // ("the Commission", "the Ministry": a body's word alone, capitalised as house
            // style has it, is generic too.)
            // ("the Kent club": one capitalised word the article has named nothing by, before
            // the kind's word, is where the body is.)
            // (Not a body's own name where it speaks or opens a sentence: "The Labour party
            // said".)
            const Token& second = tokens_[start + 1];
            const bool place_word =
                end == start + 3 && !opens_sentence(start) &&
                !(end < tokens_.size() && tokens_[end].word &&
                  tokens_[end].has(word_class::cue_start)) &&
                second.word && second.capitalised && !second.possessive && !all_capitals(second) &&
                !second.has(word_class::organisation) && !by_full_.contains(second.lower) &&
                !by_last_.contains(second.lower);
            // ("the Long Beach-based company": a place's name of several words before it.)
            const auto in_place_modifier = [&](uint32_t k) {
                for (uint32_t w = k; w < end && w < k + 3; ++w) {
                    if (place_modifier(tokens_[w])) return true;
                    if (!tokens_[w].capitalised || !tokens_[w].word) return false;
                }
                return false;
            };
            bool generic = true;
            for (uint32_t k = start + 1; k < end && generic; ++k)
                generic = !tokens_[k].capitalised || tokens_[k].has(word_class::epithet) ||
                          in_place_modifier(k) ||  // "the Houston-based company"
                          (end == start + 2 && tokens_[k].has(word_class::organisation)) ||
                          (k == start + 1 && place_word);
            // ("A club statement said": the club's statement, so the club already named.)
            const bool owner_of_statement = (tokens_[start].is("a") || tokens_[start].is("an")) &&
                                            joins(start, end + 1) && tokens_[end].word &&
                                            tokens_[end].has(word_class::statement);
            const bool definite = (tokens_[start].is("the") || owner_of_statement) && generic;
            const std::string_view kind_word = tokens_[head].lower;
            uint32_t named_so = definite ? organisation_named(kind_word) : UINT32_MAX;
            // ("Castlebridge United have sacked … in League Two … led the Kent club": after
            // where it is, the body of that kind the story is about, the latest to open a
            // clause.)
            if (definite && place_word && named_so == UINT32_MAX)
                named_so = subject_organisation_of_kind(kind_word, start);
            // ("Starline Entertainment, the agency that launched them": in apposition to a
            // body's name, its word is what the body may be called from now on.)
            // (Not before a speech verb: "a round led by fund Nordvest Capital, the company
            // announced" is the sentence's company speaking.)
            if (definite && tokens_[start].is("the") && start >= 2 && tokens_[start - 1].is(",") &&
                !out_.mentions.empty() &&
                !(joins(start, end) && tokens_[end].word &&
                  tokens_[end].has(word_class::cue_start)))
                if (const Mention& before = out_.mentions.back();
                    before.last + 1 == start && before.entity != UINT32_MAX && !before.possessive &&
                    before.form != MentionForm::descriptor &&
                    ((out_.entities[before.entity].kind == EntityKind::organisation &&
                      proper_name(out_.entities[before.entity])) ||
                     // ("Andium Homes, the government-owned housing company,": two words no
                     // given name or title makes a person's, said to be a body.)
                     (nameless_pair(out_.entities[before.entity]) &&
                      lexicon_.organisation_kinds.contains(kind_word) &&
                      !described_as_person(before.entity)))) {
                    Entity& body = out_.entities[before.entity];
                    body.kind = EntityKind::organisation;
                    if (!body.holds_title(kind_word)) body.title_words.emplace_back(kind_word);
                    named_so = before.entity;
                }
            // ("Lone Star's parent company, Bluebonnet Healthcare Holdings LLC, … ¶ Lone Star
            // said in a statement … ¶ “…,” the company said": the body of its kind that last
            // spoke or acted, opening a sentence of this paragraph or the one before, over one
            // called so further back.)
            if (definite && named_so != UINT32_MAX && recent &&
                last_named_organisation_.first != named_so &&
                tokens_[start].paragraph <= last_named_organisation_.second + 1 &&
                proper_name(out_.entities[last_named_organisation_.first]) &&
                lexicon_.organisation_kinds.contains(kind_word) &&
                kinds_agree(last_named_organisation_.first, kind_word) &&
                newest_mention_is_subject(last_named_organisation_.first, named_so))
                named_so = last_named_organisation_.first;
            // ("Stocklane … has raised €18m in a round led by fund Nordvest Capital, the company
            // announced": after a comma and before its verb, the body the sentence opened with.)
            if (definite && tokens_[start].is("the") && start >= 2 && tokens_[start - 1].is(",") &&
                joins(start, end) && tokens_[end].word && tokens_[end].has(word_class::cue_start))
                if (const uint32_t opener = sentence_opening_body(start, kind_word);
                    opener != UINT32_MAX) {
                    named_so = opener;
                    last_named_organisation_ = {opener, tokens_[start].paragraph};
                    if (Entity& body = out_.entities[opener]; !body.holds_title(kind_word))
                        body.title_words.emplace_back(kind_word);
                }
            // (A capitalised body's word is a name of its own unless a body named so went
            // before: "The Council on Monday said" after a commission is a council.)
            const bool capitalised_word =
                tokens_[start + 1].capitalised && !in_place_modifier(start + 1) && !place_word;
            // "The union said" is not the airline just named. (An organisation kept as written,
            // "an advocacy group", gives way to the one just named: "The National Prediabetes
            // Alliance, an advocacy group, … the group said".)
            if ((named_so == UINT32_MAX || !proper_name(out_.entities[named_so])) && definite &&
                !capitalised_word && recent &&
                kinds_agree(last_named_organisation_.first, kind_word))
                named_so = told_kind_since(kind_word, last_named_organisation_.first,
                                           last_named_organisation_.second);
            // ("Coolabah Valley Meats said it had ended its contract with StaffRight Solutions.
            // ¶ “…,” the company said": the body that opened, and spoke in, the sentence that
            // last named the other as its object.)
            if (definite && named_so != UINT32_MAX && recent &&
                lexicon_.organisation_kinds.contains(kind_word))
                if (const uint32_t opener = speaker_over_object(named_so, kind_word, start);
                    opener != UINT32_MAX)
                    named_so = opener;
            // (Before "the club" kept as written earlier: "… the club said" after "Sporting
            // Valverde confirmed the deal".)
            // (Only "the company" that speaks: "Dizon said the crowd lifted the team" makes no
            // club of Jerico Dizon, nor "Raghavan said the company had signed a deal" a company
            // of Raghavan; a cue within a few words after it, "the company, in a statement,
            // said", or "according to" before it.)
            bool speaks = after_according_to(tokens_, start);
            for (uint32_t k = end; !speaks && k < end + 8 && k < tokens_.size() &&
                                   tokens_[k].outside() && !tokens_[k].is(".");
                 ++k)
                speaks = tokens_[k].word && tokens_[k].has(word_class::cue_start);
            // ("Trivikram Infotech on Thursday reported … ¶ … ¶ Headcount rose … ¶ the company
            // said": the body the story opens with, its name telling that kind, before a bare
            // word not of this paragraph or the one before.)
            if ((named_so == UINT32_MAX || !proper_name(out_.entities[named_so])) && definite &&
                !capitalised_word && speaks) {
                uint32_t written = 0;
                const uint32_t bare = bare_company(kind_word, start, written);
                // (Not over a body described so before, "The regional education department,
                // run by the PP, said … ¶ the regional education department said".)
                const bool described_before =
                    named_so != UINT32_MAX &&
                    out_.entities[named_so].name.find(' ') != std::string::npos;
                const uint32_t lead = described_before || (bare != UINT32_MAX &&
                                                           written + 1 >= tokens_[start].paragraph)
                                          ? UINT32_MAX
                                          : lead_organisation(kind_word);
                if (lead != UINT32_MAX)
                    named_so = lead;
                else if (bare != UINT32_MAX)
                    named_so = adopt_company(bare, start, kind_word);
            }
            // ("In a statement, Corvanta said it … intends to file with the Food and Drug
            // Administration. ¶ “…,” the company said": the body of that kind that last spoke or
            // acted, over another body named since.)
            if (named_so == UINT32_MAX && definite && !capitalised_word && speaks)
                named_so = subject_organisation_of_kind(kind_word, start, true);
            // (Two paragraphs back when no bare name came since: "asked whether the MTR
            // Corporation would face penalties. ¶ … ¶ The operator said".)
            if ((named_so == UINT32_MAX || !proper_name(out_.entities[named_so])) && definite &&
                !capitalised_word && last_named_organisation_.first != UINT32_MAX &&
                tokens_[start].paragraph == last_named_organisation_.second + 2 &&
                kinds_agree(last_named_organisation_.first, kind_word))
                named_so = last_named_organisation_.first;
            // ("released by Nova Scotia Health … at the Eastern Shore Memorial Hospital …, due
            // to what the health authority described": a body whose name holds the word before
            // the kind's, named in this paragraph or the three before.)
            if (named_so == UINT32_MAX && definite && !capitalised_word && head == start + 2 &&
                !tokens_[start + 1].capitalised && tokens_[start + 1].word)
                named_so =
                    organisation_named_with(tokens_[start + 1].lower, tokens_[start].paragraph);
            // ("through the EU's mechanism. ¶ … the justice ministry said": a public body's
            // portfolio, a noun before its word, is no other body's that lacks it.)
            if (named_so != UINT32_MAX && head == start + 2 && kind_is(kind_word, "public") &&
                !portfolio_fits(tokens_[start + 1], out_.entities[named_so]))
                named_so = UINT32_MAX;
            // ("The FBI said … The FBI's Cincinnati field office is investigating … the bureau
            // said": a body's office, after the possessive of a body named before, is the body.)
            if (named_so == UINT32_MAX && possessor && tokens_[start].capitalised &&
                (kind_word == "office" || kind_word == "bureau" || kind_word == "branch"))
                if (const uint32_t* known = by_full_.find(tokens_[start].lower);
                    known && *known < out_.entities.size() &&
                    out_.entities[*known].kind == EntityKind::organisation)
                    named_so = *known;
            if (named_so == UINT32_MAX) {
                // "the state Commission on Correctional Standards": lower-case words before a
                // body's proper name are not part of it.
                // (Modifiers only: "a shelter at Marlow High School" is no body's name, and
                // "uMvoti Hills Local Municipality" keeps its first word.)
                uint32_t proper = start + 1;
                while (proper < head && !tokens_[proper].capitalised &&
                       !is_linking_preposition(tokens_[proper].lower) && !inner_capital(proper))
                    ++proper;
                if (!tokens_[head].capitalised && head == end - 1 && head > proper + 1 &&
                    tokens_[head - 1].capitalised &&
                    tokens_[head - 1].has(word_class::organisation))
                    // "the National Weather Service office in Norman": a body's local office
                    // is the body.
                    named_so = organisation_spanning(proper, head);
                else if (possessor && start > 0 && tokens_[start - 1].is("the") &&
                         tokens_[start].capitalised && tokens_[head].capitalised)
                    // "The Alzheimer's Research Alliance": after "the", the possessive is the
                    // name's first word.
                    named_so = organisation_spanning(start, end);
                else if ((proper > start + 1 || possessor) && proper <= head &&
                         (tokens_[proper].capitalised || inner_capital(proper)) &&
                         tokens_[head].capitalised && end - proper >= 2)
                    // ("Ireland's Data Protection Commission": nor is a place that owns it.)
                    named_so = organisation_spanning(proper, end);
                else if (tokens_[start].is("the") && head == start + 2 && head == end - 1 &&
                         !tokens_[head].capitalised && tokens_[start + 1].capitalised &&
                         !tokens_[start + 1].possessive && name_before_kind(start + 1, head))
                    // "The GMB union", "the Unite union": the body's name before its kind's
                    // word in lower case.
                    named_so = organisation_spanning(start + 1, head);
                else {
                    named_so = organisation(mention.text);
                    file_acronym(start, end, named_so);
                }
            }
            mention.entity = named_so;
            // ("led the Kent club to … ¶ the club said": a body called by its kind's word after
            // where it is, is called so from now on.)
            if (Entity& body = out_.entities[named_so];
                place_word && body.kind == EntityKind::organisation && proper_name(body) &&
                !body.holds_title(kind_word))
                body.title_words.emplace_back(kind_word);
            // "The Federal Aviation Administration": a proper name an "it" or "the agency" can
            // point back to.
            const Entity& named = out_.entities[mention.entity];
            if (proper_name(named) && !brings_in_part(start))
                last_named_organisation_ = {mention.entity, tokens_[start].paragraph};
        }
        // "Rishi Patel, the prime minister, said".
        // ("Kevin Marsh, 45, a high school teacher": an age may come between.)
        uint32_t apposed = start;
        // ("Marcus Delgado, Ph.D., a geochemist": or letters after the name.)
        if (start >= 3 && tokens_[start - 1].is(",") && tokens_[start - 3].is(",") &&
            (small_number(tokens_[start - 2].lower) != 0 ||
             tokens_[start - 2].has(word_class::post_nominal)))
            apposed = start - 2;
        // ("band councillor Trent Moosetail — the chief's nephew — was unloading": or dashes.)
        const auto apposing = [](const Token& t) {
            return t.is(",") || t.is("\u2014") || t.is("\u2013");
        };
        // (Not when a speech verb follows at once: "In a statement read by spokesman Corey
        // Haddad, the sergeant said" is the sergeant's clause after an opening phrase.)
        const bool opens_clause_of_cue = end < tokens_.size() && tokens_[end].outside() &&
                                         tokens_[end].has(word_class::cue_start);
        if (!out_.mentions.empty() && apposed > 0 && apposing(tokens_[apposed - 1]) &&
            !opens_clause_of_cue) {
            if (const Mention& named = out_.mentions.back();
                named.last + 1 == apposed && named.form == MentionForm::name &&
                named.entity != UINT32_MAX && !named.possessive &&
                (named.subject || out_.entities[named.entity].kind == EntityKind::person) &&
                !in_opening_place(tokens_, named.first) &&
                // (Not after "according to": "According to Kyodo, an official in Kashiwazaki
                // said" opens with whom the report is from, then the sentence's subject.)
                !after_according_to(tokens_, named.first)) {
                apposition(mention, named.entity);
                organisation_apposition(mention, named.entity, head);
            } else if (named.last + 1 == start && named.form == MentionForm::descriptor &&
                       named.entity != UINT32_MAX && !named.possessive &&
                       out_.entities[named.entity].kind == EntityKind::organisation &&
                       tokens_[named.last - 1].capitalised) {
                // "The National Prediabetes Alliance, an advocacy group, …".
                organisation_apposition(mention, named.entity, head);
            }
        }
        // "Nwosu, who serves as Brightloop's chief operating officer, said": the role a relative
        // clause gives the name before it is theirs, and no subject of its own.
        if (mention.entity == UINT32_MAX && !out_.mentions.empty() &&
            head_token.has(word_class::role)) {
            uint32_t who = start;
            while (who > 2 && start - who < 3 && tokens_[who - 1].word &&
                   !tokens_[who - 1].capitalised && !tokens_[who - 1].is("who") &&
                   tokens_[who - 1].paragraph == tokens_[start].paragraph)
                --who;
            if (who > 2 && who < start && tokens_[who - 1].is("who") && tokens_[who - 2].is(",") &&
                (tokens_[start - 1].is("as") || tokens_[start - 1].is("is") ||
                 tokens_[start - 1].is("was")))
                if (const Mention& named = out_.mentions.back();
                    named.last + 2 == who && named.form == MentionForm::name &&
                    named.entity != UINT32_MAX && !named.possessive &&
                    out_.entities[named.entity].kind == EntityKind::person) {
                    apposition(mention, named.entity);
                    mention.subject = false;
                }
        }
        // Someone brought in with "a" and no name in apposition ("said a senior official"),
        // whom a later "the official" means.
        if ((person_by_who || (indefinite && head_token.has(word_class::role))) &&
            mention.entity == UINT32_MAX)
            unnamed_.emplace_back(head_token.lower, paragraph);
        // "A person familiar with the club's thinking told ESPN … “…,” the source said": a
        // source or an insider is the unnamed one brought in with "a" or "one" just before.
        if (mention.entity == UINT32_MAX && tokens_[start].is("the") && head == start + 1 &&
            end == head + 1 && (head_token.is("source") || head_token.is("insider")))
            for (auto m = out_.mentions.rbegin(); m != out_.mentions.rend(); ++m) {
                if (tokens_[m->first].paragraph + 2 < paragraph) break;
                if (m->form == MentionForm::descriptor && m->entity == UINT32_MAX && m->subject &&
                    brings_in_someone(tokens_[m->first])) {
                    mention.text = m->text;
                    break;
                }
            }
        add(std::move(mention));
        return end;
    }

    // The head word of a descriptor: its last word before "of", "for" or "at".
    uint32_t role_head_at(const Mention& role) const {
        for (uint32_t k = role.first + 1; k < role.last; ++k)
            if (tokens_[k].is("of") || tokens_[k].is("for") || tokens_[k].is("at")) return k - 1;
        return role.last - 1;
    }
    const Token& role_head(const Mention& role) const { return tokens_[role_head_at(role)]; }

    // "His Highness Sheikh Hamad …", "Her Majesty": a style, whose descriptor is in apposition
    // to the name right after it, and stands for that person later.
    static bool is_style(const Token& t) {
        static const WordList kStyles = {"highness", "majesty", "excellency", "holiness",
                                         "eminence"};
        return kStyles.contains(t.lower);
    }

    // Whether an entity's name is a proper name (capitalised), not a descriptor kept as written
    // ("advocacy group").
    static bool proper_name(const Entity& entity) {
        return !entity.name.empty() && entity.name.front() >= 'A' && entity.name.front() <= 'Z' &&
               !entity.placed;
    }

    // "Her husband said" after "Karen and Steve Marsh": the person of the spouse word's gender
    // who shares the surname of the latest person named in full of the possessive's gender.
    uint32_t spouse(const Token& possessive, const Token& spouse_word) const {
        const bool her = possessive.is("her");
        if (!her && !possessive.is("his")) return UINT32_MAX;
        const Gender owner_gender = her ? Gender::female : Gender::male;
        const Gender gender = gender_of(spouse_word);
        if (gender == Gender::unknown) return UINT32_MAX;
        size_t looked = 0;
        for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend() && looked < 12;
             ++it, ++looked) {
            if (it->entity == UINT32_MAX) continue;
            const Entity& owner = out_.entities[it->entity];
            // (An owner of no known gender may be the one: "Inês Ferreira … she and her
            // husband, Daniel Ferreira".)
            if (owner.kind != EntityKind::person ||
                (owner.gender != owner_gender && owner.gender != Gender::unknown))
                continue;
            if (const uint32_t partner = of_surname(it->entity, gender, Named::first);
                partner != UINT32_MAX || owner.gender == owner_gender)
                return partner;
        }
        return UINT32_MAX;
    }

    // "Halvorsen, the Norwegian pump maker," / "Orbitline, a software company,": a name with an
    // organisation in apposition is that organisation, and "the company" later points to it.
    void organisation_apposition(Mention& role, uint32_t named, uint32_t head) {
        Entity& entity = out_.entities[named];
        if (entity.kind == EntityKind::person || entity.kind == EntityKind::outlet) return;
        const Token& head_token = tokens_[head];
        // (Not "Haddad, the company's founder,": a possessive is someone else's.)
        if (head_token.capitalised || head_token.possessive ||
            !head_token.has(word_class::organisation) || head_token.has(word_class::role))
            return;
        entity.kind = EntityKind::organisation;
        role.entity = named;
        last_named_organisation_ = {named, tokens_[role.first].paragraph};
    }

    // The first organisation of the first two paragraphs after the headline whose name holds a
    // word of the kind `kind_word` tells ("Trivikram Infotech Ltd" for "the company"); UINT32_MAX
    // when there is none.
    uint32_t lead_organisation(std::string_view kind_word) const {
        const auto kind = lexicon_.organisation_kinds.find(kind_word);
        if (kind == lexicon_.organisation_kinds.end()) return UINT32_MAX;
        // (The headline, the standfirst and the lead; past a byline and a date line before it,
        // the first paragraph after the headline of twenty tokens or more.)
        uint32_t lead = 2;
        for (uint32_t k = 1, from = 0; !out_.mentions.empty() && k <= tokens_.size(); ++k)
            if (k == tokens_.size() || tokens_[k].paragraph != tokens_[from].paragraph) {
                if (tokens_[from].paragraph > 0 && k - from >= 20) {
                    lead = std::max(lead, tokens_[from].paragraph);
                    break;
                }
                from = k;
            }
        for (const Mention& m : out_.mentions) {
            if (tokens_[m.first].paragraph > lead) break;
            // (Not the headline's, whose title case may run other words into the name; nor a
            // byline's, "Priya Venkataraman Mining Reporter", a given name first.)
            if (m.entity == UINT32_MAX || m.possessive || tokens_[m.first].paragraph == 0 ||
                tokens_[m.first].has(word_class::male | word_class::female))
                continue;
            const Entity& entity = out_.entities[m.entity];
            // ("Malaysian semiconductor company Kinabalu Microsystems": or a kind's word before
            // its name tells it.)
            // (The mention may hold the words before the name.)
            const auto told_before = [&] {
                uint32_t name = m.first;
                while (name < m.last && !tokens_[name].capitalised) ++name;
                if (name == m.last || !kind_word_before(name)) return false;
                const auto before = lexicon_.organisation_kinds.find(tokens_[name - 1].lower);
                return before->second == kind->second;
            };
            if (entity.kind == EntityKind::organisation && proper_name(entity) &&
                (name_kind(m.entity, kind->second) == NameKind::same || told_before()))
                return m.entity;
        }
        return UINT32_MAX;
    }

    // Whether the organisation `e` may be called "the <kind_word>": nothing in its name tells
    // another kind of organisation (organisation_kinds).
    bool kinds_agree(uint32_t e, std::string_view kind_word) const {
        const auto kind = lexicon_.organisation_kinds.find(kind_word);
        if (kind == lexicon_.organisation_kinds.end() || out_.entities[e].holds_title(kind_word))
            return true;
        const NameKind named = name_kind(e, kind->second);
        if (named == NameKind::same) return true;
        // (Nor what it was called: "Zoomly … the company said" is no "the ministry".)
        bool called_other = false;
        for (const std::string& title : out_.entities[e].title_words)
            if (const auto it = lexicon_.organisation_kinds.find(title);
                it != lexicon_.organisation_kinds.end()) {
                if (it->second == kind->second) return true;
                called_other = true;
            }
        return !called_other && named != NameKind::other;
    }

    // The body "the authority" means when the body named last, `last`, has a name that tells
    // no kind: one named in that paragraph whose name tells the kind of `kind_word`
    // ("Bridgend County Borough Council's cabinet approved the closure of the pool at Cwm Garw
    // Leisure Centre … The authority said"), else `last`.
    uint32_t told_kind_since(std::string_view kind_word, uint32_t last, uint32_t paragraph) const {
        const auto kind = lexicon_.organisation_kinds.find(kind_word);
        if (kind == lexicon_.organisation_kinds.end() ||
            name_kind(last, kind->second) != NameKind::none)
            return last;
        for (auto m = out_.mentions.rbegin(); m != out_.mentions.rend(); ++m) {
            if (tokens_[m->first].paragraph < paragraph) break;
            if (m->entity != UINT32_MAX && m->entity != last && m->form == MentionForm::name &&
                out_.entities[m->entity].kind == EntityKind::organisation &&
                proper_name(out_.entities[m->entity]) &&
                name_kind(m->entity, kind->second) == NameKind::same)
                return m->entity;
        }
        return last;
    }

    // What the words of the organisation `e`'s name tell of the kind `kind` (a value of
    // organisation_kinds): a word tells that kind, words tell only other kinds, or none tells
    // any.
    enum class NameKind { same, other, none };
    NameKind name_kind(uint32_t e, const std::string& kind) const {
        const std::string& name = out_.entities[e].name;
        // (The word a name of several is headed by tells its kind first: the word before its
        // "of", "Confederation" of the "Ontario Confederation of University Faculty
        // Associations", which is no university.)
        if (const std::string_view head = word_before_of(name); !head.empty())
            if (const auto it = lexicon_.organisation_kinds.find(lowercase_ascii(head));
                it != lexicon_.organisation_kinds.end())
                return it->second == kind ? NameKind::same : NameKind::other;
        bool other = false;
        for (size_t at = 0; at < name.size();) {
            size_t space = name.find(' ', at);
            if (space == std::string::npos) space = name.size();
            const std::string word = lowercase_ascii(std::string_view(name).substr(at, space - at));
            if (const auto it = lexicon_.organisation_kinds.find(word);
                it != lexicon_.organisation_kinds.end()) {
                if (it->second == kind) return NameKind::same;
                other = true;
            }
            at = space + 1;
        }
        return other ? NameKind::other : NameKind::none;
    }

    // "Halvorsen is to close two plants … the company said": with no organisation named, "the
    // company" (a business word) is the bare name that opened a recent sentence, the only kind
    // of name a company goes by that nothing else in the text explains.
    // (`written`: the paragraph of the name found. The caller adopts it: adopt_company.)
    uint32_t bare_company(std::string_view kind_word, uint32_t start, uint32_t& written) {
        const auto kind = lexicon_.organisation_kinds.find(kind_word);
        // ("Kingsmere said after the match … the club said": a club goes by its bare name
        // as a company does.)
        // ("Ofsted found “serious weaknesses” … the watchdog said": or a watchdog's.)
        if (kind == lexicon_.organisation_kinds.end() ||
            (kind->second != "business" && kind->second != "sport" && kind_word != "watchdog" &&
             kind_word != "regulator"))
            return UINT32_MAX;
        // (The earliest such name: a business story opens with its company, and a bare name
        // after it is as likely a country or a town. But one that speaks goes before one that
        // only acted inside a sentence: "… as Kolkata chased down the runs … StreamKaro said …
        // the company".)
        uint32_t earliest = UINT32_MAX;
        bool earliest_opens = false;
        uint32_t earliest_speaking = UINT32_MAX;
        uint32_t speaking_written = 0;
        size_t looked = 0;
        for (size_t i = out_.mentions.size(); i-- > 0 && looked < 32; ++looked) {
            const Mention& m = out_.mentions[i];
            if (tokens_[m.first].paragraph + 2 < tokens_[start].paragraph) break;
            // (A name that a verb follows: not a headline's first word or a dateline.)
            // ("SkyAlba, which flies from Glasgow, said": or a relative clause.)
            const bool relative = m.last + 1 < tokens_.size() && tokens_[m.last].is(",") &&
                                  (tokens_[m.last + 1].is("which") || described_body(m.last));
            if (!(m.subject || relative) || m.possessive || m.entity == UINT32_MAX ||
                m.form != MentionForm::name || m.last > m.first + 3 ||
                tokens_[m.first].paragraph == 0 ||
                !(relative ||
                  (joins(m.first, m.last) && tokens_[m.last].word && !tokens_[m.last].capitalised)))
                continue;
            const Entity& entity = out_.entities[m.entity];
            // "Pinecrest Mutual said in a statement … the company said": a name of two or three
            // words that no given name, title or gender makes a person's, before its cue.
            if (m.last > m.first + 1) {
                // (A role's word that ends the name is part of it: "Pennine Rider", a bus
                // operator.)
                bool given = false;
                for (uint32_t k = m.first; k < m.last; ++k)
                    given =
                        given ||
                        tokens_[k].has(word_class::male | word_class::female | word_class::title) ||
                        (k + 1 < m.last && tokens_[k].has(word_class::role));
                // (A title that is a kind of business is no person's: "terminal operator
                // Coastline Terminals".)
                // (Nor a place's: "Midlands builder Fenwick Lacey".)
                bool business_title = false;
                const bool business_titles =
                    std::all_of(entity.title_words.begin(), entity.title_words.end(),
                                [&](const std::string& w) {
                                    if (lexicon_.organisation_kinds.contains(w))
                                        return business_title = true;
                                    return lexicon_.classes_of(w) == 0;
                                });
                // ("Calder Worsted, which has produced cloth since 1887, said": "which" makes no
                // person of a given name.)
                // ("Midlands builder Fenwick Lacey … Fenwick Lacey disputed the council's
                // account. In a statement, the firm said": a business's word before it makes a
                // sentence's opener the company without a cue.)
                // (A given name counts first only there: "Lacey" ends the builder's name.)
                const bool business_pair =
                    business_title &&
                    !tokens_[m.first].has(word_class::male | word_class::female) &&
                    std::none_of(
                        tokens_.begin() + m.first, tokens_.begin() + m.last,
                        [](const Token& w) { return w.has(word_class::title | word_class::role); });
                if ((relative ||
                     (entity.gender == Gender::unknown &&
                      ((!given && tokens_[m.last].has(word_class::cue_start)) || business_pair))) &&
                    entity.kind != EntityKind::organisation && business_titles) {
                    earliest = m.entity, written = tokens_[m.first].paragraph;
                    earliest_opens = opens_sentence(m.first);
                }
                continue;
            }
            // ("Pilots at Skyline voted": a plural role is people, not a company.)
            const std::string_view word = tokens_[m.first].lower;
            const uint32_t classes = tokens_[m.first].classes | lexicon_.singular_classes_of(word);
            // ("Valdemar were less effusive": a bare word for a two-word name that no first
            // name, title or gender makes a person's, "Sporting Valdemar".)
            if (!(entity.kind == EntityKind::unknown ||
                  (nameless_pair(entity) && !described_as_person(m.entity))) ||
                (classes & (word_class::role | word_class::title | word_class::organisation |
                            word_class::epithet)))
                continue;
            // ("Delivery platform Zoomly said", "Operating profit rose": a sentence's first
            // word that the article writes in lower case elsewhere, or that lower-case words
            // and a name follow, is no company.)
            // (Nor an -ing word before a noun: "Operating margin expanded".)
            if (opens_sentence(m.first) && (lower_case_elsewhere(m.first) || name_follows(m.last) ||
                                            tokens_[m.first].lower.ends_with("ing")))
                continue;
            earliest = m.entity, written = tokens_[m.first].paragraph;
            earliest_opens = opens_sentence(m.first);
            if (joins(m.first, m.last) && tokens_[m.last].has(word_class::cue_start))
                earliest_speaking = m.entity, speaking_written = written;
        }
        if (earliest_speaking != UINT32_MAX && !earliest_opens) {
            written = speaking_written;
            return earliest_speaking;
        }
        return earliest;
    }

    // Whether the comma at `comma` sets off what a body is, then its cue: "Zoomly, one of the
    // country's largest delivery platforms, said" (no word for a person's role in it).
    bool described_body(uint32_t comma) const {
        uint32_t k = comma + 1;
        if (k + 1 < tokens_.size() && tokens_[k].is("one") && tokens_[k + 1].is("of"))
            k += 2;
        else if (!(k < tokens_.size() && (tokens_[k].is("a") || tokens_[k].is("an"))))
            return false;
        for (const uint32_t end = std::min<uint32_t>(k + 10, tokens_.size() - 1); k < end; ++k) {
            const Token& t = tokens_[k];
            if (t.is(",")) return tokens_[k + 1].word && tokens_[k + 1].has(word_class::cue_start);
            if (!t.outside() || !t.word ||
                t.has(word_class::role | word_class::title | word_class::relative))
                return false;
        }
        return false;
    }

    // Takes the bare name `e` that bare_company found for the company "the company" at `start`
    // means.
    // (It is called so from now on: "the ministry" after it is another body.)
    uint32_t adopt_company(uint32_t e, uint32_t start, std::string_view kind_word) {
        out_.entities[e].kind = EntityKind::organisation;
        if (!out_.entities[e].holds_title(kind_word))
            out_.entities[e].title_words.emplace_back(kind_word);
        last_named_organisation_ = {e, tokens_[start].paragraph};
        return e;
    }

    bool opens_sentence(uint32_t k) const { return opens_sentence_at(tokens_, k); }

    // Whether the auxiliary at `k` opens a question, alone or after "So", "And" or "But":
    // "Would Kell ever …?", "So would Kell …?".
    // (Where it stands first, the word's look-up after: most words open no sentence.)
    bool opens_question(uint32_t k) const {
        uint32_t open = k;
        if (!opens_sentence(open) && open > 0 &&
            (tokens_[open - 1].is("so") || tokens_[open - 1].is("and") ||
             tokens_[open - 1].is("but")))
            --open;
        if (!opens_sentence(open) || !auxiliary(tokens_[k])) return false;
        for (uint32_t j = k + 1; j < tokens_.size() && j < k + 30; ++j) {
            if (tokens_[j].paragraph != tokens_[k].paragraph || tokens_[j].is(".") ||
                tokens_[j].is("!") || !tokens_[j].outside())
                return false;
            if (tokens_[j].is("?")) return true;
        }
        return false;
    }

    // Whether the article writes the word at `k`, capitalised, somewhere other than at the
    // start of a sentence (each word's answer kept, as lower_case_elsewhere keeps its own).
    bool named_inside_sentence(uint32_t k) {
        const std::string_view word = tokens_[k].lower;
        for (const auto& [known, answer] : named_inside_answers_)
            if (known == word) return answer;
        bool answer = false;
        for (uint32_t j = 0; j < tokens_.size() && !answer; ++j)
            answer = j != k && tokens_[j].word && tokens_[j].capitalised &&
                     tokens_[j].lower == word && !opens_sentence(j) && tokens_[j - 1].outside() &&
                     !tokens_[j - 1].is(":");
        named_inside_answers_.emplace_back(word, answer);
        return answer;
    }

    // Whether "show" at `k` is the verb of what records say: "Court records show Dana Whitfield
    // told officers", "Figures show", "to show", "did show" (not "the breakfast show", "the
    // news show").
    bool shows_evidence(uint32_t k) const {
        if (!tokens_[k].is("show") || k == 0 || !tokens_[k - 1].word) return false;
        static const WordList kBefore = {"to",   "will",    "would",    "did", "does",  "do",
                                         "data", "footage", "evidence", "may", "might", "could"};
        const Token& before = tokens_[k - 1];
        return kBefore.contains(before.lower) ||
               (!before.possessive && before.lower.size() > 3 && before.lower.back() == 's' &&
                before.lower != "news" && before.lower != "sports" && !before.is("its") &&
                !before.is("this"));
    }

    // The end of a work's title at `k` after "the film", "her podcast", "his new album"; `k`
    // when there is none.
    uint32_t work_title_end(uint32_t k) const {
        static const WordList kWorks = {
            "podcast", "film",  "movie",  "album",    "show",    "series",    "documentary",
            "book",    "novel", "memoir", "song",     "single",  "play",      "musical",
            "sitcom",  "drama", "comedy", "thriller", "episode", "programme", "program",
            "opera",   "ep",    "record", "mixtape",  "podcasts"};
        const Token& work = tokens_[k - 1];
        if (!work.word || work.capitalised || work.possessive || !kWorks.contains(work.lower) ||
            tokens_[k - 1].paragraph != tokens_[k].paragraph)
            return k;
        const Token& before = tokens_[k - 2];
        // (The determiners hold "his", "her" and "their".)
        if (!before.word || !(before.has(word_class::determiner) || before.is("new") ||
                              before.is("hit") || before.is("debut") || before.is("latest")))
            return k;
        uint32_t end = k;
        while (joins(k, end) && end < k + 8 &&
               ((tokens_[end].word && (tokens_[end].capitalised || tokens_[end].is("of") ||
                                       tokens_[end].is("and") || tokens_[end].is("the"))) ||
                (!tokens_[end].word && (tokens_[end].is("\u2019") || tokens_[end].is("'")))))
            ++end;
        while (end > k && tokens_[end - 1].word && !tokens_[end - 1].capitalised) --end;
        return end;
    }

    // Whether the headline (the first paragraph) is in title case: "Moth Parliament Cancel
    // North American Tour" (of its words of four letters or more after the first, at least three
    // and all but one in five capitalised). Asked once.
    bool title_case_headline() { return title_case_line(0); }

    // Whether the paragraph `p` (the headline, 0, or the line under it, 1) is in title case;
    // the line under it only when the headline is too.
    bool title_case_line(uint32_t p) {
        if (p > 1) return false;
        if (!title_case_[p]) {
            uint32_t long_words = 0, capitalised = 0;
            uint32_t k = 0;
            while (k < tokens_.size() && tokens_[k].paragraph < p) ++k;
            const uint32_t first = k;
            for (++k; k < tokens_.size() && tokens_[k].paragraph == p; ++k)
                if (tokens_[k].word && tokens_[k].lower.size() >= 4 && tokens_[k].outside()) {
                    ++long_words;
                    capitalised += tokens_[k].capitalised;
                }
            title_case_[p] = mostly_capitalised(long_words, capitalised) &&
                             first < tokens_.size() && tokens_[first].paragraph == p &&
                             (p == 0 || title_case_line(0));
        }
        return *title_case_[p];
    }

    // Whether the word at `k`, in a headline, is a verb in -s that the article writes nowhere
    // after its first two lines and that no given name or title is: "Orders", "Cites".
    bool headline_verb(uint32_t k) {
        const Token& t = tokens_[k];
        if (t.lower.size() < 4 || t.lower.back() != 's' || t.lower.ends_with("ss") ||
            t.has(word_class::male | word_class::female | word_class::title |
                  word_class::honorific))
            return false;
        for (uint32_t j = k + 1; j < tokens_.size(); ++j)
            if (tokens_[j].paragraph > 1 && tokens_[j].lower == t.lower) return false;
        return true;
    }

    // Whether the article writes the word at `k` in lower case somewhere.
    // (Each word's answer is kept: a long article with many "the company" reads its tokens once
    // for each word asked about, of which there are few, not once for each question.)
    bool lower_case_elsewhere(uint32_t k) {
        const std::string_view word = tokens_[k].lower;
        for (const auto& [known, answer] : lower_case_answers_)
            if (known == word) return answer;
        const bool answer = std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& t) {
            return t.word && !t.capitalised && t.lower == word;
        });
        lower_case_answers_.emplace_back(word, answer);
        return answer;
    }

    // Whether one or two lower-case words after `end` lead to a capitalised name: "Delivery
    // platform Zoomly". (Three are a clause: "Kingsmere have sacked manager Stuart Wade".)
    bool name_follows(uint32_t end) const {
        for (uint32_t k = end; k < end + 3 && k < tokens_.size() && tokens_[k].word; ++k)
            if (tokens_[k].capitalised) return k > end;
        return false;
    }

    // The person who opened the sentence of a later mention in a clause it appended: "Gharafa
    // coach Dragan Petrovic lamented …, including a chance … saved by goalkeeper Saad al-Sheeb.
    // “…,” said the Serbian" is Petrovic. The later mention's own person when none did, or
    // when the later one is in the opener's clause ("Steve Hollis praised Luka Kovac. The
    // Croatian …").
    uint32_t sentence_opener_before(std::vector<Mention>::const_reverse_iterator it) const {
        bool appended = false;
        for (auto earlier = std::next(it); earlier != out_.mentions.rend(); ++earlier) {
            bool crossed = false;
            for (uint32_t k = earlier->last; k <= it->first && !crossed; ++k) {
                crossed = opens_sentence(k);
                appended = appended || tokens_[k].is(",") || tokens_[k].is("that") ||
                           tokens_[k].is("which") || tokens_[k].is("who");
            }
            if (crossed) break;
            if (appended && earlier->subject && !earlier->possessive &&
                earlier->entity != UINT32_MAX &&
                out_.entities[earlier->entity].kind == EntityKind::person)
                return earlier->entity;
        }
        return it->entity;
    }

    // "“…,” the Spaniard said": a nationality standing alone after "the" is the person just
    // named. Only before a verb or punctuation: "the Russian side said" is no person.
    uint32_t epithet(uint32_t start) {
        if (!tokens_[start].is("the") || !joins(start, start + 1)) return start;
        // "“…,” the 20-year-old said": an age stands for a person too, the one of that age when
        // the article gave it ("Malik Johnson, 20,").
        const uint32_t age = age_of(tokens_[start + 1]);
        // "Mbeki, 19, … the teenager said": the newest person said to be 13 to 19.
        const bool teenager = tokens_[start + 1].is("teenager") || tokens_[start + 1].is("teen");
        // ("the Northern Irishman", "the South African", "the New Zealander".)
        static const WordList kCompass = {"northern", "southern", "eastern", "western", "north",
                                          "south",    "east",     "west",    "new"};
        uint32_t word =
            start + (tokens_[start + 1].capitalised &&
                             kCompass.contains(tokens_[start + 1].lower) &&
                             joins(start, start + 2) && tokens_[start + 2].has(word_class::epithet)
                         ? 2
                         : 1);
        // ("“…,” the Ballina man said", "the Moycullen clubman": where the subject just named is
        // from, before a word for a person.)
        static const WordList kPersonOfPlace = {"man", "woman", "native", "clubman", "clubwoman"};
        const bool of_place = age == 0 && !teenager && !tokens_[word].has(word_class::epithet) &&
                              tokens_[start + 1].capitalised && joins(start, start + 2) &&
                              tokens_[start + 2].word &&
                              kPersonOfPlace.contains(tokens_[start + 2].lower) &&
                              !tokens_[start + 1].has(word_class::title | word_class::role |
                                                      word_class::organisation);
        if (of_place) word = start + 2;
        if (!tokens_[word].has(word_class::epithet) && age == 0 && !teenager && !of_place)
            return start;
        // ("the 19-year-old German said": an age and a nationality.)
        if (age != 0 && joins(start, start + 2) && tokens_[start + 2].has(word_class::epithet) &&
            !tokens_[start + 2].has(word_class::role))
            word = start + 2;
        // ("The dad-of-four pulled over": a parent with a count of children is a person before
        // any verb.)
        if (joins(start, word + 1) && tokens_[word + 1].word &&
            !tokens_[word + 1].has(word_class::cue_start) && !tokens_[word + 1].is("who") &&
            tokens_[word].lower.find("-of-") == std::string::npos)
            return start;
        Mention mention;
        mention.first = start;
        mention.last = word + 1;
        mention.form = MentionForm::descriptor;
        mention.text =
            std::string(Span{tokens_[start + 1].span.start, tokens_[word].span.end}.in(text_));
        if (age != 0) {
            mention.entity = person_of_age(age);
        } else if (teenager) {
            mention.entity = teenager_named();
            if (mention.entity == UINT32_MAX) return start;
        } else if (of_place) {
            // (Whom a pronoun there would mean, not someone the sentence passed: "Galway captain
            // Ó Ceallaigh … dedicated the win to his late grandfather, Máirtín".)
            const Token& head = tokens_[word];
            const Gender gender = head.has(word_class::male)     ? Gender::male
                                  : head.has(word_class::female) ? Gender::female
                                                                 : Gender::unknown;
            const Mention* meant = out_.antecedent(token_vector_, start, true, gender);
            if (!meant || meant->entity == UINT32_MAX) return start;
            mention.entity = meant->entity;
        } else {
            // The person named last, not in a possessive ("Rovers manager Niall Brogan
            // refused … when Ribeiro's name was mentioned. “…,” the Northern Irishman said").
            // A possessive counts when it opens its sentence ("Bastien Moreau's header won it
            // … The Frenchman, 26,").
            uint32_t opening_possessive = UINT32_MAX;
            size_t looked = 0;
            for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend() && looked < 64;
                 ++it, ++looked) {
                if (it->last > start || it->entity == UINT32_MAX ||
                    out_.entities[it->entity].kind != EntityKind::person)
                    continue;
                if (tokens_[it->first].paragraph + 1 < tokens_[start].paragraph) break;
                if (!it->possessive) {
                    mention.entity = it->subject ? it->entity : sentence_opener_before(it);
                    break;
                }
                if (opening_possessive == UINT32_MAX && opens_clause(it->first))
                    opening_possessive = it->entity;
            }
            if (mention.entity == UINT32_MAX) mention.entity = opening_possessive;
            if (mention.entity == UINT32_MAX) {
                uint32_t newest = 0;
                for (uint32_t e = 0; e < last_seen_.size(); ++e)
                    if (out_.entities[e].kind == EntityKind::person && last_seen_[e] >= newest &&
                        last_seen_[e] > 0 && last_seen_[e] <= start)
                        mention.entity = e, newest = last_seen_[e];
            }
        }
        add(std::move(mention));
        return word + 1;
    }

    // The person "the 45-year-old" is: the newest one said to be that old, else the newest
    // person of no known age who opened a clause, possessive or not ("Obi's goal … the
    // 22-year-old said"; "The 58-year-old, who plays Brenda," is not the soap named after the
    // actress).
    uint32_t person_of_age(uint32_t age) const {
        uint32_t fallback = UINT32_MAX;
        size_t looked = 0;
        for (size_t i = out_.mentions.size(); i-- > 0 && looked < 64; ++looked) {
            const Mention& m = out_.mentions[i];
            if (m.entity == UINT32_MAX || out_.entities[m.entity].kind != EntityKind::person)
                continue;
            const uint32_t known = m.entity < ages_.size() ? ages_[m.entity] : 0;
            if (known == age) return m.entity;
            if (known == 0 && m.subject && fallback == UINT32_MAX) fallback = m.entity;
        }
        return fallback;
    }

    // "Toronto-listed", "Harare-born", "Shenzhen-based": where a person or a company is from.
    static bool place_modifier(const Token& t) {
        return t.capitalised && place_modifier_word(t.lower);
    }
    static bool place_modifier_word(std::string_view word) {
        static constexpr std::string_view kSuffixes[] = {
            "-based", "-listed",        "-born",       "-owned", "-backed",
            "-led",   "-headquartered", "-registered", "-raised"};
        // (Every one ends in "d", "n" or the dash: most words are past at their last letter.)
        if (word.size() < 4 || (word.back() != 'd' && word.back() != 'n' && word.back() != '-') ||
            word.find('-') == std::string_view::npos)
            return false;
        // ("the Seoul- and San Jose-based startup": the first of two before one suffix.)
        if (word.ends_with('-')) return true;
        for (const std::string_view suffix : kSuffixes)
            if (word.ends_with(suffix)) return true;
        return false;
    }

    // The newest person whose age was given as 13 to 19, or UINT32_MAX.
    uint32_t teenager_named() const {
        size_t looked = 0;
        for (size_t i = out_.mentions.size(); i-- > 0 && looked < 64; ++looked) {
            const Mention& m = out_.mentions[i];
            if (m.entity == UINT32_MAX || m.entity >= ages_.size()) continue;
            if (const uint32_t known = ages_[m.entity]; known >= 13 && known <= 19) return m.entity;
        }
        return UINT32_MAX;
    }

    // 20 for "20-year-old", 0 for any other word.
    static uint32_t age_of(const Token& t) {
        constexpr std::string_view kSuffix = "-year-old";
        const std::string_view word = t.lower;
        if (!t.word || !word.ends_with(kSuffix)) return 0;
        return small_number(word.substr(0, word.size() - kSuffix.size()));
    }

    // Whether the capitalised word at `name` is a body's own name before the lower-case word of
    // its kind at `kind`: letters ("the GMB union"), or any name before a union's or a party's
    // word ("the Unite union", "the Labour party"); not a place before a government's ("the
    // Quebec government").
    // (Letters of three or more, and not before a public body's word: "the US government",
    // "the NHS trust" keep their descriptor.)
    bool name_before_kind(uint32_t name, uint32_t kind) const {
        const auto it = lexicon_.organisation_kinds.find(tokens_[kind].lower);
        if (it == lexicon_.organisation_kinds.end()) return false;
        if (all_capitals(tokens_[name]) && tokens_[name].lower.size() >= 3)
            return it->second != "public" && it->second != "charity";
        return (it->second == "labour" || it->second == "politics") &&
               !tokens_[name].has(word_class::epithet) && !place_modifier(tokens_[name]);
    }

    // Whether `kind_word` is one of the capitalised words of `entity`'s proper name: "the
    // department" for the "Department of Land and Natural Resources", not "the fund" for "a
    // Californian venture fund".
    static bool names_kind(const Entity& entity, std::string_view kind_word) {
        if (!proper_name(entity)) return false;
        const std::string_view name = entity.name;
        for (size_t at = 0; at < name.size();) {
            const size_t end = std::min(name.find(' ', at), name.size());
            if (name[at] >= 'A' && name[at] <= 'Z' &&
                written_as(name.substr(at, end - at), kind_word))
                return true;
            at = end + 1;
        }
        return false;
    }

    // Whether the written word is `lower` with ASCII capitals, no string made.
    static bool written_as(std::string_view written, std::string_view lower) {
        return written.size() == lower.size() &&
               std::equal(lower.begin(), lower.end(), written.begin(), [](char a, char b) {
                   return a == (b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : b);
               });
    }

    // Whether `word` heads `entity`'s proper name of several words: the word before its first
    // "of" ("City" of the "City of Cape Town"), else its last ("Council" of "Kent County
    // Council").
    static bool headed_by(const Entity& entity, std::string_view word) {
        if (!proper_name(entity)) return false;
        const std::string_view name = entity.name;
        std::string_view head = word_before_of(name);
        if (head.empty()) {
            const size_t space = name.rfind(' ');
            if (space == std::string_view::npos) return false;
            head = name.substr(space + 1);
        }
        return written_as(head, word);
    }

    // The word before the first " of " of a name ("Confederation" of the "Ontario Confederation
    // of University Faculty Associations"); empty when it has none.
    static std::string_view word_before_of(std::string_view name) {
        const size_t of = name.find(" of ");
        if (of == std::string_view::npos || of == 0) return {};
        const size_t space = name.rfind(' ', of - 1);
        const size_t at = space == std::string_view::npos ? 0 : space + 1;
        return name.substr(at, of - at);
    }

    // "the airline" after "Northwind Airlines", "the ministry" after "the Foreign Ministry": the
    // newest organisation whose name holds the word (or its plural), however far back.
    uint32_t organisation_named(std::string_view head) const {
        // ("Starline Entertainment, the agency …" … "the agency said": a body called so; but
        // a body named since with the word capitalised in its name is meant: "the Fire
        // Department … The state Department of Land and Natural Resources … the department".)
        size_t looked = 0;
        for (uint32_t e = static_cast<uint32_t>(out_.entities.size()); e-- > 0 && looked < 64;)
            if (const Entity& entity = out_.entities[e]; entity.kind == EntityKind::organisation &&
                                                         ++looked && !entity.title_words.empty() &&
                                                         entity.holds_title(head)) {
                const uint32_t since = organisation_holding(head);
                return since != UINT32_MAX && since > e && names_kind(out_.entities[since], head)
                           ? since
                           : e;
            }
        const uint32_t named = organisation_holding(head);
        // ("the club" is "Ferrisvale RFC", "the company" "Halden Foods Ltd": the lexicon's
        // synonyms of the head, when its own word names nothing.)
        if (named != UINT32_MAX && proper_name(out_.entities[named])) return named;
        // (The newest of them: "the club" after "Harrowgate Athletic 2-1 Kingsmere United".)
        uint32_t newest = UINT32_MAX;
        if (const auto synonyms = lexicon_.role_synonyms.find(head);
            synonyms != lexicon_.role_synonyms.end())
            for (const std::string& synonym : synonyms->second)
                if (const uint32_t e = organisation_holding(synonym);
                    e != UINT32_MAX && proper_name(out_.entities[e]) &&
                    (newest == UINT32_MAX || e > newest))
                    newest = e;
        return newest != UINT32_MAX ? newest : named;
    }

    // The body of a kind agreeing with `kind_word` that last opened a clause before token
    // `at`, in its paragraph or the three before; UINT32_MAX when there is none.
    // `by_name`: only where the body is called by a name of more than one word, not described
    // ("An Aberdeen engineering firm is to axe 140 jobs").
    uint32_t subject_organisation_of_kind(std::string_view kind_word, uint32_t at,
                                          bool by_name = false) const {
        size_t looked = 0;
        for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend() && looked < 64;
             ++it, ++looked) {
            if (tokens_[it->first].paragraph + 3 < tokens_[at].paragraph) break;
            // (Nor a headline's first word: "Airline grounds fleet".)
            if (by_name && (it->form == MentionForm::descriptor || it->entity == UINT32_MAX ||
                            out_.entities[it->entity].name.find(' ') == std::string::npos))
                continue;
            if (it->subject && !it->possessive && it->entity != UINT32_MAX &&
                out_.entities[it->entity].kind == EntityKind::organisation &&
                proper_name(out_.entities[it->entity]) && kinds_agree(it->entity, kind_word))
                return it->entity;
        }
        return UINT32_MAX;
    }

    // The newest organisation, a proper name, named in paragraph `paragraph` or the three
    // before, whose name holds `word` as one of its words ("Nova Scotia Health" for "the health
    // authority"); UINT32_MAX when there is none.
    uint32_t organisation_named_with(std::string_view word, uint32_t paragraph) const {
        size_t looked = 0;
        for (size_t i = out_.mentions.size(); i-- > 0 && looked < 48; ++looked) {
            const Mention& m = out_.mentions[i];
            if (tokens_[m.first].paragraph + 3 < paragraph) break;
            if (m.entity == UINT32_MAX || m.form == MentionForm::descriptor) continue;
            const Entity& entity = out_.entities[m.entity];
            if (entity.kind != EntityKind::organisation || !proper_name(entity)) continue;
            for (uint32_t k = m.first; k < m.last; ++k)
                if (tokens_[k].capitalised && tokens_[k].lower == word) return m.entity;
        }
        return UINT32_MAX;
    }

    // The newest organisation whose name holds the word `head` (or its plural); a proper name
    // before a descriptor kept as written.
    uint32_t organisation_holding(std::string_view head) const {
        size_t looked = 0;
        // A name ("the group" is the National Prediabetes Alliance, an advocacy group) before
        // a descriptor kept as written ("a local advocacy group").
        uint32_t unnamed = UINT32_MAX;
        // (A name that holds the word before another of its words, as a modifier, only when no
        // name has it as its head: "the university" is the University of Georgian Bay, not the
        // Confederation of University Faculty Associations named since.)
        uint32_t modified = UINT32_MAX;
        for (uint32_t e = static_cast<uint32_t>(out_.entities.size()); e-- > 0 && looked < 64;) {
            const Entity& entity = out_.entities[e];
            if (entity.kind != EntityKind::organisation) continue;
            ++looked;
            if ((unnamed != UINT32_MAX || modified != UINT32_MAX) && !proper_name(entity)) continue;
            const std::string& name = entity.name;
            // Word by word: `at` is always where a word of the name starts.
            for (size_t at = 0; at + head.size() <= name.size();) {
                const size_t end = at + head.size();
                const bool ends =
                    end == name.size() || name[end] == ' ' ||
                    (name[end] == 's' && (end + 1 == name.size() || name[end + 1] == ' '));
                if (ends && written_as(std::string_view(name).substr(at, head.size()), head)) {
                    const size_t next = name.find(' ', end);
                    const bool modifier = next != std::string::npos && next + 1 < name.size() &&
                                          name[next + 1] >= 'A' && name[next + 1] <= 'Z' &&
                                          name[at] >= 'A' && name[at] <= 'Z';
                    if (proper_name(entity) && !modifier) return e;
                    if (proper_name(entity)) {
                        if (modified == UINT32_MAX) modified = e;
                    } else {
                        unnamed = e;
                    }
                    break;
                }
                const size_t space = name.find(' ', at);
                if (space == std::string::npos) break;
                at = space + 1;
            }
        }
        return modified != UINT32_MAX ? modified : unnamed;
    }

    // Whether the capitalised words of `name` (split at spaces) begin with the letters of
    // `acronym`, one each, in order and all of them; lower-case words ("of", "and") pass over,
    // and so does "The" when `skip_the`.
    static bool spells(std::string_view name, std::string_view acronym, bool skip_the) {
        size_t matched = 0;
        for (size_t at = 0; at < name.size();) {
            size_t space = name.find(' ', at);
            if (space == std::string_view::npos) space = name.size();
            const std::string_view word = name.substr(at, space - at);
            at = space + 1;
            // ("Independent Investigations Office of B.C." is the IIO: where it is from after
            // the initials' words.)
            // ("Centers for Disease Control and Prevention" is the CDC: a last word after "and"
            // that the letters, three or more, leave out.)
            if (matched == acronym.size() &&
                (word == "of" || word == "in" || (word == "and" && matched >= 3)))
                return true;
            if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) continue;  // of, for
            if (skip_the && word == "The") continue;
            if (matched == acronym.size() || word[0] != acronym[matched]) return false;
            ++matched;
        }
        return matched == acronym.size();
    }

    // "Natural Resources Wales (NRW)": the name's initials in brackets after it make it an
    // organisation's (people are not given acronyms).
    bool initials_follow(uint32_t first, uint32_t last) const {
        if (last + 2 >= tokens_.size() || !tokens_[last].is("(") || !tokens_[last + 2].is(")"))
            return false;
        const std::string_view acronym = tokens_[last + 1].span.in(text_);
        return (acronym.size() >= 2 &&
                spells(Span{tokens_[first].span.start, tokens_[last - 1].span.end}.in(text_),
                       acronym, false)) ||
               !loose_acronym(first, last).empty();
    }

    // "SkillsFuture Singapore (SSG)": capitals in brackets after a name of two words or more
    // that open with its first letter, though the rest are not its words' initials; no first
    // name in it ("Sari Vähäkangas (PS)" is a minister and her party, "Tan Wei (PAP)" too).
    std::string_view loose_acronym(uint32_t first, uint32_t last) const {
        if (last < first + 2 || last + 2 >= tokens_.size() || !tokens_[last].is("(") ||
            !tokens_[last + 2].is(")") || !all_capitals(tokens_[last + 1]))
            return {};
        const std::string_view written = tokens_[last + 1].span.in(text_);
        if (written.size() < 3 || written.size() > 6 ||
            written.front() != tokens_[first].span.in(text_).front())
            return {};
        for (uint32_t k = first; k < last; ++k)
            if (!tokens_[k].word || tokens_[k].has(word_class::male | word_class::female |
                                                   word_class::title | word_class::honorific))
                return {};
        return written;
    }

    // Whether the name at `first` opens with a body's letters, three or more in capitals before
    // a word in mixed case: "NHS England", "BBC Scotland" (no person's name; "JRR Tolkien" is
    // the rare exception). Not a title's letters: "MSP Jane Smith", "CEO Tim Cook".
    bool acronym_opens(uint32_t first) const {
        const Token& letters = tokens_[first];
        // ("PT Sawit Khatulistiwa Makmur": an Indonesian company's letters too.)
        return (letters.lower.size() >= 3 || letters.is("pt")) && all_capitals(letters) &&
               !letters.has(word_class::title | word_class::role | word_class::honorific |
                            word_class::abbreviation | word_class::post_nominal) &&
               tokens_[first + 1].capitalised && !all_capitals(tokens_[first + 1]);
    }

    // "DI Rahman": a detective inspector, written in capitals; "di" is otherwise a particle
    // ("Luca di Marco", "Di Maio").
    bool detective_inspector(const Token& token) const {
        return token.is("di") && all_capitals(token);
    }

    // Whether the token is written in capitals only ("SA", "NSW").
    bool all_capitals(const Token& token) const {
        const std::string_view word = token.span.in(text_);
        return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    }

    // The short name in brackets after the name [first, last) when it is the name's initials
    // in order, loosely: the name's first initial first, then each letter the initial of a later
    // word, capitalised or not ("Ministry of Health (MOH)", "Centre for Disease Control and
    // Prevention (CDC)"); of a short name in mixed case its capitals ("Department of Education
    // (DepEd)"), of one capitalised like a word all its letters ("South African Radio Astronomy
    // Observatory (Sarao)"). Empty when it is none of these.
    std::string_view acronym_after(uint32_t first, uint32_t last) const {
        if (last + 2 >= tokens_.size() || !tokens_[last].is("(") || !tokens_[last + 2].is(")") ||
            !tokens_[last + 1].word || !tokens_[last + 1].capitalised)
            return {};
        const std::string_view written = tokens_[last + 1].span.in(text_);
        if (written.size() < 2 || written.size() > 8) return {};
        std::string letters;
        for (const char c : written)
            if (c >= 'A' && c <= 'Z')
                letters += static_cast<char>(c - 'A' + 'a');
            else if (c < 'a' || c > 'z')
                return {};
        if (letters.size() == 1) letters = tokens_[last + 1].lower;
        if (letters.size() < 2) return {};
        if (tokens_[first].is("the") && first + 1 < last) ++first;
        size_t matched = 0;
        for (uint32_t k = first; k < last && matched < letters.size(); ++k) {
            if (!tokens_[k].word) continue;
            // ("Primary Industries and Regions SA (PIRSA)": letters in capitals give them all.)
            const std::string_view word = tokens_[k].lower;
            if (word.size() > 1 && word.size() <= 4 && all_capitals(tokens_[k]) &&
                std::string_view(letters).substr(matched, word.size()) == word)
                matched += word.size();
            else if (word[0] == letters[matched])
                ++matched;
            else if (k == first)
                return {};
        }
        return matched == letters.size() ? written : std::string_view{};
    }

    // The organisation whose capitalised words' initials spell `token` ("FAA": Federal Aviation
    // Administration; "of", "for", "and" and "the" are passed over), or UINT32_MAX.
    uint32_t organisation_of_initials(const Token& token) const {
        const std::string_view acronym = token.span.in(text_);
        if (acronym.size() < 2 || acronym.size() > 6 ||
            !std::all_of(acronym.begin(), acronym.end(),
                         [](char c) { return c >= 'A' && c <= 'Z'; }))
            return UINT32_MAX;
        for (uint32_t e = static_cast<uint32_t>(out_.entities.size()); e-- > 0;) {
            const Entity& entity = out_.entities[e];
            if (entity.kind != EntityKind::organisation) continue;
            if (spells(entity.name, acronym, true)) return e;
            // ("The White House Office of Management and Budget … OMB said": the initials of
            // the name past one or two words of whose it is, three letters or more.)
            if (acronym.size() < 3) continue;
            std::string_view tail = entity.name;
            for (int dropped = 0; dropped < 2; ++dropped) {
                const size_t space = tail.find(' ');
                if (space == std::string_view::npos) break;
                tail.remove_prefix(space + 1);
                if (spells(tail, acronym, true)) return e;
            }
        }
        return UINT32_MAX;
    }

    // Whether the token at `at` is the apostrophe of a plural's possessive inside a body's name,
    // right after the plural and before the body's word: "the British Pilots' Association".
    [[gnu::always_inline]] bool plural_apostrophe(uint32_t start, uint32_t at) const {
        const Token& t = tokens_[at];
        return !t.word && (t.is("'") || t.is("\xE2\x80\x99")) &&
               tokens_[at - 1].lower.ends_with("s") && joins(start, at + 1) &&
               tokens_[at + 1].capitalised && tokens_[at + 1].has(word_class::organisation) &&
               t.span.start == tokens_[at - 1].span.end;
    }

    // Whether the possessive at `k`, inside a run of capitalised words, is part of a body's
    // name: someone of a role or a people's word ("Sheriff's Office", "People's Democratic
    // Party", "Great Ormond Street Children's Hospital", "St Jude's"), or any word right before
    // the body's own ("Hong Kong's Hospital Authority"). "South Korea's Hanseong Energy
    // Solutions" is a company of South Korea's.
    bool possessive_in_name(uint32_t k) const {
        static const WordList kPeople = {"people",  "children", "women",    "men",    "workers",
                                         "peoples", "veterans", "citizens", "farmers"};
        const Token& t = tokens_[k];
        return t.has(word_class::role | word_class::title | word_class::organisation) ||
               (lexicon_.singular_classes_of(t.lower) & word_class::role) ||
               kPeople.contains(t.lower) ||
               (k > 0 && (tokens_[k - 1].is("st") || tokens_[k - 1].is("saint"))) ||
               (k + 1 < tokens_.size() && tokens_[k + 1].has(word_class::organisation));
    }

    // Whether capitalised words from `at` reach a body's word, three at most: "Great Ormond
    // Street Children's Hospital", "St. Brendan's Regional Hospital".
    bool body_follows(uint32_t start, uint32_t at) const {
        for (uint32_t k = at; k < at + 3 && joins(start, k) && tokens_[k].word &&
                              tokens_[k].capitalised && !tokens_[k].possessive;
             ++k)
            if (tokens_[k].has(word_class::organisation)) return true;
        return false;
    }

    // Whether `name` is a lone surname, or one with a title kept ("Lord Carrick"), that a full
    // name upgrades.
    bool lone_name(const std::string& name) const {
        const size_t space = name.find(' ');
        if (space == std::string::npos) return true;
        return name.find(' ', space + 1) == std::string::npos &&
               (lexicon_.classes_of(lowercase_ascii(std::string_view(name).substr(0, space))) &
                word_class::kept_alone);
    }

    // Whether a mention of `entity` by two words or more has what only a person's name has
    // after it: an age or a "who" set off by a comma ("Oluwaseun Adebayo, 52,"), a role in
    // apposition ("…, a co-author of the study"), or the body they work at ("Oluwaseun Adebayo
    // at the University of Ibadan").
    bool described_as_person(uint32_t entity) const {
        for (const Mention& m : out_.mentions) {
            if (m.entity != entity || m.last < m.first + 2 || m.last + 2 >= tokens_.size())
                continue;
            const Token& after = tokens_[m.last];
            const Token& next = tokens_[m.last + 1];
            if (after.is(",") && (is_age(next) || next.is("who"))) return true;
            if (after.is(",") && (next.is("a") || next.is("an")))
                for (uint32_t k = m.last + 2; k < m.last + 6 && k < tokens_.size(); ++k) {
                    if (!tokens_[k].word) break;
                    if (tokens_[k].has(word_class::role)) return true;
                }
            if (after.is("at") || after.is("from")) {
                // (A body's word, not a ground: "Sporting Valdemar at Estadio Norte".)
                uint32_t k = next.is("the") ? m.last + 2 : m.last + 1;
                for (; k < tokens_.size() && k < m.last + 6 && tokens_[k].capitalised; ++k)
                    if (tokens_[k].has(word_class::organisation)) return true;
            }
        }
        return false;
    }

    // Whether `entity` is a name of two words that nothing makes a person's: no gender, no
    // title, a first word that is no first name, title or role ("Sporting Valdemar").
    bool nameless_pair(const Entity& entity) const {
        if (entity.kind != EntityKind::person || entity.gender != Gender::unknown ||
            !entity.title_words.empty())
            return false;
        const size_t space = entity.name.find(' ');
        if (space == std::string::npos || entity.name.find(' ', space + 1) != std::string::npos)
            return false;
        const std::string first = lowercase_ascii(std::string_view(entity.name).substr(0, space));
        return !(lexicon_.classes_of(first) &
                 (word_class::male | word_class::female | word_class::title | word_class::role));
    }

    // Whether token `k` is the number of a union's or a lodge's branch: "Local 1182".
    bool branch_number(uint32_t k) const {
        if (k == 0 || !joins(k - 1, k)) return false;
        const Token& t = tokens_[k];
        return t.word && !t.lower.empty() && t.lower[0] >= '0' && t.lower[0] <= '9' &&
               (tokens_[k - 1].is("local") || tokens_[k - 1].is("lodge") ||
                // ("UAW Region 1 Director Anthony Calloway", "District 9".)
                (tokens_[k - 1].capitalised &&
                 (tokens_[k - 1].is("region") || tokens_[k - 1].is("district") ||
                  tokens_[k - 1].is("ward") || tokens_[k - 1].is("precinct"))));
    }

    // "uMvoti", "eThekwini": a word starting lower-case with a capital inside.
    bool inner_capital(uint32_t k) const {
        const std::string_view word = tokens_[k].span.in(text_);
        return std::any_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    }

    // The organisation named by the text of tokens [first, last).
    uint32_t organisation_spanning(uint32_t first, uint32_t last) {
        const uint32_t id = organisation(
            std::string(Span{tokens_[first].span.start, tokens_[last - 1].span.end}.in(text_)));
        file_acronym(first, last, id);
        // ("South Korea's Hanseong Energy Solutions … Hanseong said".)
        if (out_.entities[id].kind == EntityKind::organisation)
            file_company_under_first_word(first, last, id);
        return id;
    }

    // "the Ministry of Health (MOH) … MOH said": letters in brackets right after a body's name
    // are what it goes by, though they drop or keep a small word.
    // (A headline that used the short name before the article spelled it out, "as CBN
    // tightens rules", named the same body.)
    void file_acronym(uint32_t first, uint32_t last, uint32_t id) {
        std::string_view written = acronym_after(first, last);
        if (written.empty()) written = loose_acronym(first, last);
        if (written.empty()) return;
        auto [known, added] = by_full_.try_emplace(lowercase_ascii(written), id);
        if (added || *known == id) return;
        if (Entity& before = out_.entities[*known];
            before.kind != EntityKind::person && before.name == written) {
            before.name = out_.entities[id].name;
            before.kind = EntityKind::organisation;
            *known = id;
        }
    }

    // (Without a last "'s": "the European Union’s regulation" is the union's, whose name a
    // business's "the company" must not take for a business's.)
    uint32_t organisation(std::string name) {
        for (const std::string_view suffix : {"'s", "\xE2\x80\x99s"})
            if (name.size() > suffix.size() + 1 && name.ends_with(suffix)) {
                name.resize(name.size() - suffix.size());
                break;
            }
        auto [id, inserted] = by_full_.try_emplace(name, 0);
        if (!inserted) return *id;
        const std::string_view before = std::string_view(name).substr(0, name.rfind(' '));
        if (const uint32_t named = named_before_its_form(name, before); named != UINT32_MAX)
            return *id = named;
        *id = new_entity(name, EntityKind::organisation);
        // ("Tromsø-based startup", "Oslo- and Bergen-based startup": where a body is, then words
        // in lower case, is no body's proper name.)
        const size_t space = name.find(' ');
        if (space != std::string::npos &&
            place_modifier_word(std::string_view(name).substr(0, space)) &&
            name[name.rfind(' ') + 1] >= 'a' && name[name.rfind(' ') + 1] <= 'z')
            out_.entities[*id].placed = true;
        return *id;
    }

    // "Malaysia's Sinar Agro says …" in a headline, then "Sinar Agro Bhd said": the body named
    // before by `before`, its name without the last word of `name` (a company's form, a body's
    // word), now given the full name; UINT32_MAX when there is none.
    uint32_t named_before_its_form(std::string_view name, std::string_view before) {
        if (before.size() == name.size() || before.find(' ') == std::string_view::npos ||
            !(lexicon_.classes_of(lowercase_ascii(name.substr(before.size() + 1))) &
              word_class::organisation))
            return UINT32_MAX;
        return named_before(name, before);
    }

    // The body named before by `before`, the opening words of `name`, now given the full name;
    // UINT32_MAX when there is none.
    uint32_t named_before(std::string_view name, std::string_view before) {
        const uint32_t* known = by_full_.find(lowercase_ascii(before));
        // (Taken for a person only for want of anything else: no title, no known first name.)
        if (!known || out_.entities[*known].kind == EntityKind::outlet ||
            (out_.entities[*known].kind == EntityKind::person &&
             (!out_.entities[*known].title_words.empty() ||
              out_.entities[*known].gender != Gender::unknown)))
            return UINT32_MAX;
        Entity& entity = out_.entities[*known];
        entity.name = std::string(name);
        entity.kind = EntityKind::organisation;
        return *known;
    }

    // Whether `entity` holds another word for the role `head` (role_synonyms: "the nun" and
    // "Sister Teresa", "the judge" and "Justice Harinder Sandhu").
    // ("his Greek counterpart Nikos Papadakis … the Greek minister": a counterpart holds the
    // office of whom they meet, whatever it is called.)
    bool holds_synonym(const Entity& entity, std::string_view head) const {
        if (entity.holds_title("counterpart") && (lexicon_.classes_of(head) & word_class::title))
            return true;
        const auto synonyms = lexicon_.role_synonyms.find(head);
        return synonyms != lexicon_.role_synonyms.end() &&
               std::any_of(synonyms->second.begin(), synonyms->second.end(),
                           [&](const std::string& w) { return entity.holds_title(w); });
    }

    // A person with a title fits a descriptor when the descriptor's title words are all theirs
    // ("the foreign minister" does not fit a prime minister) and its nationality, if any, is
    // theirs.
    uint32_t resolve_descriptor(const std::vector<std::string_view>& given, std::string_view head,
                                bool most_recent) {
        // "says PM": an abbreviated title stands for its words.
        std::vector<std::string_view> words;
        words.reserve(given.size() + 2);
        for (const std::string_view word : given) {
            const auto it = lexicon_.classes_of(word) & word_class::abbreviation
                                ? lexicon_.title_abbreviations.find(word)
                                : lexicon_.title_abbreviations.end();
            if (it == lexicon_.title_abbreviations.end()) {
                words.push_back(word);
                continue;
            }
            words.insert(words.end(), it->second.begin(), it->second.end());
            if (word == head) head = it->second.back();
        }
        const bool generic = lexicon_.classes_of(head) & word_class::generic_role;
        uint32_t best = UINT32_MAX;
        uint32_t best_seen = 0;
        // The newest people first, and only so many of them: a descriptor points back a few
        // paragraphs, and a huge article must not make every descriptor scan everyone.
        size_t candidates = 0;
        uint32_t unconfirmed_best = UINT32_MAX;
        size_t unconfirmed_fits = 0;
        uint32_t by_synonym = UINT32_MAX;
        uint32_t synonym_seen = 0;
        for (uint32_t e = static_cast<uint32_t>(out_.entities.size());
             e-- > 0 && candidates < 64;) {
            const Entity& entity = out_.entities[e];
            if (entity.kind != EntityKind::person || entity.title_words.empty()) continue;
            ++candidates;
            const auto has = [&](std::string_view w) { return entity.holds_title(w); };
            // (Someone who holds the role goes before someone who holds another word for it:
            // "the actor" is actor Marcus Cole, not pop star Ava Linden.)
            const bool synonym = !generic && !has(head);
            if (synonym && !holds_synonym(entity, head)) continue;
            // ("the chief", "the official" fit someone with an office, not "the victim's mother,
            // Angela Brooks".)
            if (generic && !has(head) &&
                std::none_of(entity.title_words.begin(), entity.title_words.end(),
                             [&](const std::string& w) {
                                 return (lexicon_.classes_of(w) & word_class::title) != 0;
                             }))
                continue;
            bool fits = true;
            bool unconfirmed = false;  // of a nationality the person was not given
            for (size_t w = 0; w < words.size(); ++w) {
                const std::string_view word = words[w];
                if (word == head) continue;
                const uint32_t classes = lexicon_.classes_of(word);
                if ((classes & word_class::determiner) || common_modifier(word)) continue;
                // ("the South African skipper": a compass word is part of the nationality.)
                if (w + 1 < words.size() &&
                    (lexicon_.classes_of(words[w + 1]) & word_class::epithet) &&
                    (word == "south" || word == "north" || word == "east" || word == "west" ||
                     word == "new"))
                    continue;
                const bool title = classes & (word_class::title | word_class::role);
                // ("the opposition leader" is no finance minister.)
                if (title && !has(word)) fits = false;
                if (title || has(word) || has_place(entity, word)) continue;
                // ("the Finnish netminder" fits "Oilers goalie Mikko Laine": a nationality
                // only rules out someone of another nationality.)
                if (classes & word_class::epithet) {
                    if (has_nationality(entity)) fits = false;
                    unconfirmed = true;
                } else if (has_modifier_besides(entity, words)) {
                    // ("the regional fire chief" still fits "Fire chief Anna Lindqvist", not
                    // "Fire Commissioner Hamza Faraday" a "union leader".)
                    fits = false;
                }
            }
            // "the minister" is not the shadow minister, "the president" not the vice president.
            // (Another word for the role names its kind, deputies too: "the Russian diplomat"
            // is Russian Deputy Foreign Minister Vadim Korolyov.)
            // (A vice admiral is an admiral: a rank, no deputy.)
            for (const std::string& title : entity.title_words)
                if (!synonym && (lexicon_.classes_of(title) & word_class::qualifier) &&
                    std::find(words.begin(), words.end(), title) == words.end() &&
                    !(head == "admiral" && title == "vice"))
                    fits = false;
            if (!fits) continue;
            // (Of two drivers of no known nationality, "the Japanese driver" is neither.)
            if (unconfirmed) {
                unconfirmed_fits += 1;
                if (unconfirmed_best == UINT32_MAX) unconfirmed_best = e;
                continue;
            }
            const uint32_t seen = e < last_seen_.size() ? last_seen_[e] : 0;
            if (synonym) {
                // (Another word for the role points back only: "the manager" before "Hibs
                // boss Alan McBride" is named is not him.)
                if (!most_recent || seen == 0) continue;
                if (by_synonym == UINT32_MAX || seen > synonym_seen)
                    by_synonym = e, synonym_seen = seen;
                continue;
            }
            if (!most_recent || best == UINT32_MAX || seen > best_seen) best = e, best_seen = seen;
        }
        if (best == UINT32_MAX) best = by_synonym;
        // (Only someone named before: a person named later is no "the Japanese driver".)
        if (best == UINT32_MAX && unconfirmed_fits == 1 && most_recent) best = unconfirmed_best;
        // "The health secretary … the minister said": with no minister in the article, a
        // secretary is one (a British secretary of state is a cabinet minister).
        if (best == UINT32_MAX && head == "minister") {
            std::vector<std::string_view> as_secretary = given;
            std::replace(as_secretary.begin(), as_secretary.end(), std::string_view("minister"),
                         std::string_view("secretary"));
            // (Not a union's or a party's general secretary.)
            const uint32_t secretary = resolve_descriptor(as_secretary, "secretary", most_recent);
            if (secretary != UINT32_MAX) {
                const auto& titles = out_.entities[secretary].title_words;
                if (std::find(titles.begin(), titles.end(), "general") != titles.end())
                    return UINT32_MAX;
            }
            return secretary;
        }
        return best;
    }

    // The gender the words tell, the first that tells one. (Not a place that is also a first
    // name among the titles: "Harlan County Prosecutor Denise Albrecht".)
    Gender gender_of(const std::vector<std::string_view>& words) const {
        for (size_t k = 0; k < words.size(); ++k) {
            const uint32_t classes = lexicon_.classes_of(words[k]);
            if (k + 1 < words.size() &&
                !(classes & (word_class::title | word_class::honorific | word_class::role)))
                continue;
            if (classes & word_class::male) return Gender::male;
            if (classes & word_class::female) return Gender::female;
        }
        return Gender::unknown;
    }

    // "Turkey's president" fits "Turkish President Recep Tayyip Erdogan": a country and its
    // adjective share their start (turk-ey, turk-ish; russia, russian; oman, omani), while
    // Austria and Australia, Iran and Iraq do not share enough of it.
    bool has_place(const Entity& entity, std::string_view word) const {
        for (const std::string& title : entity.title_words) {
            // ("Kan." from "(R-Kan.)" for "the Kansas Republican"; not a title's abbreviation.)
            if (title.size() >= 3 && title.size() < word.size() && word.starts_with(title) &&
                !(lexicon_.classes_of(title) & (word_class::title | word_class::role)))
                return true;
            size_t common = 0;
            while (common < title.size() && common < word.size() && title[common] == word[common])
                ++common;
            const size_t shorter = std::min(title.size(), word.size());
            if (common >= 4 && common + 2 >= shorter) return true;
        }
        return false;
    }

    bool has_nationality(const Entity& entity) const {
        for (const std::string& word : entity.title_words)
            if (lexicon_.classes_of(word) & word_class::epithet) return true;
        return false;
    }

    // A word before a title that sets no one apart: "Local councillor Imran Shah" is "the Labour
    // councillor", "Redfern coach Wayne Trevallyn" "the veteran coach".
    static bool common_modifier(std::string_view word) {
        // (And moods the papers give someone already named: "The fuming gaffer said".)
        static const WordList kCommon = {"local", "longtime", "long-time", "veteran", "current",
                                         "sitting", "serving", "prominent", "fuming", "furious",
                                         "angry", "frustrated", "delighted", "jubilant",
                                         "emotional", "relieved", "defiant", "under-fire",
                                         "embattled", "beleaguered", "beaming", "visibly", "top",
                                         // (And a term of office: "the first-term mayor".)
                                         "first-term", "second-term", "third-term", "one-term",
                                         "two-term", "three-term", "incumbent", "outgoing"};
        return kCommon.contains(word);
    }

    // Whether the person's titles hold a word that is no title or role ("Everton" of "Everton
    // boss", "fire" of "Fire chief") and that `words` do not hold.
    bool has_modifier_besides(const Entity& entity,
                              const std::vector<std::string_view>& words) const {
        for (const std::string& word : entity.title_words)
            if (!(lexicon_.classes_of(word) & (word_class::title | word_class::role)) &&
                !common_modifier(word) &&
                std::find(words.begin(), words.end(), word) == words.end())
                return true;
        return false;
    }

    // "White House press secretary Karine Jean-Pierre", "Lower Hutt mother-of-three Ana Rua": a
    // capitalised run, then role words or an epithet, then a name; the run is the title of the
    // name that follows, not an entity of its own.
    bool titles_a_name(uint32_t start) const {
        uint32_t k = start;
        while (joins(start, k) && tokens_[k].word && tokens_[k].capitalised &&
               !tokens_[k].possessive && k < start + 4)
            ++k;
        if (k == start || k - start >= 4) return false;
        const uint32_t roles_start = k;
        while (joins(start, k) && tokens_[k].word && !tokens_[k].capitalised &&
               tokens_[k].has(word_class::role | word_class::title | word_class::epithet) &&
               k < roles_start + 3)
            ++k;
        if (k == roles_start) return false;
        // "Political scientist Dr Cian Walsh": a title may stand between the role and the name.
        for (const uint32_t titles_start = k; joins(start, k) && tokens_[k].capitalised &&
                                              is_title(tokens_[k]) && k < titles_start + 2;)
            ++k;
        return joins(start, k) && starts_name(tokens_[k]) && !is_title(tokens_[k]);
    }

    // Whether capitalised words from `k` name a body, then a person by a first name and more:
    // "State Duma Nikolai Voronin".
    bool person_after_body(uint32_t k) const {
        for (const uint32_t end = k + 6; k + 2 < tokens_.size() && k < end; ++k) {
            const Token& t = tokens_[k];
            if (!t.word || !t.capitalised || t.possessive) return false;
            if (!t.has(word_class::organisation)) continue;
            // ("Commander of the Sanvaran Navy Vice Admiral Rohan Delacruz": titles between.)
            uint32_t name = k + 1;
            while (name < k + 4 && name + 1 < tokens_.size() && tokens_[name].capitalised &&
                   is_title(tokens_[name]))
                ++name;
            if (name + 1 < tokens_.size() &&
                tokens_[name].has(word_class::male | word_class::female) &&
                tokens_[name].capitalised && tokens_[name + 1].word &&
                tokens_[name + 1].capitalised)
                return true;
        }
        return false;
    }

    // A run of capitalised words: "Russian President Vladimir Putin", "Riad al-Malki", "Putin's".
    uint32_t name_run(uint32_t start) {
        uint32_t end = start;
        bool two_portfolios = false;  // "Minister of Education and Skills Development,": an office
        // (Once more after a nickname in quotation marks.)
        for (bool again = true; again; again = nickname_end(start, end, end)) {
            while (joins(start, end)) {
                const Token& t = tokens_[end];
                // ("United Assembly Workers Local 1182", "Lodge 89": a branch's number.)
                // ("Boxer Terrell Banks Says Sorry to Bouncer": a headline in title case; its
                // speech verb, "Says", "Tells", "Vows", is no name's word. A short list: not
                // "United States", "Consumer Reports".)
                static const WordList kHeadlineVerbs = {
                    "says",    "tells",      "warns",      "vows",    "admits",    "insists",
                    "urges",   "slams",      "blasts",     "denies",  "reveals",   "confirms",
                    "pledges", "apologises", "apologizes", "recalls", "testifies", "responds"};
                // (In the headline, the verbs of its attacks and demands as well: "Congress
                // Targets Rajasthan Government Over Exam Paper Leak".)
                static const WordList kHeadlineOnlyVerbs = {
                    "targets",    "accuses",    "attacks",  "demands", "rejects",   "defends",
                    "criticises", "criticizes", "condemns", "hails",   "welcomes",  "dismisses",
                    "questions",  "mocks",      "seeks",    "calls",   "asks",      "claims",
                    "hits",       "lashes",     "backs",    "praises", "announces", "launches",
                    "blocks",     "halts",      "orders",   "rules",   "upholds",   "overturns",
                    "bans",       "sues",       "fines",    "jails",   "clears",    "convicts",
                    "acquits",    "strikes",    "approves", "quits",   "resigns",   "grants",
                    "refuses"};
                // (Or after a title alone, as a headline quoted in the body reads: "with the
                // headline: Judge Halts Idaho Law".)
                if (t.word && t.capitalised && end > start && !t.possessive &&
                    (kHeadlineVerbs.contains(t.lower) ||
                     ((t.paragraph == 0 ||
                       std::all_of(tokens_.begin() + start, tokens_.begin() + end,
                                   [](const Token& w) {
                                       return w.has(word_class::title | word_class::role);
                                   })) &&
                      kHeadlineOnlyVerbs.contains(t.lower))))
                    break;
                // ("BRITAIN'S MERIDIAN AIR REPORTS ‘SYSTEM ISSUE’": a heading in capitals, as
                // a wire's live page writes them, breaks at its verb.)
                if (t.word && end > start && !t.possessive && t.lower.size() >= 4 &&
                    text_[t.span.start + 1] >= 'A' && text_[t.span.start + 1] <= 'Z' &&
                    all_capitals(t) && all_capitals(tokens_[end - 1]) &&
                    (kHeadlineOnlyVerbs.contains(t.lower) || t.is("reports") || t.is("sees") ||
                     t.is("expects") || t.is("plans")))
                    break;
                // ("Wren Castellanos Lost Her Voice", "Guitarist Ilse Varga Leaves Band": in a
                // headline in title case, after two words, a word no name holds, or one the
                // article writes in lower case and never capitalised inside a sentence, is no
                // name's.)
                if (t.word && t.capitalised && end > start + 1 && t.paragraph == 0 &&
                    !t.possessive && title_case_headline() &&
                    ((t.has(word_class::not_name) && !known_surname(t)) ||
                     (lower_case_elsewhere(end) && !named_inside_sentence(end))))
                    break;
                // ("Singer Wade Calloway Marries Sienna Park": in a headline in title case,
                // after two words, a verb's -s before a first name and a surname is no name's:
                // it joins two people.)
                if (t.word && t.capitalised && end > start + 1 && t.paragraph == 0 &&
                    !t.possessive && t.lower.size() >= 4 && t.lower.back() == 's' &&
                    joins(start, end + 2) && tokens_[end + 1].capitalised &&
                    tokens_[end + 1].has(word_class::male | word_class::female) &&
                    tokens_[end + 2].word && tokens_[end + 2].capitalised &&
                    !tokens_[end].has(word_class::male | word_class::female) &&
                    title_case_headline())
                    break;
                // ("granted to Northgate Widget Makers Ltd. It was …": after an abbreviation's
                // period, a word no name holds opens the next sentence.)
                if (t.word && t.capitalised && end > start && t.has(word_class::not_name) &&
                    text_[tokens_[end - 1].span.end - 1] == '.' && !tokens_[end - 1].possessive)
                    break;
                if (t.word && (t.capitalised || (end > start + 1 && branch_number(end)) ||
                               (end == start && lowercase_particle(t)))) {
                    ++end;
                    // "Sonoma County Sheriff's Office", "Great Ormond Street Children's
                    // Hospital": a possessive inside an organisation's name (not its first
                    // word: "Russia's Foreign Ministry" is Russia's).
                    if (t.possessive && !(end - 1 > start && body_follows(start, end) &&
                                          possessive_in_name(end - 1)))
                        break;
                    continue;
                }
                // "the British Pilots' Association": a plural's apostrophe inside the name.
                if (!t.word && end > start && plural_apostrophe(start, end)) {
                    ++end;
                    continue;
                }
                const bool between_names =
                    joins(start, end + 1) && tokens_[end + 1].capitalised && tokens_[end + 1].word;
                // "Andrés de la Cruz", "Luis van der Hoek": particles, one or two, before a name.
                if (t.word && end > start && t.has(word_class::name_particle)) {
                    uint32_t next = end + 1;
                    if (joins(start, next) && tokens_[next].word &&
                        tokens_[next].has(word_class::name_particle))
                        ++next;
                    if (joins(start, next) && tokens_[next].word && tokens_[next].capitalised) {
                        end = next;
                        continue;
                    }
                }
                // "Bashar al-Assad", "Abdel Fattah el-Sisi": a particle joined to a capitalised
                // name.
                if (t.word && end > start && particle_joined(t)) {
                    ++end;
                    continue;
                }
                if (t.is("of") && between_names && end > start && is_title(tokens_[end - 1])) {
                    ++end;
                    continue;
                }
                // ("Chairman of the State Duma Nikolai Voronin", "Speaker of the Federation
                // Council Valentina Matviyenko": "of the" and a body, then a first name.)
                if (t.is("of") && end > start && is_title(tokens_[end - 1]) &&
                    joins(start, end + 2) && tokens_[end + 1].is("the") &&
                    person_after_body(end + 2)) {
                    end += 2;
                    continue;
                }
                // "the City of Hamilton", "the Town of Oakville": a council by its place.
                if (t.is("of") && between_names && end == start + 1 && start > 0 &&
                    tokens_[start - 1].is("the")) {
                    static const WordList kMunicipal = {
                        "city", "town", "county", "borough", "township", "village", "municipality"};
                    if (kMunicipal.contains(tokens_[start].lower)) {
                        ++end;
                        continue;
                    }
                }
                // "Communications Workers of America", "Department of Health and Social Care".
                // (Not "a Division Bench of Justices R. Meenakshi Sundaram and …": a title and a
                // name after "of" are people.)
                // (Nor where a company is, after its business's word: "Corvalis Therapeutics
                // of Cambridge, Mass."; "Bank of America" and "Company of Biologists" go on.)
                if ((t.is("of") || t.is("for") || t.is("and")) && between_names && end > start &&
                    organisation_run(start, end, t.is("and")) &&
                    !(t.is("of") && titles_person_at(end + 1)) &&
                    !(t.is("of") && end > start + 1 && located_company(end - 1))) {
                    ++end;
                    continue;
                }
                // "Commission on Correctional Standards", "Council on Foreign Relations": "on"
                // right after a body's word (not "the Commission on Monday").
                // (Not after a title, "AG on Cybercrime Bill".)
                if (t.is("on") && between_names && end > start &&
                    tokens_[end - 1].has(word_class::organisation) && !is_title(tokens_[end - 1]) &&
                    !tokens_[end + 1].has(word_class::not_name)) {
                    ++end;
                    continue;
                }
                // ("Investment, Trade and Industry Minister Datuk Seri Amirul Hakim Rahman": a
                // minister's portfolios listed before the title, one word each.)
                // ("Indian Commerce and Industry Minister Rajesh Malhotra": or two, "and"
                // between, after a nationality.)
                if ((t.is(",") && end == start + 1) ||
                    (t.is("and") && end == start + 2 && tokens_[start].has(word_class::epithet)))
                    if (const uint32_t past = portfolios_before_title(end); past != end) {
                        end = past;
                        continue;
                    }
                // "Ministry of Land, Infrastructure, Transport and Tourism", "Department for
                // Environment, Food and Rural Affairs": a list of portfolios after "of" or "for".
                if (t.is(",") && end > start + 2 && organisation_run(start, end, true))
                    if (const uint32_t past = portfolio_list_end(start, end); past != end) {
                        end = past;
                        continue;
                    }
                // "Minister of Education and Skills Development, Dr Lesego Mothibi": a title's
                // two portfolios after "of" or "for", the second no person's (no honorific, no
                // first name; a comma after it).
                if (t.is("and") && between_names && end >= start + 3 && is_title(tokens_[start]) &&
                    (tokens_[start + 1].is("of") || tokens_[start + 1].is("for")) &&
                    std::all_of(tokens_.begin() + start + 2, tokens_.begin() + end,
                                [](const Token& w) { return w.word && w.capitalised; }) &&
                    !tokens_[end + 1].has(word_class::male | word_class::female |
                                          word_class::honorific)) {
                    uint32_t past = end + 1;
                    while (past < end + 4 && joins(start, past) && tokens_[past].word &&
                           tokens_[past].capitalised &&
                           !tokens_[past].has(word_class::male | word_class::female |
                                              word_class::honorific))
                        ++past;
                    if (past < tokens_.size() && tokens_[past].is(",")) {
                        end = past;
                        two_portfolios = true;
                        continue;
                    }
                }
                // "Dr. (Mrs.) Adebola Ogunlana": a courtesy title in brackets after a title.
                if (t.is("(") && end > start && is_title(tokens_[end - 1]) &&
                    joins(start, end + 3) && tokens_[end + 1].has(word_class::honorific)) {
                    uint32_t close = end + 2;
                    if (tokens_[close].is(".")) ++close;
                    if (joins(start, close + 1) && tokens_[close].is(")") &&
                        tokens_[close + 1].word && tokens_[close + 1].capitalised) {
                        end = close + 1;
                        continue;
                    }
                }
                // "Procter & Gamble", "Carver Pike & Co.": an ampersand joins a company's name.
                if (t.is("&") && between_names && end > start &&
                    t.span.start > tokens_[end - 1].span.end &&
                    tokens_[end + 1].span.start > t.span.end) {
                    ++end;
                    continue;
                }
                // "Westmorland and Furness Council": a place and a place before a body's word.
                // ("Northvale Fire and Rescue Service": two or three words before "and", when
                // none is a first name and they end in no body's word: not "Mary Smith and
                // Acme Corp", nor "Albion Bank and Merrow Building Society".)
                if (t.is("and") && between_names && end <= start + 3 && body_after(end + 1) &&
                    (end == start + 1 || !tokens_[end - 1].has(word_class::organisation)) &&
                    std::none_of(tokens_.begin() + start, tokens_.begin() + end,
                                 [](const Token& w) {
                                     return w.has(word_class::male | word_class::female);
                                 })) {
                    ++end;
                    continue;
                }
                // ("NHS Greater Glasgow and Clyde", "NHS Dumfries and Galloway": a body's letters
                // before the two places it serves, the second ending the name.)
                if (t.is("and") && between_names && end > start + 1 &&
                    tokens_[start].lower.size() >= 3 && all_capitals(tokens_[start]) &&
                    tokens_[end + 1].word && tokens_[end + 1].capitalised &&
                    !(joins(start, end + 2) && tokens_[end + 2].word &&
                      tokens_[end + 2].capitalised)) {
                    ++end;
                    continue;
                }
                // "Oklahoma Gas and Electric", "Power and Water Corporation": a utility's name
                // joins two of its trades (not a portfolio's, "Minister for Energy and Water
                // John Lam").
                static const WordList kUtilities = {"gas",   "electric", "power",    "light",
                                                    "water", "energy",   "telephone"};
                if (t.is("and") && between_names && end > start && tokens_[end - 1].capitalised &&
                    !portfolio_of_title(start) && kUtilities.contains(tokens_[end - 1].lower) &&
                    tokens_[end + 1].word && tokens_[end + 1].capitalised &&
                    kUtilities.contains(tokens_[end + 1].lower)) {
                    ++end;
                    continue;
                }
                break;
            }
        }
        // ("Director at the Department Laxman Bhattarai said": a body's word alone, then two or
        // three words the lexicon does not know right before a speech verb, is the body, and
        // the words are its official's name.)
        // ("Leading synoptician at the Environment Agency Kairi Tamm said": or the last word of
        // a body's name of several.)
        if (end - start >= 3 && joins(start, end) && tokens_[end].word &&
            tokens_[end].has(word_class::cue_start)) {
            const auto unknown = [this](const Token& w) {
                return w.word && !w.possessive && !all_capitals(w) && w.lower[0] > '9' &&
                       !w.has(word_class::title | word_class::honorific | word_class::role |
                              word_class::organisation | word_class::not_name |
                              word_class::epithet | word_class::place_feature |
                              word_class::place_opener | word_class::post_nominal);
            };
            // (Not a place's name: "Local Government New Zealand said".)
            static const WordList kPlaceOpeners = {"new",   "north", "south", "east", "west",
                                                   "saint", "san",   "santa", "st"};
            // (Only a body's name of two or three words with no "of" in it: "Director of the
            // National Museum of Textiles Samira Fahmy Ezzat" is the director's title and name.)
            for (uint32_t body = start; body + 3 <= end && body <= start + 2; ++body) {
                if (end - body > 4) continue;  // (two or three words of the name)
                if (tokens_[body].is("of") || !tokens_[body].word) break;
                if (tokens_[body].has(word_class::organisation) &&
                    !kPlaceOpeners.contains(tokens_[body + 1].lower) &&
                    !tokens_[body].has(word_class::title | word_class::role) &&
                    !all_capitals(tokens_[body]) &&
                    std::all_of(tokens_.begin() + body + 1, tokens_.begin() + end, unknown)) {
                    end = body + 1;
                    break;
                }
            }
        }
        // "Rhondda Cynon Taf council said", "West Yorkshire police said", "Hampshire fire
        // service": a place's name before a body's word in lower case, as British and Irish
        // house style writes it, is the body (not someone's: no first name or title in it).
        // (The word after the run first: every name run comes here.)
        if (end > start && joins(start, end) && tokens_[end].word && !tokens_[end].capitalised &&
            tokens_[end].lower.size() >= 4 && tokens_[end - 1].word &&
            tokens_[end - 1].capitalised &&
            (tokens_[end].has(word_class::organisation) ||
             (joins(start, end + 1) && tokens_[end + 1].has(word_class::organisation)))) {
            static const WordList kLocal = {"city",      "county",      "borough",  "district",
                                            "town",      "parish",      "regional", "fire",
                                            "ambulance", "metropolitan"};
            static const WordList kLocalBodies = {"council", "police", "constabulary", "service",
                                                  "authority"};
            uint32_t k = end;
            if (joins(start, k + 1) && kLocal.contains(tokens_[k].lower) && tokens_[k + 1].word &&
                !tokens_[k + 1].capitalised)
                ++k;
            if (kLocalBodies.contains(tokens_[k].lower) && (k > end || !tokens_[k].is("service")) &&
                std::none_of(tokens_.begin() + start, tokens_.begin() + end, [](const Token& w) {
                    return w.has(word_class::male | word_class::female | word_class::title |
                                 word_class::organisation) ||
                           w.possessive;
                }))
                end = k + 1;
        }
        // "Construction of the company's second plant will be pushed back": a body's word that
        // is also a common noun, capitalised only because it opens the sentence, before "of"
        // and a lower-case word, names nothing.
        if (end == start + 1 && end + 1 < tokens_.size() &&
            tokens_[start].has(word_class::organisation) &&
            !tokens_[start].has(word_class::title | word_class::role) &&
            !all_capitals(tokens_[start]) && tokens_[end].is("of") && tokens_[end + 1].word &&
            !tokens_[end + 1].capitalised && opens_sentence(start))
            return end;
        // "Dr Aisha Al Mohannadi, Consultant Family Physician at the …": a job's capitalised
        // words after the person's name and a comma, ending in a role, before where the job is,
        // name no one. (Not "Speaking in Halandri, Deputy Minister for Civil Protection …".)
        if (end >= start + 2 && start > 0 && tokens_[start - 1].is(",") && end < tokens_.size() &&
            !out_.mentions.empty() && out_.mentions.back().last + 1 == start &&
            out_.mentions.back().entity != UINT32_MAX &&
            out_.entities[out_.mentions.back().entity].kind == EntityKind::person &&
            (tokens_[end].is("at") || tokens_[end].is("of") || tokens_[end].is("for") ||
             tokens_[end].is("with")) &&
            tokens_[end - 1].has(word_class::role) && !tokens_[end - 1].possessive &&
            std::none_of(tokens_.begin() + start, tokens_.begin() + end, [](const Token& w) {
                return !w.word || w.has(word_class::male | word_class::female);
            }))
            return end;
        // The last title word ends the titles: "Deputy Foreign Minister Mikhail Bogdanov".
        uint32_t name_start = start;
        // Views of the tokens' lower-case words, which outlive the finder.
        std::vector<std::string_view> titles;
        bool titled = false;
        // "Martin Luther King Jr.": a suffix does not make "King" a title.
        uint32_t core_end = end;
        while (core_end > start + 1 && is_name_suffix(tokens_[core_end - 1])) --core_end;
        // "the Australian Jack Pemberton": a nationality before a full name (not in
        // "European Automobile Manufacturers' Association").
        // (Nor in "the American Red Cross": after "the", only before a first name.)
        const bool nationality =
            core_end - start >= 3 && tokens_[start].has(word_class::epithet) &&
            std::none_of(tokens_.begin() + start, tokens_.begin() + core_end,
                         [](const Token& t) { return t.has(word_class::organisation); }) &&
            !(start > 0 && tokens_[start - 1].is("the") &&
              !tokens_[start + 1].has(word_class::male | word_class::female));
        // ("Co-owners Nate Schaefer and Olivia Grant": a plural role before a full name.)
        const bool plural_role =
            core_end - start >= 3 && tokens_[start].lower.size() > 3 &&
            !tokens_[start].has(word_class::organisation) &&
            (lexicon_.singular_classes_of(tokens_[start].lower) &
             (word_class::role | word_class::title)) &&
            std::all_of(tokens_.begin() + start + 1, tokens_.begin() + core_end,
                        [](const Token& t) {  // (not "Taxpayers' Alliance")
                            return t.word && !t.has(word_class::organisation);
                        });
        // ("Don Aurelio Cárdenas", "Don Luigi Ciotti": the Spanish and Italian honorific before
        // a given name and a surname; "Don Henley" is a first name.)
        // (Not a body's name: "Don Valley Forgings".)
        const bool don = core_end - start >= 3 && tokens_[start].is("don") &&
                         !tokens_[core_end - 1].has(word_class::organisation);
        // ("Sheikh Waqas Shafqat", "Sheikh Hasina": in South Asia a family's name; a title
        // before an Arab name of particles, "Sheikh Khalid bin Saeed Al Marri". The run's last
        // particle is found once, so a run of any length is read once.)
        uint32_t last_particle = start;
        for (uint32_t j = start; j < core_end; ++j)
            if (tokens_[j].has(word_class::name_particle) || tokens_[j].lower.starts_with("al-"))
                last_particle = j;
        const auto family_sheikh = [&](uint32_t k) {
            return (tokens_[k].is("sheikh") || tokens_[k].is("sheikha")) && core_end - k >= 3 &&
                   last_particle <= k;
        };
        // ("Kiran Man Shrestha": a gendered word inside a name after a name word is the name's.)
        const auto inner_name_word = [&](uint32_t k) {
            return k > start && tokens_[k].has(word_class::male | word_class::female) &&
                   !is_title(tokens_[k - 1]) && !tokens_[k - 1].has(word_class::role) &&
                   !is_title(tokens_[k]);
        };
        // ("Confederación General del Trabajo": a title inside a name, before a particle, opens
        // no name; "Ms van Dijk" and "General de Gaulle" are titled.)
        // ("Institute of Marine Science", "Halvorsen Institute for Marine Biology", "Department
        // of Agriculture, Food and the Marine": a role that is no title, in a body's name after
        // "of" or "for", opens no name.)
        bool body_word = false;
        const auto in_body_name = [&](uint32_t k) {
            return body_word && k > start + 1 && !is_title(tokens_[k]) &&
                   (tokens_[k - 1].is("of") || tokens_[k - 1].is("for") ||
                    (tokens_[k - 1].is("the") && tokens_[k - 2].is("and")));
        };
        // ("Queen Elizabeth Hospital", "King Edward VII School": a title, then a name, then a
        // body's word, is the body's name.)
        const bool royal_body = core_end - start >= 3 &&
                                tokens_[core_end - 1].has(word_class::organisation) &&
                                !tokens_[core_end - 1].has(word_class::title | word_class::role) &&
                                is_title(tokens_[start]) && !is_title(tokens_[start + 1]) &&
                                !tokens_[start + 1].has(word_class::role);
        // ("Transit Forward Atlanta", "Iron Guard Security": a player's position capitalised
        // after a word of no kind, in the body's text, is a name's word, not a role; in prose
        // positions are written in lower case, "Arsenal forward Bukayo Saka".)
        const auto position_in_name = [&](uint32_t k) {
            // (Not "Public Defender Terrence Odum": a defender is a lawyer too.)
            static const WordList kPositions = {"forward", "guard",   "center",
                                                "centre",  "striker", "winger"};
            return k > start && tokens_[k].paragraph != 0 &&
                   kPositions.contains(tokens_[k].lower) && tokens_[k - 1].capitalised &&
                   tokens_[k - 1].classes == 0 && !opens_sentence(k - 1);
        };
        for (uint32_t k = royal_body ? start + 1 : start; k + 1 < core_end; ++k) {
            body_word = body_word || tokens_[k].has(word_class::organisation);
            if (!in_body_name(k) && !family_sheikh(k) && !inner_name_word(k) &&
                !position_in_name(k) &&
                !(k > start && tokens_[k - 1].has(word_class::name_particle)) &&  // "bin Sultan"
                (is_title(tokens_[k]) || tokens_[k].has(word_class::role) ||
                 (k == start && (nationality || plural_role || don || place_modifier(tokens_[k]) ||
                                 detective_inspector(tokens_[k])))) &&
                !tokens_[k].possessive &&
                !(k > start && !is_title(tokens_[k - 1]) && !tokens_[k + 1].capitalised &&
                  tokens_[k + 1].has(word_class::name_particle)))
                name_start = k + 1, titled = true;
        }
        // "Dean Whitcombe": a title that is also a first name, before a lone surname, is the
        // first name ("Dean Martin Shaw" keeps the title), also after other titles ("Rural Fire
        // Service Superintendent Dean Gallagher").
        if (titled && name_start > start && end == name_start + 1 &&
            tokens_[name_start - 1].has(word_class::male | word_class::female) &&
            !tokens_[name_start - 1].has(word_class::honorific | word_class::kept_alone) &&
            (name_start == start + 1 || is_title(tokens_[name_start - 2]) ||
             tokens_[name_start - 2].has(word_class::role))) {
            --name_start;
            titled = name_start > start;
        }
        // "Special envoy for Sudan Daniel Whitfield", "Secretary of State for Levelling Up
        // Michael Gove": after a title and "for" or "of", the portfolio runs into the name; a
        // first name ends it.
        // (Not past a name's own first word: "Tan Wei Ling" after "National Development",
        // "Malik Aslam Raza" after "Opposition"; only past words that are no name: "Levelling Up
        // Michael Gove".)
        if (portfolio_of_title(start) &&
            !tokens_[name_start].has(word_class::male | word_class::female)) {
            for (uint32_t k = name_start + 1; k + 1 < core_end; ++k) {
                if (name_start > start && !tokens_[k - 1].has(word_class::not_name)) break;
                if (tokens_[k].has(word_class::male | word_class::female) &&
                    !tokens_[k].has(word_class::title | word_class::role) &&
                    !tokens_[k - 1].is("and") && !tokens_[k - 1].has(word_class::name_particle)) {
                    name_start = k, titled = true;
                    break;
                }
                // ("Secretary for Transport and Logistics Lam Sai-hung": or a Chinese name.)
                if (k + 2 == core_end && surname_before_given(k + 1)) {
                    name_start = k, titled = true;
                    break;
                }
            }
        }
        // "the State Department", "the Foreign Ministry": title words before an organisation
        // word are part of the organisation's name, not the titles of a person.
        // So are they before the last word when the last title word names a kind of
        // organisation and nothing but a title: "Australian Energy Producers".
        if (titled && name_start < end) {
            // ("Hanul Energy Solutions Co.": "Co" ends a company's name.)
            bool organisation = true;
            for (uint32_t k = name_start; k < end && organisation; ++k)
                organisation = tokens_[k].has(word_class::organisation) ||
                               (k + 1 == end && k > name_start && tokens_[k].is("co"));
            const Token& last_title = tokens_[name_start - 1];
            if (end == name_start + 1 && last_title.has(word_class::organisation) &&
                !last_title.has(word_class::role | word_class::honorific))
                organisation = true;
            // ("Harris County District Attorney's Office": a title's possessive before a body's
            // word is the body's.)
            for (uint32_t k = name_start; k + 1 < end && !organisation; ++k)
                organisation = tokens_[k].possessive &&
                               tokens_[end - 1].has(word_class::organisation) &&
                               tokens_[end - 1].capitalised;
            // ("Energy Fiji Limited", "Trade Winds Group": portfolio words, no office before
            // a name that ends in a body's word.)
            if (!organisation && tokens_[end - 1].has(word_class::organisation) &&
                tokens_[end - 1].capitalised)
                organisation = std::none_of(
                    tokens_.begin() + start, tokens_.begin() + name_start, [](const Token& t) {
                        return t.has(word_class::role | word_class::honorific) || !t.capitalised ||
                               !t.has(word_class::title);
                    });
            // ("Ministry of Public Safety and Solicitor General": a body's word and "of" open
            // a body's name that ends in a title, no one's name, whatever titles its portfolio
            // holds; not "Bank of Canada Governor Andrew Kellerman".)
            if (!organisation && start + 2 < end && tokens_[start + 1].is("of") &&
                tokens_[start].has(word_class::organisation) &&
                !tokens_[start].has(word_class::title | word_class::role) &&
                is_title(tokens_[end - 1]) &&
                std::none_of(tokens_.begin() + start, tokens_.begin() + end, [](const Token& t) {
                    return t.has(word_class::male | word_class::female);
                }))
                organisation = true;
            if (organisation) name_start = start, titled = false;
        }
        // "the Archbishop of Canterbury", "Mayor of London Sadiq Khan": a title of a place.
        // The place is one word before a name of two or more, else all of what follows "of",
        // and the run an office's descriptor.
        uint32_t office_end = UINT32_MAX;  // past the office's words when the place is its end
        // ("Chairman of the State Duma Nikolai Voronin": a title word inside the body's name
        // after "of the"; a first name ends it.)
        if (titled && start + 1 < name_start && name_start < end && tokens_[start + 1].is("of") &&
            is_title(tokens_[start]) &&
            std::any_of(tokens_.begin() + name_start, tokens_.begin() + (end - 1),
                        [](const Token& t) {
                            return t.has(word_class::male | word_class::female) &&
                                   !t.has(word_class::title | word_class::role);
                        }))
            name_start = start + 1;
        if (titled && name_start < end && tokens_[name_start].is("of")) {
            if (end - name_start >= 4) {
                // ("Assistant Director of Public Prosecutions Sharon Mitchell-Brown": a place or
                // office of more words, up to a known first name.)
                uint32_t given = name_start + 2;
                while (given + 1 < end &&
                       !(tokens_[given].has(word_class::male | word_class::female) &&
                         !tokens_[given].has(word_class::title | word_class::role)))
                    ++given;
                name_start = given + 1 < end ? given : name_start + 2;
            } else {
                office_end = name_start;
                name_start = end;
            }
        }
        while (name_start < core_end && !tokens_[name_start].word)
            ++name_start;  // ".)" of "(Mrs.)"
        if (two_portfolios) name_start = end;
        for (uint32_t k = start; k < std::min(name_start, office_end); ++k)
            if (tokens_[k].word && !tokens_[k].is("of") && !tokens_[k].is("and"))
                titles.emplace_back(tokens_[k].lower);
        // "his Turkish counterpart Recep Tayyip Erdogan", "ministry spokeswoman Anna Petrova":
        // role words just before the name belong to the mention.
        uint32_t context_first = start;
        for (uint32_t k = start, n = 0; k > previous_end_ && n < 5; --k, ++n) {
            const Token& before = tokens_[k - 1];
            if (!before.word || !before.outside() || before.paragraph != tokens_[start].paragraph)
                break;
            if (before.has(word_class::role) || before.has(word_class::title)) {
                titles.emplace_back(before.lower);
                // ("writer-director Tomasz Wielgosz … the director said": the second role too.)
                if (const size_t dash = before.lower.rfind('-'); dash != std::string_view::npos)
                    titles.emplace_back(before.lower.substr(dash + 1));
                titled = true;
            } else if (before.has(word_class::epithet) && !before.capitalised &&
                       before.lower.find("-of-") != std::string_view::npos) {
                // ("Lower Hutt mother-of-three Ana Rua … the mother said": the relative too.)
                titles.emplace_back(before.lower);
                titles.emplace_back(before.lower.substr(0, before.lower.find("-of-")));
                titled = true;
            } else if (before.has(word_class::organisation) ||
                       (before.capitalised && !before.possessive &&
                        !before.has(word_class::not_name))) {
                titles.emplace_back(before.lower);
            } else if (titled && k - 1 == context_first - 1 && modifies_role(k - 1)) {
                // "Another objector, retired engineer Peter Nwosu, told": a word before the
                // role that opens the apposition.
                context_first = k - 1;
                break;
            } else {
                break;
            }
            context_first = k - 1;
        }
        if (context_first < start && context_first > 0 &&
            tokens_[context_first - 1].has(word_class::determiner) &&
            tokens_[context_first - 1].paragraph == tokens_[start].paragraph)
            --context_first;
        // "the former Scotland international", "a former Obama aide": a lone capitalised word
        // between a qualifier and a noun describes; it names no person.
        if (titled && end == start + 1 && end < tokens_.size() && tokens_[end].word &&
            !tokens_[end].capitalised && tokens_[end].outside() &&
            !tokens_[end].has(word_class::cue_start)) {
            bool qualifiers_only = true;
            for (uint32_t k = context_first; k < start && qualifiers_only; ++k)
                qualifiers_only = tokens_[k].has(word_class::qualifier) ||
                                  !tokens_[k].has(word_class::title | word_class::role);
            if (qualifiers_only) titled = false;
        }
        // A lone title ("Mayor vows to fight closure" in a headline) names no one by itself.
        // ("Treasury" titles a secretary but is a department: only a role word counts.)
        // (Nor a relative: "'He was my only son' - Mother testifies in murder trial".)
        if (end == start + 1 &&
            ((is_title(tokens_[start]) && tokens_[start].has(word_class::role)) ||
             (tokens_[start].has(word_class::relative) && tokens_[start].paragraph == 0 &&
              end < tokens_.size() && tokens_[end].word && !tokens_[end].capitalised)) &&
            !tokens_[start].possessive) {
            name_start = end;
            titles = {tokens_[start].lower};
        }
        // ("Police Commissioner concedes 1400 vacancies": nor do a body's words before it,
        // nor a body's name, "Zephyr Airlines CEO says …"; "Independent TD for Galway West Noel
        // Murphy" goes on to its portfolio and name.)
        // ("Hanbit CEO Says …": a word that names no one before the title alone is the body.)
        const auto body_or_title = [&](uint32_t k) {
            const Token& t = tokens_[k];
            // (A gendered title is a title: "GOP Congressman".)
            return t.word && !t.possessive &&
                   (!t.has(word_class::male | word_class::female) ||
                    t.has(word_class::title | word_class::role)) &&
                   (t.has(word_class::organisation | word_class::title | word_class::role) ||
                    (k + 2 < end && tokens_[end - 2].has(word_class::organisation) &&
                     !t.has(word_class::not_name)) ||
                    (end == start + 2 && k == start && t.paragraph == 0 &&
                     !t.has(word_class::not_name) &&
                     tokens_[end - 1].has(word_class::abbreviation)) ||
                    // ("GOP Congressman Tells Diabetics …": a party's or a body's letters
                    // before a title.)
                    (k == start && k + 1 < end && t.lower.size() <= 4 && all_capitals(t)));
        };
        bool only_body_and_title =
            end > start + 1 && end <= start + 4 && is_title(tokens_[end - 1]) &&
            tokens_[end - 1].has(word_class::role) &&
            !(end < tokens_.size() &&
              (tokens_[end].is("for") || tokens_[end].is("of") || tokens_[end].is("to")));
        for (uint32_t k = start; k < end && only_body_and_title; ++k)
            only_body_and_title = body_or_title(k);
        if (only_body_and_title) {
            name_start = end;
            titles.clear();
            for (uint32_t k = start; k < end; ++k) titles.emplace_back(tokens_[k].lower);
        }
        if (name_start == end && titles.empty()) return end;
        if (name_start == end) {
            // Only titles ("the President said"): a descriptor.
            Mention mention;
            mention.first = start;
            mention.last = end;
            mention.form = MentionForm::descriptor;
            mention.text = join_lower(tokens_, start, end);
            mention.entity = resolve_descriptor(titles, titles.back(), true);
            // "Catherine Ashby, the Bishop of Warrington,": the office of the name before it.
            if (const uint32_t lead = start > 0 && tokens_[start - 1].is("the") ? start - 1 : start;
                office_end != UINT32_MAX && lead > 0 && tokens_[lead - 1].is(",") &&
                !out_.mentions.empty())
                if (const Mention& named = out_.mentions.back();
                    named.last + 1 == lead && named.form == MentionForm::name &&
                    named.entity != UINT32_MAX && !named.possessive)
                    apposition(mention, named.entity);
            if (mention.entity == UINT32_MAX) pending_.push_back({out_.mentions.size(), titles});
            add(std::move(mention));
            return end;
        }
        // ("The Paris-based house Maison Verlaine": where a body is based names nobody.)
        if (end == name_start + 1 && place_modifier(tokens_[name_start])) return end;
        body_before_title(start, name_start, end);
        Mention mention;
        mention.first = context_first;
        mention.last = end;
        // "Jonathan Akers KC said": the letters after the name are in the mention, not the name.
        uint32_t name_end = end;
        while (name_end > name_start + 2 && tokens_[name_end - 1].has(word_class::post_nominal))
            --name_end;
        const std::string_view full = lower_words(name_start, name_end);
        const uint32_t words = name_end - name_start;
        mention.entity = entity_for_name(name_start, name_end, full, words, titled, mention.form);
        // "says Nasir, known to everyone in Kampung Morak simply as Pak Sir": the name someone
        // goes by is theirs.
        if (const uint32_t known = known_as(start); known != UINT32_MAX) {
            mention.entity = known;
            mention.form = MentionForm::alias;
            *by_full_.try_emplace(full, NameIndex::hash_of(full), 0).first = known;
        }
        // "Mrs Marsh" after "Karen and Steve Marsh": a courtesy title of the other gender is
        // not the one filed last under the surname.
        if (words == 1 && titled && name_start > 0)
            mention.entity = by_courtesy(mention.entity, tokens_[name_start - 1]);
        // "Dr Hieu Nguyen … Lan Nguyen's care … Dr Nguyen said": of two of a surname, the one
        // given the title.
        if (words == 1 && !titles.empty()) mention.entity = by_title(mention.entity, titles);
        // ("Serhii Tkachuk, a 26-year-old … ¶ “…,” Tkachuk, 53, told": of two of a surname, the
        // one whose age is not another's.)
        if (words == 1) mention.entity = by_given_age(mention.entity, name_end);
        // ("Amira Haddad … suffered a fatal allergic reaction … Her mother, Samira Haddad, …
        // Ms Haddad said": of two of a surname, not the one who died.)
        if (words == 1)
            mention.entity = living_of_surname(
                mention.entity,
                titled && name_start > 0 ? gender_of(tokens_[name_start - 1]) : Gender::unknown);
        // "Her mother, Abena Osei, … the elder Osei recalls": of two of a surname, the one a
        // relative word made the older or the younger.
        if (words == 1 && name_start > 0 &&
            (tokens_[name_start - 1].is("elder") || tokens_[name_start - 1].is("younger")))
            mention.entity = by_age(mention.entity, tokens_[name_start - 1].is("elder"));
        if (words == 2 && name_start >= 2 && tokens_[name_start - 1].is("and"))
            couple(name_start, mention.entity);
        if (words == 1) family_surname(name_start, mention.entity);
        Entity& entity = out_.entities[mention.entity];
        if (titled && entity.kind == EntityKind::unknown) entity.kind = EntityKind::person;
        // "The local residents' committee, Indre By Lokaludvalg, has backed": a name in
        // apposition to a body's word is that body's, which "the committee" then means.
        if (!titled && name_start == start)
            if (const std::string_view kind_word = apposed_kind(start, name_end);
                !kind_word.empty() && entity.kind != EntityKind::outlet) {
                entity.kind = EntityKind::organisation;
                entity.gender = Gender::unknown;
                if (!entity.holds_title(kind_word)) entity.title_words.emplace_back(kind_word);
            }
        // ("Wei Chen … Ms. Chen cautioned": a courtesy title says more of the gender than a
        // first name's list; by_courtesy above has already taken anyone else of the surname
        // who has that gender.)
        if (words == 1 && titled && name_start > 0 && entity.kind == EntityKind::person &&
            tokens_[name_start - 1].has(word_class::honorific))
            if (const Gender courtesy = gender_of(tokens_[name_start - 1]);
                courtesy != Gender::unknown && entity.gender != Gender::unknown)
                entity.gender = courtesy;
        if (entity.gender == Gender::unknown && entity.kind == EntityKind::person) {
            // The first of two or more name words is a first name; a lone word is a surname.
            if (words >= 2) titles.emplace_back(tokens_[name_start].lower);
            entity.gender = gender_of(titles);
            if (words >= 2) titles.pop_back();
            // ("Jean de Dieu Ndayisaba", "Jean Bosco Habimana": the French compound given
            // names are a man's; "Jean Smith" stays a woman.)
            if (words >= 3 && tokens_[name_start].is("jean")) entity.gender = Gender::male;
        }
        for (uint32_t k = name_end; k < end; ++k) counsel_letters(entity, tokens_[k]);
        for (const std::string_view title : titles) {
            add_title(entity, title);
            // "A coroner has found … Coroner Miriam Tautahi said … the coroner wrote": once
            // someone is named with the role before a full name, "the coroner" is no longer
            // the unnamed one.
            if (words >= 2 && !unnamed_.empty())
                std::erase_if(unnamed_, [&](const auto& before) { return before.first == title; });
        }
        // ("Harold Dueck, has coached the team since 2017 … the coach said": one who coaches is
        // the coach.)
        if (entity.kind == EntityKind::person) {
            uint32_t k = end;
            while (k < end + 4 && k < tokens_.size() &&
                   (tokens_[k].is(",") || tokens_[k].is("who") || tokens_[k].is("has") ||
                    tokens_[k].is("had") || tokens_[k].is("also")))
                ++k;
            if (k < tokens_.size() && (tokens_[k].is("coached") || tokens_[k].is("coaches")))
                add_title(entity, "coach");
        }
        // "Arvind Kulkarni, co-founder and chief executive of KhetiSetu, told": roles with no
        // article after the name are its titles too, for a later "the chief executive".
        if (entity.kind == EntityKind::person && end + 2 < tokens_.size() && tokens_[end].is(",")) {
            uint32_t k = end + 1;
            bool role = false;
            // (Also a rank in capitals: "Inspector Sunil Rathee, SHO of the cyber police".)
            const auto rank = [&](const Token& t) {
                const std::string_view word = t.span.in(text_);
                return word.size() <= 4 && std::none_of(word.begin(), word.end(), [](char c) {
                           return c >= 'a' && c <= 'z';
                       });
            };
            while (k < end + 7 && joins(start, k) && tokens_[k].word &&
                   (!tokens_[k].capitalised || rank(tokens_[k])) &&
                   (tokens_[k].has(word_class::role | word_class::title) || tokens_[k].is("and")))
                role = role || tokens_[k].has(word_class::role), ++k;
            if (role && k < tokens_.size() &&
                (tokens_[k].is("of") || tokens_[k].is("at") || tokens_[k].is(",")))
                for (uint32_t t = end + 1; t < k; ++t)
                    if (!tokens_[t].is("and")) add_title(entity, tokens_[t].lower);
        }
        // "The prime minister, Rishi Patel, said": the role in apposition is the person's
        // (also with what the person is in between: "Her husband, the painter Tomasz
        // Wierzbicki,").
        uint32_t apposed = context_first;
        if (apposed >= 3 && tokens_[apposed - 1].word && !tokens_[apposed - 1].capitalised &&
            !tokens_[apposed - 1].has(word_class::cue_start | word_class::between) &&
            (tokens_[apposed - 2].is("the") || tokens_[apposed - 2].is("a")) &&
            tokens_[apposed - 3].is(","))
            apposed -= 2;
        // ("said the pastor, the Rev. Ingrid Sorensen": "the" before a title.)
        else if ((titled || name_start > start) && apposed >= 2 && tokens_[apposed - 1].is("the") &&
                 tokens_[apposed - 2].is(","))
            apposed -= 1;
        // (Not a state or a country after a place: "a teacher in Jackson, Kentucky,". A relative
        // is named by a given name alone: "His daughter, Maeve, said".)
        const bool lone_place =
            entity.kind == EntityKind::unknown && mention.last == mention.first + 1 &&
            !(apposed > 0 && !out_.mentions.empty() && out_.mentions.back().last + 1 == apposed &&
              out_.mentions.back().form == MentionForm::descriptor &&
              role_head(out_.mentions.back()).has(word_class::relative));
        if (entity.kind != EntityKind::organisation && !lone_place && !out_.mentions.empty() &&
            apposed > 0 && tokens_[apposed - 1].is(",")) {
            // "Russia's ambassador to the United Nations, Dmitri Volkov,": the role is apposed
            // across what it is of (places and bodies named after a preposition).
            size_t r = out_.mentions.size() - 1;
            uint32_t role_end = apposed - 1;
            while (r > 0 && out_.mentions.size() - r < 4 && out_.mentions[r].last == role_end &&
                   !out_.mentions[r].subject &&
                   (out_.mentions[r].form == MentionForm::name ||
                    (out_.mentions[r].entity != UINT32_MAX &&
                     out_.entities[out_.mentions[r].entity].kind == EntityKind::organisation)) &&
                   names_what_it_is_of(out_.mentions[r - 1].last, out_.mentions[r].first))
                role_end = out_.mentions[--r].last;
            if (Mention& role = out_.mentions[r];
                role.last == role_end &&
                // (Also "Senator Victor Salazar of Nevada," and "said the pastor, the Rev.
                // Ingrid Sorensen of St. Matthew's Lutheran Church.")
                (end >= tokens_.size() || !tokens_[end].word ||
                 (tokens_[end].is("of") && capitalised_run_to_mark(end + 1))) &&
                // (Across a place, only a role that is not itself in apposition: "Kevin Marsh,
                // a teacher in Columbus, Ohio,".)
                (r + 1 == out_.mentions.size() || role.first == 0 ||
                 !tokens_[role.first - 1].is(",")) &&
                (role.subject ||
                 (role.first > 0 && tokens_[role.first - 1].has(word_class::cue_start)) ||
                 (role.form == MentionForm::descriptor &&
                  tokens_[role.first].has(word_class::determiner) &&
                  role_head(role).has(word_class::relative))))
                apposition(role, mention.entity);
        }
        add(std::move(mention), start);
        // "Local swimming coach Ewan Stewart, who …, said": the words that describe the role
        // open the clause, so the person does; so does "The elder Ortiz shrugged".
        const bool elder = context_first > 0 && (tokens_[context_first - 1].is("elder") ||
                                                 tokens_[context_first - 1].is("younger"));
        if (Mention& added = out_.mentions.back(); titled || elder)
            for (uint32_t k = context_first, n = 0; k > 0 && n < 3; --k, ++n) {
                // "Council of Trade Unions president Mele Fifita said", "Federated Farmers
                // roading spokesperson Hamish Caird:": the organisation whose role the person
                // holds opened the clause; the person does.
                if (out_.mentions.size() >= 2)
                    if (Mention& body = out_.mentions[out_.mentions.size() - 2];
                        body.last == k && body.subject && body.entity != UINT32_MAX &&
                        body.entity != added.entity &&
                        (out_.entities[body.entity].kind != EntityKind::person ||
                         out_.entities[body.entity].title_words.empty())) {
                        body.subject = false;
                        added.subject = true;
                        break;
                    }
                if (added.subject) continue;
                const Token& before = tokens_[k - 1];
                // ("Cole Amankwah, who plays Sheriff Dan Okoro, leaned in": a part someone
                // plays is no one who speaks.)
                static const WordList kPlaying = {"plays",     "played", "playing", "portrays",
                                                  "portrayed", "voices", "voiced"};
                if (!before.word || !before.outside() || before.possessive ||
                    before.paragraph != tokens_[k].paragraph ||
                    before.has(word_class::cue_start | word_class::between) || before.is("and") ||
                    before.is("or") || before.is("but") || kPlaying.contains(before.lower) ||
                    // ("Faisal Qureshi, chief analyst at London-based Strata Aero Insight,":
                    // where a role is held opens nothing.)
                    (k >= 2 && is_linking_preposition(before.lower) &&
                     tokens_[k - 2].has(word_class::role | word_class::title) &&
                     !tokens_[k - 2].capitalised))
                    break;
                if (opens_clause(k - 1)) {
                    added.subject = true;
                    break;
                }
                if (before.has(word_class::determiner)) break;
            }
        return end;
    }

    // Whether the name [first, last) is set off by commas after a relative or spouse word of
    // someone's: "His wife, Marites Bautista, had left" (an aside; "His daughter Jane Ames runs
    // it now" is what the sentence is about).
    bool kin_of_someone(uint32_t first, uint32_t last) const {
        if (first < 3 || last >= tokens_.size() || !tokens_[last].is(",") ||
            !tokens_[first - 1].is(","))
            return false;
        const uint32_t k = first - 2;
        if (!tokens_[k].word || !tokens_[k].has(word_class::relative | word_class::spouse))
            return false;
        const Token& owner = tokens_[k - 1];
        return owner.is("his") || owner.is("her") || owner.is("their") ||
               (owner.possessive && owner.capitalised);
    }

    // For a name after "his daughter," or "her husband,": the gender of the person the kin word
    // is of, `owner`, when not known yet.
    void owner_gender_from_kin(uint32_t first, uint32_t last, Entity& owner) const {
        if (owner.kind != EntityKind::person || owner.gender != Gender::unknown ||
            !kin_of_someone(first, last))
            return;
        const Token& word = tokens_[first - 3];
        if (word.is("his")) owner.gender = Gender::male;
        if (word.is("her")) owner.gender = Gender::female;
    }

    // +1 when the name at `first` follows a word for an older relative ("her mother, Abena
    // Osei"), -1 for a younger one ("his son, Rafael Ferrer"), else 0.
    int kin_age(uint32_t first) const {
        if (first == 0) return 0;
        uint32_t k = first - 1;
        if (tokens_[k].is(",") && k > 0) --k;
        if (!tokens_[k].word || !tokens_[k].has(word_class::relative)) return 0;
        static constexpr std::string_view kOlder[] = {
            "mother",      "father", "mum",   "mom",        "dad",       "grandmother",
            "grandfather", "aunt",   "uncle", "stepmother", "stepfather"};
        static constexpr std::string_view kYounger[] = {"son",     "daughter",    "nephew",
                                                        "niece",   "grandson",    "granddaughter",
                                                        "stepson", "stepdaughter"};
        const std::string_view word = tokens_[k].lower;
        if (std::find(std::begin(kOlder), std::end(kOlder), word) != std::end(kOlder)) return 1;
        if (std::find(std::begin(kYounger), std::end(kYounger), word) != std::end(kYounger))
            return -1;
        return 0;
    }

    // The one person named before token `before` who was given an age (", 78,"), when there
    // is exactly one; else UINT32_MAX.
    uint32_t only_person_of_age(uint32_t before) const {
        uint32_t found = UINT32_MAX;
        for (const Mention& m : out_.mentions) {
            if (m.first >= before) break;
            if (m.entity == UINT32_MAX || m.entity >= ages_.size() || ages_[m.entity] == 0 ||
                out_.entities[m.entity].kind != EntityKind::person || m.entity == found)
                continue;
            if (found != UINT32_MAX) return UINT32_MAX;
            found = m.entity;
        }
        return found;
    }

    // Whether the sentence tells of the death of whom `m` names: "Amira Haddad … suffered a
    // fatal allergic reaction", "Ethan drowned", "the death of Jade Carver", "Callum's death".
    bool tells_death(const Mention& m) const {
        // (Compared word by word, as Token::is does, not looked up: this reads the words after
        // every name.)
        const auto death = [](const Token& t) {
            return t.is("death") || t.is("killing") || t.is("murder") || t.is("drowning") ||
                   t.is("funeral");
        };
        if (m.first >= 2 && tokens_[m.first - 1].is("of") && death(tokens_[m.first - 2]))
            return true;
        if (m.possessive) return m.last < tokens_.size() && death(tokens_[m.last]);
        for (uint32_t k = m.last; k < tokens_.size() && k < m.last + 14; ++k) {
            const Token& t = tokens_[k];
            if (t.paragraph != tokens_[m.first].paragraph || !t.outside() || t.is("."))
                return false;
            if (!t.word) continue;
            if (t.has(word_class::cue_start)) return false;
            if (t.is("died") || t.is("drowned") || t.is("fatally")) return true;
            // ("suffered a fatal allergic reaction"; not "was hurt in a fatal crash".)
            if (t.is("fatal") && k >= 2 && tokens_[k - 1].is("a") &&
                (tokens_[k - 2].is("suffered") || tokens_[k - 2].is("sustained")))
                return true;
            if ((t.is("was") || t.is("were")) && k + 1 < tokens_.size() &&
                (tokens_[k + 1].is("killed") || tokens_[k + 1].is("murdered")))
                return true;
            // (Only the person's own clause: not "Jade Carver, whose sister died", "Caleb, who
            // moved back after his father died".)
            if (t.is("whose") || t.is("after") || t.is("when") || t.is("since") || t.is("before") ||
                t.is("because") || t.is("his") || t.is("her") || t.is("their") || t.is("while"))
                return false;
        }
        return false;
    }

    // Whether a sentence so far has told of the death of the person `e` (see tells_death).
    bool told_dead(uint32_t e) const {
        return std::any_of(out_.mentions.begin(), out_.mentions.end(), [&](const Mention& m) {
            return m.entity == e && m.form == MentionForm::name && tells_death(m);
        });
    }

    // The person filed as `id`, or when the article told of their death, the latest other
    // person of the surname it did not, of the gender of the courtesy title before it if any.
    // (Deaths are read only here, for a surname two people share: a look at every name's
    // words was 1 % of a run.)
    uint32_t living_of_surname(uint32_t id, Gender courtesy) const {
        if (out_.entities[id].kind != EntityKind::person) return id;
        const auto fits_title = [&](uint32_t k) {
            const Gender gender = out_.entities[k].gender;
            return courtesy == Gender::unknown || gender == Gender::unknown || gender == courtesy;
        };
        if (of_surname_where(id, Named::last, fits_title) == UINT32_MAX || !told_dead(id))
            return id;
        const uint32_t living = of_surname_where(
            id, Named::last, [&](uint32_t k) { return fits_title(k) && !told_dead(k); });
        return living != UINT32_MAX ? living : id;
    }

    // The person filed as `id`, or when the age set off after the lone surname ending at `end`
    // (", 53,") is not theirs, the latest other person of the surname of no age or that age;
    // the surname is theirs from now on.
    uint32_t by_given_age(uint32_t id, uint32_t end) {
        if (end + 2 >= tokens_.size() || !tokens_[end].is(",") || !tokens_[end + 2].is(",") ||
            !tokens_[end + 1].word || out_.entities[id].kind != EntityKind::person)
            return id;
        const uint32_t age = small_number(tokens_[end + 1].lower);
        const auto age_of_entity = [&](uint32_t e) { return e < ages_.size() ? ages_[e] : 0u; };
        if (age == 0 || age_of_entity(id) == 0 || age_of_entity(id) == age) return id;
        const uint32_t other = of_surname_where(id, Named::last, [&](uint32_t k) {
            return age_of_entity(k) == 0 || age_of_entity(k) == age;
        });
        if (other == UINT32_MAX) return id;
        if (uint32_t* filed = by_last_.find(tokens_[end - 1].lower)) *filed = other;
        return other;
    }

    // "the elder Osei" when `id` is the Osei the surname is filed under: the other person of
    // that surname if a relative word made them the older (or, for "the younger", the younger).
    uint32_t by_age(uint32_t id, bool elder) const {
        const std::string_view surname = surname_of(out_.entities[id].name);
        for (const auto& [other, older] : kin_age_) {
            if (other == id || !out_.entities[other].name.ends_with(surname) || surname.empty())
                continue;
            return (older > 0) == elder ? other : id;
        }
        return id;
    }

    // For a known given name alone at `first` after "her husband", "his wife", "their son":
    // a new person of that given name and the surname of whom the "her", "his" or "their"
    // means (a person named in full), of the gender the name or the word tells; UINT32_MAX
    // when it is not so.
    uint32_t family_member(uint32_t first) {
        static const WordList kFamily = {"husband", "wife", "son",      "daughter",
                                         "partner", "sons", "daughters"};
        if (first < 2 || !tokens_[first].has(word_class::male | word_class::female) ||
            !kFamily.contains(tokens_[first - 1].lower) || tokens_[first - 1].capitalised)
            return UINT32_MAX;
        const Token& owner = tokens_[first - 2];
        const Gender owner_gender = owner.is("her")   ? Gender::female
                                    : owner.is("his") ? Gender::male
                                                      : Gender::unknown;
        if (owner_gender == Gender::unknown && !owner.is("their")) return UINT32_MAX;
        const Mention* meant = out_.antecedent(token_vector_, first - 2, true, owner_gender);
        if (!meant || meant->entity == UINT32_MAX) return UINT32_MAX;
        const Entity& family = out_.entities[meant->entity];
        const std::string_view surname = surname_of(family.name);
        if (family.kind != EntityKind::person || surname.empty()) return UINT32_MAX;
        const std::string name = display_name(first, first + 1) + std::string(surname);
        const uint32_t id = new_entity(name, EntityKind::person);
        Entity& member = out_.entities[id];
        member.gender = tokens_[first - 1].is("husband") ? Gender::male
                        : tokens_[first - 1].is("wife")  ? Gender::female
                                                         : gender_of(tokens_[first]);
        return id;
    }

    // The person of the surname `id` is filed under whose gender fits the courtesy title
    // `title` before it: the latest other person named in full with that surname, else `id`.
    uint32_t by_courtesy(uint32_t id, const Token& title) const {
        const Entity& filed = out_.entities[id];
        if (filed.kind != EntityKind::person || filed.gender == Gender::unknown) return id;
        const Gender gender = gender_of(title);
        if (gender == Gender::unknown || gender == filed.gender) return id;
        uint32_t other = of_surname(id, gender, Named::last);
        // ("Shannon and Luke Barrett … Ms Barrett": or the other of the surname, of no known
        // gender.)
        if (other == UINT32_MAX) other = of_surname(id, Gender::unknown, Named::last);
        return other != UINT32_MAX ? other : id;
    }

    // The person filed as `id`, or when the titles are none of theirs, the latest other person
    // of the surname who holds one of them.
    uint32_t by_title(uint32_t id, const std::vector<std::string_view>& titles) const {
        const auto holds = [&](const Entity& e) {
            return std::any_of(titles.begin(), titles.end(),
                               [&](std::string_view title) { return e.holds_title(title); });
        };
        const Entity& filed = out_.entities[id];
        if (filed.kind != EntityKind::person || holds(filed)) return id;
        const std::string_view surname = surname_of(filed.name);
        if (surname.empty()) return id;
        // ("Aaron Lim … His father, Mr Lim Kok Wah, … said Mr Lim": or opens it, where the
        // surname comes first.)
        const std::string_view bare = surname.substr(1);
        const bool first_too = lexicon_.surnames_first.contains(lowercase_ascii(bare));
        for (uint32_t k = static_cast<uint32_t>(out_.entities.size()); k-- > 0;) {
            const Entity& other = out_.entities[k];
            if (k != id && other.kind == EntityKind::person &&
                (other.name.ends_with(surname) ||
                 (first_too && other.name.starts_with(bare) && other.name.size() > bare.size() &&
                  other.name[bare.size()] == ' ')) &&
                holds(other))
                return k;
        }
        return id;
    }

    // " Marsh" for "Karen Marsh" (with its space, so that "Amarsh" does not end with it); empty
    // for a name of one word.
    static std::string_view surname_of(std::string_view name) {
        const size_t space = name.rfind(' ');
        return space == std::string_view::npos ? std::string_view{} : name.substr(space);
    }

    static Gender gender_of(const Token& t) {
        return t.has(word_class::male)     ? Gender::male
               : t.has(word_class::female) ? Gender::female
                                           : Gender::unknown;
    }

    enum class Named { first, last };
    // Another person than `id` whose name ends with `id`'s surname and whom `fits` (given the
    // entity's index, asked last) takes: the one named first or last; UINT32_MAX if none (or
    // `id` has no surname).
    template <typename Fits>
    uint32_t of_surname_where(uint32_t id, Named which, const Fits& fits) const {
        const std::string_view surname = surname_of(out_.entities[id].name);
        if (surname.empty()) return UINT32_MAX;
        const auto n = static_cast<uint32_t>(out_.entities.size());
        for (uint32_t i = 0; i < n; ++i) {
            const uint32_t k = which == Named::first ? i : n - 1 - i;
            const Entity& other = out_.entities[k];
            if (k != id && other.kind == EntityKind::person && other.name.ends_with(surname) &&
                fits(k))
                return k;
        }
        return UINT32_MAX;
    }
    // The same, of `gender`.
    uint32_t of_surname(uint32_t id, Gender gender, Named which) const {
        return of_surname_where(id, which,
                                [&](uint32_t k) { return out_.entities[k].gender == gender; });
    }

    // "Karen and Steve Marsh": the given name alone before "and" is the other person of the
    // surname (a lone given name there is filed as a name of its own until now).
    void couple(uint32_t name_start, uint32_t id) {
        if (name_start < 2 || !tokens_[name_start - 1].is("and") || out_.mentions.empty()) return;
        const Mention& before = out_.mentions.back();
        const Token& given = tokens_[name_start - 2];
        // (The mention may hold a title before the given name: "Owners Javier and Lupe Monroy".)
        // ("Perth couple Shannon and Luke Barrett": after a word for two people, a given name
        // of either gender.)
        static const WordList kPairs = {"couple",   "parents",  "newlyweds", "spouses", "partners",
                                        "siblings", "brothers", "sisters",   "twins"};
        const bool pair = before.first > 0 && kPairs.contains(tokens_[before.first - 1].lower);
        if (before.last + 1 != name_start || before.entity == UINT32_MAX || before.entity == id ||
            !given.capitalised || !(pair || given.has(word_class::male | word_class::female)))
            return;
        Entity& partner = out_.entities[before.entity];
        if (partner.name.find(' ') != std::string::npos) return;
        const std::string_view surname = surname_of(out_.entities[id].name);
        if (surname.empty()) return;
        partner.name += surname;
        partner.kind = EntityKind::person;
        if (partner.gender == Gender::unknown) partner.gender = gender_of(given);
        by_full_.try_emplace(lowercase_ascii(partner.name), before.entity);
    }

    // Whether the capitalised words from `at` (up to four) end in an organisation word.
    bool body_after(uint32_t at) const {
        // (The body's word may be possessive: "Westmorland and Furness Council's cabinet".)
        for (uint32_t k = at;
             k < at + 4 && joins(at, k) && tokens_[k].word && tokens_[k].capitalised; ++k) {
            if (tokens_[k].has(word_class::organisation) && k > at) return true;
            if (tokens_[k].possessive) break;
        }
        return false;
    }

    // Past the end of ", Infrastructure, Transport and Tourism" from the comma at `comma`:
    // capitalised words between commas, then "and" and the last one; `comma` when the tokens
    // from there are no such list.
    // Past "and" of a list of portfolios from the comma at `comma`, one capitalised word each,
    // when a title and a name follow its last (", Trade and Industry Minister Datuk Seri …");
    // else `comma`. (`comma` may be the "and" itself.)
    uint32_t portfolios_before_title(uint32_t comma) const {
        const auto portfolio = [&](uint32_t k) {
            return k < tokens_.size() && tokens_[k].word && tokens_[k].capitalised &&
                   !tokens_[k].possessive && tokens_[k].paragraph == tokens_[comma].paragraph;
        };
        uint32_t k = comma;
        while (k < comma + 8 && k < tokens_.size() && tokens_[k].is(",") && portfolio(k + 1))
            k += 2;
        if (k + 3 >= tokens_.size() || !tokens_[k].is("and") || !portfolio(k + 1) ||
            !is_title(tokens_[k + 2]) || tokens_[k + 2].possessive || !tokens_[k + 3].capitalised ||
            !tokens_[k + 3].word)
            return comma;
        return k + 1;
    }

    uint32_t portfolio_list_end(uint32_t start, uint32_t comma) const {
        // (One word after "of" or "for" first: not "an evacuation center at Redhill High
        // School, Jorge and Carmen Villalobos".)
        if (comma < start + 2 || !(tokens_[comma - 2].is("of") || tokens_[comma - 2].is("for")))
            return comma;
        uint32_t k = comma;
        while (k < comma + 12 && joins(start, k + 2) && tokens_[k].is(",") && tokens_[k + 1].word &&
               tokens_[k + 1].capitalised)
            k += 2;
        if (k == comma || !joins(start, k + 1) || !tokens_[k].is("and") || !tokens_[k + 1].word)
            return comma;
        // ("Department of Agriculture, Food and the Marine": past "and the" to the last one.)
        if (tokens_[k + 1].is("the") && joins(start, k + 2) && tokens_[k + 2].word &&
            tokens_[k + 2].capitalised)
            return k + 2;
        if (!tokens_[k + 1].capitalised) return comma;
        return k;  // at "and": the run goes on over it
    }

    // Whether the token at `k` is a title or role word, or the plural of one, before a
    // capitalised name ("Justices R. Meenakshi Sundaram", "Judge Anne Cole").
    bool titles_person_at(uint32_t k) const {
        if (k + 1 >= tokens_.size() || !tokens_[k].word || !tokens_[k + 1].word ||
            !tokens_[k + 1].capitalised || tokens_[k + 1].has(word_class::organisation))
            return false;
        const std::string_view word = tokens_[k].lower;
        constexpr uint32_t kTitle = word_class::title | word_class::role;
        const uint32_t classes =
            tokens_[k].classes | (word.size() > 3 ? lexicon_.singular_classes_of(word) : 0);
        if (!(classes & kTitle)) return false;
        // (A role that is no title is a person's only before a first name: not "Institute of
        // Marine Science", where a marine is a role.)
        return (classes & word_class::title) ||
               tokens_[k + 1].has(word_class::male | word_class::female);
    }

    // Whether tokens [start, end) name an organisation that "of", "for" (or, after one of
    // those, "and") may carry on.
    bool organisation_run(uint32_t start, uint32_t end, bool conjunction) const {
        bool organisation = false;
        bool linked = false;
        for (uint32_t k = start; k < end; ++k) {
            organisation = organisation || tokens_[k].has(word_class::organisation);
            linked = linked || tokens_[k].is("of") || tokens_[k].is("for");
        }
        // "the Bangladesh Apparel Makers and Exporters Forum": after "the", an organisation's
        // word in the capitalised words after "and" joins them too.
        if (conjunction && !linked && start > 0 && tokens_[start - 1].is("the"))
            for (uint32_t k = end + 1;
                 k < end + 5 && joins(start, k) && tokens_[k].word && tokens_[k].capitalised; ++k)
                if (tokens_[k].has(word_class::organisation) || branch_number(k + 1)) return true;
        // "Primary Industries and Regions SA (PIRSA)": the capitalised words after "and" up to
        // initials in brackets that spell the whole.
        if (conjunction) {
            uint32_t k = end + 1;
            while (k < end + 6 && joins(start, k) && tokens_[k].word && tokens_[k].capitalised) ++k;
            if (k > end + 1 && !acronym_after(start, k).empty()) return true;
        }
        return organisation && (!conjunction || linked);
    }

    // "Walter “Wally” Brennan": a quoted word or two between given name and surname. Sets `end`
    // past the quotation and returns true when a capitalised word follows it.
    bool nickname_end(uint32_t start, uint32_t at, uint32_t& end) const {
        if (at == start || at >= tokens_.size() || tokens_[at].outside() ||
            tokens_[at].paragraph != tokens_[start].paragraph || !tokens_[at - 1].capitalised ||
            tokens_[at - 1].has(word_class::title | word_class::honorific) ||
            // (Not after a possessive: "Marisol Veya’s ‘Honey Static’ Debuts" is her album's.)
            tokens_[at - 1].possessive)
            return false;
        uint32_t k = at;
        while (k < tokens_.size() && k < at + 5 && tokens_[k].quote == tokens_[at].quote) ++k;
        // (Or a particle before the surname: "Ramon “Monching” dela Paz".)
        const bool particle = k + 1 < tokens_.size() && tokens_[k].word &&
                              tokens_[k].has(word_class::name_particle) && joins(start, k + 1) &&
                              tokens_[k + 1].word && tokens_[k + 1].capitalised;
        if (k == at + 5 || !joins(start, k) || !tokens_[k].word ||
            !(tokens_[k].capitalised || particle) || tokens_[k].has(word_class::not_name))
            return false;
        end = k;
        return true;
    }

    // A lowercase word at `k` that opens a phrase before a role ("retired engineer", "staff
    // nurse" after a comma or at the start of a paragraph), not a verb or adverb of the clause.
    bool modifies_role(uint32_t k) const {
        const Token& t = tokens_[k];
        if (t.capitalised || !t.outside() ||
            t.has(word_class::cue_start | word_class::between | word_class::determiner |
                  word_class::not_name | word_class::person_pronoun))
            return false;
        if (k == 0 || tokens_[k - 1].paragraph != t.paragraph) return true;
        const Token& before = tokens_[k - 1];
        return before.outside() &&
               (before.is(",") || before.is("(") || before.has(word_class::determiner));
    }

    // "Mr Whitworth's wife of 41 years, Susan, said": a spouse or child given only a first name
    // after the possessive of a named person takes that person's surname ("Susan Whitworth").
    void family_name_of_possessor(const Mention& named) {
        Entity& person = out_.entities[named.entity];
        // (A given name the lexicon does not know is one too when the word before is a spouse's:
        // "Her husband, Alasdair,".)
        const bool known_given = tokens_[named.first].has(word_class::male | word_class::female);
        if (named.last != named.first + 1 || named.first < 3 ||
            person.name.find(' ') != std::string::npos ||
            !(known_given || tokens_[named.first].classes == 0) ||
            !tokens_[named.first - 1].is(","))
            return;
        static const WordList kSameSurname = {"wife",    "husband", "widow",
                                              "widower", "son",     "daughter"};
        for (uint32_t k = named.first - 1; k-- > 1 && named.first - k < 8;) {
            if (!tokens_[k].outside() || tokens_[k].paragraph != tokens_[named.first].paragraph ||
                tokens_[k].is(",") || tokens_[k].is("."))
                return;
            if (!kSameSurname.contains(tokens_[k].lower)) continue;
            if (!known_given && !tokens_[k].has(word_class::spouse)) return;
            const Mention* owner = out_.ending_at(k);
            // ("Dolores Pacheco, 68, and her husband, Ernesto, 71,": the person the sentence
            // named before "her".)
            // ("Jean Carnegie, 64, was among them. … ¶ Her husband, Alasdair, said": or, for a
            // spouse, the paragraph before, when "Her" opens the sentence.)
            const bool her = tokens_[k - 1].is("her");
            if (!owner && (her || tokens_[k - 1].is("his"))) {
                const uint32_t reach =
                    tokens_[k].paragraph -
                    (opens_sentence(k - 1) && tokens_[k].has(word_class::spouse) ? 1 : 0);
                for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
                    if (it->last > k - 1) continue;
                    if (tokens_[it->first].paragraph < reach) break;
                    if (it->form == MentionForm::name && !it->possessive &&
                        it->entity != UINT32_MAX &&
                        out_.entities[it->entity].gender != (her ? Gender::male : Gender::female)) {
                        owner = &*it;
                        break;
                    }
                }
            } else if (owner && !owner->possessive) {
                owner = nullptr;
            }
            if (!owner || owner->entity == UINT32_MAX ||
                out_.entities[owner->entity].kind != EntityKind::person)
                return;
            const std::string_view surname = surname_of(out_.entities[owner->entity].name);
            if (surname.empty()) return;
            person.name.append(surname);
            person.kind = EntityKind::person;
            by_full_.try_emplace(lowercase_ascii(person.name), named.entity);
            return;
        }
    }

    // "Colm Ó Briain SC, defending, said … “…”, counsel said": a barrister's letters make a
    // person counsel.
    void counsel_letters(Entity& person, const Token& letters) {
        if (person.kind == EntityKind::person &&
            (letters.is("kc") || letters.is("qc") || letters.is("sc") || letters.is("bl")))
            add_title(person, "counsel");
    }

    void add_title(Entity& entity, std::string_view title) {
        if (!entity.holds_title(title)) entity.title_words.emplace_back(title);
        // "Sen. Ana Ruiz … the senator said", "Det Insp Sam Cole … the detective added": an
        // abbreviated title holds the words it stands for.
        if (lexicon_.classes_of(title) & word_class::abbreviation)
            if (const auto it = lexicon_.title_abbreviations.find(title);
                it != lexicon_.title_abbreviations.end())
                for (const std::string& word : it->second)
                    if (!entity.holds_title(word)) entity.title_words.emplace_back(word);
    }

    // Whether the name [first, last), of no given name, is the subject of a verb whose object is
    // "its": "Westbury Dairies will cut its price" (a body; people have "his", "her", "their").
    // Not after a speech verb, whose "its" is another's ("Ana Ruiz said its price").
    bool its_after(uint32_t first, uint32_t last) const {
        if (tokens_[first].has(word_class::male | word_class::female)) return false;
        // ("Coolabah Valley Meats said it had terminated its contract": past its speech verb
        // and "it".)
        uint32_t reach = last + 4;
        for (uint32_t k = last; k < tokens_.size() && k < reach; ++k) {
            const Token& t = tokens_[k];
            if (k == last && t.word && !t.capitalised && t.has(word_class::cue_start) &&
                k + 1 < tokens_.size() && tokens_[k + 1].is("it")) {
                k += 1;
                reach = k + 4;
                continue;
            }
            if (!t.word || t.capitalised || t.paragraph != tokens_[first].paragraph ||
                t.has(word_class::cue_start) || t.is("been"))
                return false;
            if (t.is("its")) return k > last;
            if (t.has(word_class::determiner | word_class::person_pronoun |
                      word_class::group_pronoun))
                return false;
        }
        return false;
    }

    // Whether capitalised words from `k` on, at least one, run to a mark that ends a clause (a
    // comma, a full stop) in their paragraph: "of St. Matthew's Lutheran Church.".
    bool capitalised_run_to_mark(uint32_t k) const {
        const uint32_t from = k;
        while (k < tokens_.size() && tokens_[k].word && tokens_[k].capitalised &&
               tokens_[k].paragraph == tokens_[from].paragraph && k < from + 6)
            ++k;
        return k > from &&
               (k >= tokens_.size() || tokens_[k].paragraph != tokens_[from].paragraph ||
                tokens_[k].is(",") || tokens_[k].is("."));
    }

    // A person's descriptor in apposition to their name ("the prime minister, Rishi Patel" or
    // "Rishi Patel, the prime minister"): the descriptor is that person, and its words become
    // their title, so a later "the prime minister said" finds them.
    void apposition(Mention& role, uint32_t person) {
        if (role.form != MentionForm::descriptor || role.possessive) return;
        Entity& entity = out_.entities[person];
        if (entity.kind == EntityKind::organisation) return;
        // "the ministry" is no person's role; "a high school teacher" is ("the chief executive
        // of the insurer Northmere": what follows "of" is no head).
        const uint32_t head_at = role_head_at(role);
        const Token& head = tokens_[head_at];
        if (head.has(word_class::organisation) && !head.capitalised && !head.has(word_class::role))
            return;
        bool has_role = head.has(word_class::relative);  // ("the chief's nephew")
        for (uint32_t k = role.first; k <= head_at; ++k)
            has_role = has_role || tokens_[k].has(word_class::role);
        if (!has_role) return;
        // ("Ofwat, the water regulator,": a name of no known kind, taken for a person for want
        // of anything else, in apposition to "the" and a body's kind that is no title, is that
        // body.)
        if (tokens_[role.first].is("the") && !head.has(word_class::title) &&
            lexicon_.organisation_kinds.contains(head.lower) && entity.title_words.empty() &&
            entity.gender == Gender::unknown && entity.name.find(' ') == std::string::npos) {
            entity.kind = EntityKind::organisation;
            entity.title_words.emplace_back(head.lower);
            role.entity = person;
            return;
        }
        // ("Zhou, 52, a former engineer at a maker," says what he was, not that all his
        // titles are former ones: "the chairman" is still him.)
        const bool indefinite = tokens_[role.first].is("a") || tokens_[role.first].is("an");
        for (uint32_t k = role.first; k < role.last; ++k) {
            const Token& t = tokens_[k];
            if (t.word && !t.has(word_class::determiner) &&
                !(indefinite && t.has(word_class::qualifier)) &&
                (t.has(word_class::role) || t.has(word_class::title) || t.capitalised))
                add_title(entity, t.lower);
        }
        if (entity.kind == EntityKind::unknown) entity.kind = EntityKind::person;
        role.entity = person;
    }

    // "Lennox was full of praise. “…,” the manager said": the person the unresolved descriptor
    // `mention` (of `words`) means, or UINT32_MAX: a role nobody in the article holds, after a
    // person the article gave no role at all who opened a clause in its paragraph or the one
    // before.
    uint32_t untitled_subject_for(const Mention& mention,
                                  const std::vector<std::string_view>& words) const {
        // ("Monteiro himself fuelled the rumours. ¶ “…,” the striker said"; also with the name
        // of a team or a body before the role: "Ashworth was more diplomatic. “…,” the Villa
        // midfielder said".)
        // ("Alvarado did not concede. … the former congressman said": "former" too, and
        // "retired": "Jean Paterson, 78, said … “…,” the retired teacher said".)
        // (Or a title of two words, "the prime minister", when the person holds no role and
        // is known by a first name: not "Island Record reported".)
        // ("the agency's executive director": a body's possessive before it too.)
        auto two_word_title = [&] {
            if (mention.last < mention.first + 3 || mention.last > mention.first + 4) return false;
            for (uint32_t k = mention.first + 1; k + 1 < mention.last; ++k) {
                const Token& t = tokens_[k];
                const bool body =
                    t.possessive && t.has(word_class::organisation) && k == mention.first + 1;
                if (t.capitalised || t.has(word_class::qualifier) ||
                    !(body || t.has(word_class::title)))
                    return false;
            }
            return true;
        };
        // ("The Kenya Defence Forces athlete added": a portfolio's title word inside a body's
        // name, after its first word.)
        // ("The Liberal Democrat candidate": a party's capitalised word is no role here.)
        auto named_modifiers_only = [&] {
            // ("the two-time All-Star said": and how many times they won it.)
            for (uint32_t k = mention.first + 1; k + 1 < mention.last; ++k)
                if (!tokens_[k].is("former") && !tokens_[k].is("ex") && !tokens_[k].is("retired") &&
                    !tokens_[k].lower.ends_with("-time") &&
                    (!tokens_[k].word || !tokens_[k].capitalised ||
                     (tokens_[k].has(word_class::role) && !is_party(tokens_[k].lower)) ||
                     (tokens_[k].has(word_class::title) && k == mention.first + 1)))
                    return false;
            return true;
        };
        // ("the Guadalmar head coach", "the head coach": a role of two words, with the name of a
        // team or body before it or not; all in lower case only for someone of known gender.)
        auto role_compound = [&](bool& named) {
            named = false;
            bool role = false;
            if (mention.last < mention.first + 3 || mention.last > mention.first + 5) return false;
            for (uint32_t k = mention.first + 1; k + 1 < mention.last; ++k) {
                const Token& t = tokens_[k];
                if (!t.word || t.has(word_class::qualifier)) return false;
                if (t.capitalised && !t.has(word_class::title | word_class::role)) {
                    if (role) return false;  // the body's name before the role's words
                    named = true;
                } else if (!t.capitalised && t.has(word_class::title | word_class::role)) {
                    role = true;
                } else {
                    return false;
                }
            }
            return role;
        };
        auto fits_compound = [&](uint32_t person) {
            bool named = false;
            return role_compound(named) &&
                   (named || out_.entities[person].gender != Gender::unknown);
        };
        // (A party names no role the person may hold besides: "Speaker Harold Ostrander
        // projected confidence. “…,” the Ohio Republican said".)
        // (Or after its verb, after the quotation: "“…,” said the retiree"; not "She said the
        // therapist told her".)
        const bool after_cue = mention.first >= 2 && tokens_[mention.first - 1].word &&
                               tokens_[mention.first - 1].has(word_class::cue_start) &&
                               (!tokens_[mention.first - 2].outside() ||
                                (tokens_[mention.first - 2].is(",") && mention.first >= 3 &&
                                 !tokens_[mention.first - 3].outside()));
        if (!(mention.subject || after_cue) || !tokens_[mention.first].is("the") || words.empty() ||
            tokens_[mention.last - 1].has(word_class::generic_role))
            return UINT32_MAX;
        const uint32_t person =
            last_subject_before(mention.first, false, gender_of(tokens_[mention.last - 1]));
        if (person != UINT32_MAX &&
            (words.size() == 1 || named_modifiers_only() || two_word_title() ||
             fits_compound(person)) &&
            (!has_role_title(out_.entities[person]) || is_party(tokens_[mention.last - 1].lower) ||
             lexicon_.descriptions.contains(tokens_[mention.last - 1].lower)) &&
            (!two_word_title() || out_.entities[person].gender != Gender::unknown) &&
            // ("Arai … was upbeat. “…,” the Japanese driver said": a nationality only for
            // someone of none known.)
            !(has_nationality(out_.entities[person]) &&
              std::any_of(tokens_.begin() + mention.first, tokens_.begin() + mention.last,
                          [](const Token& t) { return t.has(word_class::epithet); })))
            return person;
        return UINT32_MAX;
    }

    // "The Chancellor is facing calls …\n\nRachel Whitmore insisted …": a title nobody
    // in the article holds, opening a clause, is the person named next, when that is the first
    // person named after it, within the next paragraph, opens a clause, is named in full for the
    // first time and has no title or role anywhere in the article. (A surname alone there is
    // not enough: "the transport secretary warned. ¶ Brevik told …" may be anyone's quote, and
    // Brevik's full name, given later, may carry a role the lexicon does not know.)
    void lead_descriptor(size_t index) {
        Mention& role = out_.mentions[index];
        // ("the mayor of Dayton": the head is the title, before what it is of.)
        if (!role.subject || !tokens_[role.first].is("the") ||
            !role_head(role).has(word_class::title))
            return;
        // (By token order: mentions may have been added after `index` out of order.)
        const auto after =
            std::lower_bound(out_.mentions.begin(), out_.mentions.end(), role.last,
                             [](const Mention& m, uint32_t token) { return m.first < token; });
        for (auto it = after; it != out_.mentions.end(); ++it) {
            const Mention& m = *it;
            if (m.entity == UINT32_MAX) continue;
            const Entity& entity = out_.entities[m.entity];
            if (entity.kind == EntityKind::organisation || entity.kind == EntityKind::outlet)
                continue;
            // ("Speaking to the BBC's Today programme, Sarah Pennington said", "operations in
            // England": a name after a possessive or a preposition is a thing or a place, passed
            // over; "said Bellweather" is someone named first.)
            if (!m.subject && m.first > 0 &&
                (tokens_[m.first - 1].possessive || after_preposition(m.first)))
                continue;
            // ("grew up three blocks from what is now City Hall": no subject, and not named by a
            // cue either.)
            if (!m.subject && m.first > 0 && !tokens_[m.first - 1].has(word_class::cue_start))
                continue;
            if (entity.kind != EntityKind::person || m.form != MentionForm::name || !m.subject ||
                m.possessive || has_role_title(entity) ||
                entity.name.find(' ') == std::string::npos || m.last - m.first < 2 ||
                tokens_[m.first].paragraph > tokens_[role.first].paragraph + 4 ||
                (m.last < tokens_.size() && tokens_[m.last].is(",")))
                return;
            for (auto before = out_.mentions.begin(); before != it; ++before)
                if (before->entity == m.entity) return;
            apposition(role, m.entity);
            return;
        }
    }

    // Whether the paragraph of the tokens [first, end) is a byline's or a dateline's own line
    // of a web page ("Liam Fogarty", "March 22, 2025 - 11:04AM", "By Jo Hale"): no part of
    // the story.
    bool name_or_date_line(uint32_t first, uint32_t end) const {
        if (end - first > 8) return false;
        const Token& t = tokens_[first];
        if (is_month(t) || (t.word && t.lower[0] >= '0' && t.lower[0] <= '9') || t.is("by"))
            return true;
        return end - first >= 2 && end - first <= 3 &&
               std::all_of(tokens_.begin() + first, tokens_.begin() + end, [](const Token& w) {
                   return w.word && w.capitalised && !w.possessive &&
                          !w.has(word_class::not_name | word_class::title);
               });
    }

    // The first paragraphs of an article, where a lead may stand: which are a byline's or a
    // date's own lines, and how many story paragraphs come before each (asked only of
    // paragraphs that hold a mention, so a paragraph with no token needs no entry). Read in one
    // pass.
    static constexpr uint32_t kLeadParagraphs = 10;
    struct LeadLines {
        std::array<bool, kLeadParagraphs> name_or_date{};
        std::array<uint32_t, kLeadParagraphs> story_before{};
    };

    LeadLines lead_lines() const {
        LeadLines lines;
        uint32_t story = 0;
        for (uint32_t k = 0; k < tokens_.size() && tokens_[k].paragraph < kLeadParagraphs;) {
            const uint32_t paragraph = tokens_[k].paragraph;
            uint32_t end = k;
            while (end < tokens_.size() && tokens_[end].paragraph == paragraph) ++end;
            lines.name_or_date[paragraph] = paragraph > 0 && name_or_date_line(k, end);
            lines.story_before[paragraph] = story;
            if (!lines.name_or_date[paragraph]) ++story;
            k = end;
        }
        return lines;
    }

    // "A Bronx bodega worker … fought off a robber … ¶ Abdulrahman Al-Saidi, 34, was alone
    // behind the counter … ¶ “…,” the worker recalled": the lead's someone, brought in by a
    // role with "a" as its sentence's subject, is the person named in full next, opening the
    // next paragraph for the first time, with no role of their own and no other gender.
    // (The lead: the first sentence of the body, after the headline and any byline, that
    // opens with a descriptor before any person is named in the body.)
    void lead_someone_named_next() {
        const LeadLines lines = lead_lines();
        const auto in_name_or_date_line = [&](const Mention& m) {
            const uint32_t paragraph = tokens_[m.first].paragraph;
            return paragraph < kLeadParagraphs && lines.name_or_date[paragraph];
        };
        uint32_t tried = 0;  // a paragraph whose lead was tried, the next a byline's
        for (size_t i = 0; i < out_.mentions.size(); ++i) {
            Mention& role = out_.mentions[i];
            const uint32_t paragraph = tokens_[role.first].paragraph;
            if (paragraph == 0 || (tried != 0 && paragraph <= tried)) continue;
            // ("Jessica Harlow ¶ March 20, 2025 - 5:30PM ¶ A grandmother who has run …": a web
            // page's byline and date lines between the standfirst and the lead.)
            if (paragraph > 3 && (paragraph > 6 || lines.story_before[paragraph] > 3)) break;
            if (out_.names_person(role)) {
                if (in_name_or_date_line(role)) continue;
                break;
            }
            if (role.form != MentionForm::descriptor || role.entity != UINT32_MAX ||
                !role.subject || !(tokens_[role.first].is("a") || tokens_[role.first].is("an")) ||
                !opens_sentence(role.first) || !tokens_[role.last - 1].has(word_class::role))
                continue;
            // (Not a role someone in the article holds: "A coroner has said … in a mother of
            // two … ¶ Kerry-Anne Dobson, 34, … ¶ … assistant coroner Nicholas Farrow said".)
            const std::string_view head = tokens_[role.last - 1].lower;
            if (std::any_of(out_.entities.begin(), out_.entities.end(), [&](const Entity& e) {
                    return e.kind == EntityKind::person && e.holds_title(head);
                }))
                break;
            for (size_t j = i + 1; j < out_.mentions.size(); ++j) {
                const Mention& m = out_.mentions[j];
                if (tokens_[m.first].paragraph == paragraph) continue;
                // ("A Brisbane dad who filmed … says … ¶ Wildlife officers have launched a
                // search … ¶ Jarrod Quinlan, 36, was walking": a paragraph that names no one
                // between.)
                if (tokens_[m.first].paragraph == paragraph + 1 && !out_.names_person(m)) continue;
                // (Nor the byline: "A western Sydney grandmother has described … ¶ Jessica
                // Harlow ¶ March 20, 2025 - 5:30PM".)
                if (in_name_or_date_line(m)) continue;
                if (tokens_[m.first].paragraph > paragraph + 2 || m.form != MentionForm::name ||
                    !m.subject || m.possessive || !opens_sentence(m.first) ||
                    !out_.names_person(m) || m.last - m.first < 2)
                    break;
                const Entity& person = out_.entities[m.entity];
                const Gender gender = gender_of(tokens_[role.last - 1]);
                // ("Abdulrahman Al-Saidi, 34, was": an age set off is no role, nor where they
                // are from, "Dorothy Pickering, from Leeds,".)
                const bool aged = m.last + 2 < tokens_.size() && tokens_[m.last].is(",") &&
                                  ((is_age(tokens_[m.last + 1]) && tokens_[m.last + 2].is(",")) ||
                                   tokens_[m.last + 1].is("from"));
                if (has_role_title(person) ||
                    (gender != Gender::unknown && person.gender != gender) ||
                    (m.last < tokens_.size() && tokens_[m.last].is(",") && !aged))
                    break;
                bool earlier = false;
                for (size_t k = 0; k < j && !earlier; ++k)
                    earlier = out_.mentions[k].entity == m.entity;
                if (earlier) break;
                apposition(role, m.entity);
                // (And "the worker" later, which was the one brought in with "a".)
                for (size_t k = j + 1; k < out_.mentions.size(); ++k)
                    if (Mention& again = out_.mentions[k];
                        again.form == MentionForm::descriptor && again.entity == UINT32_MAX &&
                        tokens_[again.first].is("the") && again.last == again.first + 2 &&
                        tokens_[again.last - 1].lower == tokens_[role.last - 1].lower)
                        again.entity = m.entity;
                break;
            }
            // (A standfirst's "a grandmother" that no one follows, the byline after it, leaves
            // the lead's "A grandmother who has run a jewellery store …" to try.)
            if (role.entity == UINT32_MAX && paragraph + 1 < kLeadParagraphs &&
                lines.name_or_date[paragraph + 1]) {
                tried = paragraph;
                continue;
            }
            break;
        }
    }

    // "Pratt said. … The former Wales midfielder added:": "the former" and a team's name before
    // a role nobody in the article holds is the person who last opened a clause, in this
    // paragraph or the one before.
    void former_player(size_t index) {
        Mention& role = out_.mentions[index];
        if (!role.subject || role.last < role.first + 4 || !tokens_[role.first].is("the") ||
            !tokens_[role.first + 1].is("former") || !tokens_[role.first + 2].capitalised ||
            tokens_[role.first + 2].has(word_class::title | word_class::role))
            return;
        role.entity = last_subject_before(role.first, false, Gender::unknown);
    }

    // The person who last opened a clause before token `first`, in its paragraph or the one
    // before, if of `gender` (or either when unknown); UINT32_MAX when there is none, or when a
    // subject that is no person comes first and `pass_over_bodies` is false.
    uint32_t last_subject_before(uint32_t first, bool pass_over_bodies, Gender gender,
                                 uint32_t paragraphs_back = 1) const {
        const auto at =
            std::lower_bound(out_.mentions.begin(), out_.mentions.end(), first,
                             [](const Mention& m, uint32_t token) { return m.first < token; });
        for (auto it = at; it != out_.mentions.begin();) {
            --it;
            if (tokens_[it->first].paragraph + paragraphs_back < tokens_[first].paragraph)
                return UINT32_MAX;
            if (!it->subject || it->possessive || it->entity == UINT32_MAX) continue;
            // (Nor the subject of a clause inside a sentence of someone else's: "Nwankwo, who
            // was appointed after the club parted ways with his predecessor, told …".)
            if (subordinate(token_vector_, *it)) continue;
            const Entity& person = out_.entities[it->entity];
            if (person.kind != EntityKind::person) {
                // (Nor a body that is the subject of what someone said: "Mr Halliwell replied
                // that the government had delivered …".)
                if (pass_over_bodies || (it->first > 0 && tokens_[it->first - 1].is("that")))
                    continue;
                return UINT32_MAX;
            }
            if (person.gender != Gender::unknown && gender != Gender::unknown &&
                person.gender != gender)
                return UINT32_MAX;
            return it->entity;
        }
        return UINT32_MAX;
    }

    // "Danielle Crewe, 45, has waited 70 weeks. The mother of three said …": "the mother (or
    // father, grandmother …) of" and a number is the person who last opened a clause of that
    // gender, in this paragraph or the one before. ("“…,” said the father of five": or the
    // subject of the cue before it.)
    void parent_of(size_t index) {
        Mention& role = out_.mentions[index];
        const uint32_t head = role.last - 1;
        if (!tokens_[role.first].is("the") || !children_count_after(tokens_, head) ||
            !joins(role.first, head + 2))
            return;
        const bool after_cue = role.first >= 2 && tokens_[role.first - 1].word &&
                               tokens_[role.first - 1].has(word_class::cue_start) &&
                               !tokens_[role.first - 2].outside();
        if (!role.subject && !after_cue) return;
        // (Places and bodies on the way are passed over: "Crewe, 45, from Stockport,"; so is a
        // paragraph of the person's own quotes: "Amankwah, 58, was a roofer. ¶ “…,” he said. ¶
        // The father of three said".)
        role.entity = last_subject_before(role.first, true, gender_of(tokens_[head]), 2);
    }

    // Whether the token before `first` is a preposition that names a place or a time after it.
    bool after_preposition(uint32_t first) const {
        if (first == 0) return false;
        const Token& before = tokens_[first - 1];
        for (std::string_view preposition :
             {"in", "at", "from", "of", "to", "for", "on", "across", "near", "outside"})
            if (before.is(preposition)) return true;
        return false;
    }

    // "Durrant's wife Lorraine", "Kevin Marsh's daughter, Amy,": a given name alone after a
    // named person's relative word takes that person's surname, when the article has not
    // named anyone of that given name before.
    // ("Avital's older brother, Shai,": a word for which of them between the two.)
    void family_surname(uint32_t at, uint32_t id) {
        uint32_t k = at;
        if (k > 0 && tokens_[k - 1].is(",")) --k;
        if (k < 2 || !tokens_[k - 1].has(word_class::relative | word_class::spouse)) return;
        static const WordList kWhich = {"older",  "younger",  "elder", "eldest",
                                        "oldest", "youngest", "twin",  "late"};
        if (k >= 3 && kWhich.contains(tokens_[k - 2].lower) && tokens_[k - 3].possessive) --k;
        if (!tokens_[k - 2].possessive) return;
        Entity& named = out_.entities[id];
        if (named.name.find(' ') != std::string::npos || named.kind == EntityKind::organisation)
            return;
        const Mention* owner = nullptr;
        for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it)
            if (it->last <= k - 1) {
                if (it->last == k - 1 && it->possessive) owner = &*it;
                break;
            }
        uint32_t owner_id = owner ? owner->entity : UINT32_MAX;
        // ("Sandoval's husband, Robert,": a surname alone is read into the relative's
        // descriptor; the person of that surname named before.)
        if (!owner && tokens_[k - 2].capitalised)
            if (const uint32_t* known = by_last_.find(tokens_[k - 2].lower)) owner_id = *known;
        if (owner_id == UINT32_MAX || owner_id == id) return;
        const Entity& family = out_.entities[owner_id];
        const size_t space = family.name.rfind(' ');
        if (family.kind != EntityKind::person || space == std::string::npos) return;
        named.name += family.name.substr(space);
        named.kind = EntityKind::person;
    }

    // The descriptor before ", who gave his name as" or ", who asked to be identified only as"
    // and the name at `first`; nullptr when there is none.
    Mention* described_by_name(uint32_t first) {
        // ("One resident, a 38-year-old clerk surnamed Chan, said", "a woman named Sarah".)
        if (first >= 2 && (tokens_[first - 1].is("surnamed") || tokens_[first - 1].is("named")))
            return described_ending_at(first - 1, first - 1, tokens_[first - 1].is("named"));
        // ("The homeowner, identified by the sheriff's office as 47-year-old Daniel Pruitt,":
        // the descriptor before ", identified by … as".)
        if (uint32_t as = first > 0 && age_of(tokens_[first - 1]) != 0 ? first - 1 : first;
            as >= 4 && tokens_[as - 1].is("as"))
            for (uint32_t k = as - 1; k >= 3 && as - k < 10; --k) {
                const Token& t = tokens_[k - 1];
                if (!t.outside() || t.is(",") || t.is(".")) break;
                if (t.is("identified") && tokens_[k - 2].is(","))
                    return described_ending_at(k - 2, k - 2, true);
            }
        // ("A Malian teenager waits on the quay. He says his name is Moussa": the one
        // brought in by "a" in this paragraph, whom the pronoun means.)
        if (first >= 4 && (tokens_[first - 1].is("is") || tokens_[first - 1].is("was")) &&
            tokens_[first - 2].is("name") &&
            (tokens_[first - 3].is("his") || tokens_[first - 3].is("her")))
            for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
                if (tokens_[it->first].paragraph != tokens_[first].paragraph) break;
                if (it->form != MentionForm::descriptor || it->entity != UINT32_MAX) continue;
                if (tokens_[it->first].is("a") || tokens_[it->first].is("an")) return &*it;
                break;
            }
        // (Most names follow none of these: "… as Rubel", "…, Tasha", "… guerre Abu Hamza".)
        if (first < 4 || !(tokens_[first - 1].is("as") || tokens_[first - 1].is("guerre") ||
                           (tokens_[first - 1].is(",") &&
                            (tokens_[first - 2].is("name") || tokens_[first - 2].is("surname")))))
            return nullptr;
        static const WordList kGiving = {
            "gave",   "give",  "giving", "his",    "her",   "their",      "name",    "surname",
            "only",   "first", "as",     ",",      "asked", "identified", "to",      "be",
            "by",     "would", "wished", "called", "uses",  "the",        "nom",     "de",
            "guerre", "known", "goes",   "simply", "just",  "wanted",     "himself", "herself"};
        bool named = false;
        for (uint32_t k = first; k > 0 && first - k < 10;) {
            const Token& t = tokens_[--k];
            if (t.is("who")) {
                if (!named || k < 2) return nullptr;
                // (With or without the comma, and past "of four" or a place: "a 52-year-old
                // mother of four who asked to be identified only as Om Ahmed", "a retired bus
                // driver from Chatham who gave her name only as Loretta".)
                const uint32_t end = tokens_[k - 1].is(",") ? k - 1 : k;
                uint32_t bound = end;
                for (uint32_t j = 2; j <= 4 && j < end; ++j) {
                    const Token& link = tokens_[end - j];
                    if (!link.outside() || !link.word) break;
                    if (link.is("of") || link.is("from") || link.is("in") || link.is("at")) {
                        bound = end - j;
                        break;
                    }
                }
                return described_ending_at(end, bound, false);
            }
            if (!t.outside() || !kGiving.contains(t.lower)) return nullptr;
            named = named || t.is("name") || t.is("surname") || t.is("identified") ||
                    t.is("called") || t.is("guerre") || t.is("known");
        }
        return nullptr;
    }

    // The unresolved descriptor that ends at `end`, or at `bound` before a phrase of where or
    // what it is of ("a bus driver from Chatham"); nullptr when the mention there is none such.
    // `person_head`: only one whose head is a word for a person ("a woman named", not "a
    // company named").
    Mention* described_ending_at(uint32_t end, uint32_t bound, bool person_head) {
        for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
            if (it->last > end || (bound != end && it->first >= bound)) continue;
            // (Or one that takes in part of that phrase: "one parent at the cabinet meeting".)
            if (it->last != end && it->last != bound && !(bound != end && it->last > bound))
                return nullptr;
            if (it->form != MentionForm::descriptor || it->entity != UINT32_MAX) return nullptr;
            if (person_head && !tokens_[it->last - 1].has(word_class::male | word_class::female |
                                                          word_class::role))
                return nullptr;
            return &*it;
        }
        return nullptr;
    }

    // Whether the name at `first` follows a title and "for" or "of" ("Minister for", "MP for",
    // "envoy for the"): what it names first is the title's portfolio or seat.
    bool portfolio_of_title(uint32_t first) const { return portfolio_start(first) != UINT32_MAX; }

    // Where the portfolio of a title before the name at `first` starts (its first word after
    // "for", "of" or "to"); UINT32_MAX when no title's portfolio comes before it.
    uint32_t portfolio_start(uint32_t first) const {
        uint32_t k = first;
        if (k > 0 && tokens_[k - 1].is("the")) --k;
        // ("Secretary for Transport and Logistics John Lam": the portfolio's last word.)
        // ("Minister of Social Affairs and Health Sari Vähäkangas": and the capitalised words
        // before it.)
        // ("Minister for Food Security and Research Malik Shahid Awan": the last word read as a
        // body of its own, before the name.)
        const uint32_t last_word =
            k >= 5 && tokens_[k - 1].word && tokens_[k - 1].capitalised && tokens_[k - 2].is("and")
                ? k - 1
                : k;
        if (last_word >= 4 && tokens_[last_word - 1].is("and") && tokens_[last_word - 2].word &&
            tokens_[last_word - 2].capitalised)
            for (k = last_word - 2;
                 k >= 3 && first - k < 6 && tokens_[k - 1].word && tokens_[k - 1].capitalised;)
                --k;
        // (And "to": "Marovian Ambassador to China Petru Vlad".)
        if (k < 2 ||
            !(tokens_[k - 1].is("for") || tokens_[k - 1].is("of") || tokens_[k - 1].is("to")))
            return UINT32_MAX;
        const Token& title = tokens_[k - 2];
        return title.word && title.has(word_class::title | word_class::role) ? k : UINT32_MAX;
    }

    // Whether the lower-case word before a public body's word ("justice" of "the justice
    // ministry") fits the body `named`: it is in its name or titles, or it is an adjective
    // ("the federal agency"), which says nothing of the portfolio.
    bool portfolio_fits(const Token& word, const Entity& named) const {
        // (Nor its press or media office, which every body has.)
        if (!word.word || word.capitalised || word.possessive || word.lower.size() < 4 ||
            word.has(word_class::determiner | word_class::qualifier) || word.is("press") ||
            word.is("media"))
            return true;
        static constexpr std::string_view kAdjectiveEndings[] = {
            "al", "ic", "ed", "ive", "ory", "ary", "ish", "an", "ese", "wide", "run", "owned"};
        for (const std::string_view ending : kAdjectiveEndings)
            if (word.lower.ends_with(ending)) return true;
        if (named.holds_title(word.lower)) return true;
        const std::string name = lowercase_ascii(named.name);
        return name.find(word.lower) != std::string::npos;
    }

    // Whether the tokens from `from` up to `name` say what a title is responsible for: "Minister
    // of State with responsibility for housing Eoghan Kinsella".
    bool responsibility_between(uint32_t from, uint32_t name) const {
        // (The portfolio's words may open the name's mention: "housing Eoghan Kinsella".)
        if (name < from + 3 || name > from + 9 || !tokens_[from].is("with")) return false;
        uint32_t k = from + 1;
        if (tokens_[k].is("special")) ++k;
        if (!tokens_[k].is("responsibility") || !tokens_[k + 1].is("for")) return false;
        for (k += 2; k < name; ++k)
            if (!tokens_[k].word || !tokens_[k].outside()) return false;
        return true;
    }

    // Whether the tokens from `from` up to `name` only bring in the name as what a role is of
    // or at: "to", "to the", "of the", "in".
    bool names_what_it_is_of(uint32_t from, uint32_t name) const {
        if (name == from + 2 && !tokens_[from + 1].is("the")) return false;
        return (name == from + 1 || name == from + 2) && after_preposition(from + 1);
    }

    static bool is_party(std::string_view word) {
        static const WordList kParties = {"democrat", "republican", "independent"};
        return kParties.contains(word);
    }

    // Whether any of the entity's titles is more than a courtesy title ("Ms").
    bool has_role_title(const Entity& entity) const {
        // (A party or a place is no role: "Democrat Luis Alvarado" is "the former congressman".)
        for (const std::string& title : entity.title_words)
            if (const uint32_t classes = lexicon_.classes_of(title);
                (classes & (word_class::title | word_class::role)) &&
                !(classes & (word_class::honorific | word_class::epithet)) && !is_party(title))
                return true;
        return false;
    }

    // The length of a name particle and its hyphen at the start of `word` ("al-" in
    // "al-assad"), or 0. The hyphen is looked for in the first bytes only (particles are
    // short), not searched for through every word.
    size_t particle_prefix(std::string_view word) const {
        // ("Jeanne d'Arc Mukandayisenga", "Giscard d’Estaing": an elided "de" before a name.)
        if (word.size() > 3 && (word[0] == 'd' || word[0] == 'l')) {
            if (word[1] == '\'') return 2;
            if (word.substr(1).starts_with("\u2019")) return 4;
        }
        for (size_t dash = 1; dash < word.size() && dash <= 5; ++dash) {
            if (word[dash] != '-') continue;
            if (dash + 1 < word.size() &&
                (lexicon_.classes_of(word.substr(0, dash)) & word_class::name_particle))
                return dash + 1;
            return 0;
        }
        return 0;
    }

    // "al-Assad": a particle joined to a capitalised name.
    bool particle_joined(const Token& t) const {
        const size_t prefix = particle_prefix(t.lower);
        if (prefix == 0) return false;
        const std::string_view written = t.span.in(text_);
        return prefix < written.size() && written[prefix] >= 'A' && written[prefix] <= 'Z';
    }

    std::string display_name(uint32_t first, uint32_t last) const {
        std::string out;
        for (uint32_t k = first; k < last; ++k) {
            const Token& t = tokens_[k];
            if (!t.outside()) continue;                             // a nickname
            if (!out.empty() && (t.word || t.is("&"))) out += ' ';  // ("Procter & Gamble")
            std::string_view word = t.span.in(text_);
            // (The last word's "'s" is not the name's; "Sheriff's" inside one is.)
            if (t.possessive && k + 1 == last &&
                !(last < tokens_.size() && verb_after_name_in_s(tokens_[last])))
                word = word.substr(0, word.size() - t.suffix_bytes());
            out += word;
        }
        return out;
    }

    // "ASM", "AKM": two or three capitals written as one word (not "Mr", "UN" ... in a
    // person's name of three words or more only).
    bool run_together_initials(const Token& t) const {
        const size_t written = t.span.size();
        return (written == 2 || written == 3) && t.lower.size() == written && all_capitals(t) &&
               !t.has(word_class::title | word_class::honorific | word_class::organisation);
    }

    // "A.", "P.K.": initials, their periods kept with the letters.
    static bool initial_token(const Token& t) {
        const std::string_view w = t.lower;
        if (w.empty() || !t.capitalised) return false;
        for (size_t k = 0; k < w.size(); ++k)
            if ((k % 2 == 0) != (w[k] >= 'a' && w[k] <= 'z') || (k % 2 == 1 && w[k] != '.'))
                return false;
        return w.size() <= 6;
    }

    // The words of tokens [first, last) lower-cased and joined by spaces, in a buffer reused for
    // every name (valid until the next call).
    std::string_view lower_words(uint32_t first, uint32_t last) {
        full_name_.clear();
        for (uint32_t i = first; i < last; ++i) {
            if (!tokens_[i].outside()) continue;  // a nickname
            if (!full_name_.empty()) full_name_ += ' ';
            full_name_ += tokens_[i].lower;
        }
        return full_name_;
    }

    // Whether the name at `first` follows the lower-case word of an organisation's kind with
    // no determiner before that word: "Malaysian semiconductor company Kinabalu Microsystems",
    // "chipmaker Nvidia", "retailer Tesco" (not "the firm John Smith founded").
    // The person whose other name the name at `first` is: "Nasir, known to everyone in
    // Kampung Morak simply as Pak Sir", "Ahmed, nicknamed Speedy" (UINT32_MAX when none).
    uint32_t known_as(uint32_t first) const {
        if (first < 4 || out_.mentions.empty()) return UINT32_MAX;
        const auto naming = [](const Token& t) {
            return t.is("known") || t.is("nicknamed") || t.is("dubbed");
        };
        // (Asked of every name: one look at the word before it first.)
        const Token& before = tokens_[first - 1];
        const bool as = before.is("as");
        if (!as && !naming(before)) return UINT32_MAX;
        const uint32_t k = as ? first - 1 : first;
        uint32_t verb = k;
        while (verb > 0 && k - verb < 8 && tokens_[verb - 1].word && tokens_[verb - 1].outside() &&
               !naming(tokens_[verb - 1]))
            --verb;
        if (verb < 3 || !tokens_[verb - 1].word || !naming(tokens_[verb - 1]) ||
            (tokens_[verb - 1].is("known") && !as))
            return UINT32_MAX;
        // ("Khaled Adwan, a farmer from Deir Alla known to his neighbours as Abu Mahmoud": or
        // after what the person is, in apposition to the name.)
        if (!tokens_[verb - 2].is(",")) {
            for (auto m = out_.mentions.rbegin(); m != out_.mentions.rend() && m->last + 16 >= verb;
                 ++m)
                if (m->form == MentionForm::name && m->entity != UINT32_MAX && !m->possessive &&
                    out_.entities[m->entity].kind == EntityKind::person &&
                    !(m->first > 0 && is_linking_preposition(tokens_[m->first - 1].lower))) {
                    if (m->last + 2 >= verb || !tokens_[m->last].is(",") ||
                        !(tokens_[m->last + 1].is("a") || tokens_[m->last + 1].is("an")))
                        return UINT32_MAX;
                    for (uint32_t k2 = m->last + 2; k2 + 1 < verb; ++k2)
                        if (!tokens_[k2].word || tokens_[k2].has(word_class::cue_start))
                            return UINT32_MAX;
                    return m->entity;
                }
            return UINT32_MAX;
        }
        // (Past places between: "known to everyone in Kampung Morak as".)
        for (auto m = out_.mentions.rbegin(); m != out_.mentions.rend() && m->last + 2 >= verb; ++m)
            if (m->last + 2 == verb)
                return m->form == MentionForm::name && m->entity != UINT32_MAX && !m->possessive &&
                               out_.entities[m->entity].kind == EntityKind::person
                           ? m->entity
                           : UINT32_MAX;
        return UINT32_MAX;
    }

    // The body's word a name [first, last) stands in apposition to, "the local residents'
    // committee, Indre By Lokaludvalg,", or "" when there is none: a body's singular word after
    // "the" or "a" and at most three lower-case or possessive words, the name set off by commas,
    // no first name in it. (Not after a preposition: "a member of the committee, Okafor,".)
    std::string_view apposed_kind(uint32_t first, uint32_t last) const {
        if (first < 3 || last >= tokens_.size() || !tokens_[first - 1].is(",") ||
            !tokens_[last].is(","))
            return {};
        const Token& kind = tokens_[first - 2];
        if (!kind.word || kind.capitalised || kind.possessive || plural_head(kind) ||
            !kind.has(word_class::organisation) || kind.has(word_class::role | word_class::title) ||
            kind.paragraph != tokens_[first].paragraph)
            return {};
        for (uint32_t k = first; k < last; ++k)
            if (tokens_[k].has(word_class::male | word_class::female | word_class::honorific))
                return {};
        uint32_t k = first - 2;
        // (A plural's possessive mark is a token of its own: "residents ' committee".)
        // ("One Wellington provider, Kauri Wealth,": a place's capitalised name among them.)
        while (k > 0 && first - k < 7 &&
               ((tokens_[k - 1].word && !tokens_[k - 1].has(word_class::determiner) &&
                 !tokens_[k - 1].is("one") &&
                 (!tokens_[k - 1].capitalised ||
                  (k >= 2 && tokens_[k - 2].is("one") && !tokens_[k - 1].possessive))) ||
                tokens_[k - 1].is("'") || tokens_[k - 1].is("\u2019")))
            --k;
        if (k == 0 || !(tokens_[k - 1].is("the") || tokens_[k - 1].is("a") ||
                        tokens_[k - 1].is("an") || tokens_[k - 1].is("one")))
            return {};
        // ("Outside the chamber, Mairi MacKinnon, chair of …": nor after a place's
        // preposition.)
        static const WordList kPlaces = {"outside", "inside", "behind", "beyond",
                                         "across",  "within", "into",   "through"};
        if (k >= 2 && tokens_[k - 2].word &&
            (is_linking_preposition(tokens_[k - 2].lower) ||
             kPlaces.contains(tokens_[k - 2].lower)))
            return {};
        return kind.lower;
    }

    // "The company Acme Widgets said", "the charity Beach Aid, which …", "the campaign group
    // Save Our Beach said", "Environmental group Greenwatch said": after "the" (or at a
    // sentence's start) and a body's word, up to two words before it, a name the verb or a comma
    // follows is the body's (not "the company Smith founded", whose name is the subject of a
    // clause of its own).
    bool the_kind_in_apposition(uint32_t first) const {
        if (first < 2 || !tokens_[first - 1].has(word_class::organisation)) return false;
        uint32_t start = first - 1;
        while (start > 0 && first - 1 - start < 2 && tokens_[start - 1].word &&
               tokens_[start - 1].outside() && !tokens_[start - 1].has(word_class::determiner) &&
               !tokens_[start - 1].has(word_class::cue_start) &&
               (!tokens_[start - 1].capitalised || opens_sentence(start - 1) ||
                place_modifier(tokens_[start - 1])) &&  // "the Tucson-based group Desert Lifeline"
               tokens_[start - 1].paragraph == tokens_[first].paragraph)
            --start;
        uint32_t k = first;
        while (k < tokens_.size() && k < first + 6 && tokens_[k].word && tokens_[k].capitalised &&
               tokens_[k].paragraph == tokens_[first].paragraph)
            ++k;
        const bool comma_after = k < tokens_.size() && tokens_[k].is(",");
        // (Not after a preposition, "Opposition leader in the council R. Manikandan said", nor
        // a person's name, a given name or an initial first; after one, set off by a comma:
        // "director of the charity Welcome East, which runs classes".)
        if (start > 0 && tokens_[start - 1].is("the")) {
            if (start >= 2 && tokens_[start - 2].word &&
                is_linking_preposition(tokens_[start - 2].lower) && !comma_after)
                return false;
        } else if (!opens_sentence(start) || start == first - 1) {
            return false;
        }
        if (tokens_[first].has(word_class::male | word_class::female | word_class::title |
                               word_class::honorific) ||
            tokens_[first].lower.size() == 1)
            return false;
        return k > first && k < tokens_.size() && tokens_[k].outside() &&
               (comma_after || (tokens_[k].word && tokens_[k].has(word_class::cue_start)));
    }

    bool kind_word_before(uint32_t first) const {
        if (first < 2) return false;
        const Token& kind = tokens_[first - 1];
        // (A body's own singular word, no role's: "the firm's chairman Ben Ode" is a person;
        // nor a portfolio's, "committee member for infrastructure services Nomvula Dlamini".)
        const Token& before = tokens_[first - 2];
        // ("Serie B side Virtus Ancona", "League Two side Castlebridge United": a team after the
        // name of its league.)
        if (kind.is("side") && !kind.capitalised && before.word && before.capitalised &&
            before.paragraph == tokens_[first].paragraph)
            return true;
        // ("the chief executive of the operator VoltaGrid UK": after "the", a business's word
        // that is a role's as well, before a name that no given name, title or honorific opens.)
        if (kind.word && !kind.capitalised && before.is("the") &&
            kind.paragraph == tokens_[first].paragraph && kind.has(word_class::role) &&
            kind_is(kind.lower, "business") &&
            !tokens_[first].has(word_class::male | word_class::female | word_class::title |
                                word_class::honorific))
            return true;
        // ("Grid operator Enedis", "budget carrier Flyzo": a business's word that is a role's
        // as well, before one word no given name.)
        const bool one_word_body =
            first + 1 < tokens_.size() &&
            !(tokens_[first + 1].word && tokens_[first + 1].capitalised) &&
            !tokens_[first].has(word_class::male | word_class::female | word_class::title) &&
            !kind.has(word_class::title);
        return kind.word && !kind.capitalised && kind.paragraph == tokens_[first].paragraph &&
               !plural_head(kind) &&
               ((kind.has(word_class::organisation) &&
                 !kind.has(word_class::role | word_class::title)) ||
                one_word_body) &&
               (lexicon_.organisation_kinds.find(kind.lower) != lexicon_.organisation_kinds.end() ||
                (kind.is("group") && the_kind_in_apposition(first))) &&
               (!before.has(word_class::determiner) || the_kind_in_apposition(first)) &&
               !before.possessive && !before.is("for") && !before.is("and") && !before.is("of") &&
               // (Nor whom one told: "Witnesses told police Hebert had been …".)
               !(before.word && before.has(word_class::cue_start));
    }

    // The body whose name opens the sentence that `at` is in, if its kind agrees with
    // `kind_word`, else UINT32_MAX.
    uint32_t sentence_opening_body(uint32_t at, std::string_view kind_word) const {
        for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
            if (tokens_[it->first].paragraph != tokens_[at].paragraph || at - it->first > 60)
                return UINT32_MAX;
            if (!opens_sentence(it->first)) continue;
            return it->subject && !it->possessive && it->entity != UINT32_MAX &&
                           out_.entities[it->entity].kind == EntityKind::organisation &&
                           proper_name(out_.entities[it->entity]) &&
                           kinds_agree(it->entity, kind_word)
                       ? it->entity
                       : UINT32_MAX;
        }
        return UINT32_MAX;
    }

    // The body whose name opens the sentence of the newest mention of `e`, when that mention
    // is no subject and the body speaks there ("X said it had ended its contract with e"), in
    // the paragraph of `at` or the one before, and fits `kind_word`; UINT32_MAX otherwise.
    uint32_t speaker_over_object(uint32_t e, std::string_view kind_word, uint32_t at) const {
        // The newest mention of `e`, among the last 64.
        size_t i = out_.mentions.size();
        const size_t oldest = i > 64 ? i - 64 : 0;
        while (i > oldest && out_.mentions[i - 1].entity != e) --i;
        if (i == oldest || out_.mentions[--i].subject) return UINT32_MAX;
        const uint32_t paragraph = tokens_[out_.mentions[i].first].paragraph;
        if (paragraph + 1 < tokens_[at].paragraph) return UINT32_MAX;
        while (i-- > 0) {
            const Mention& m = out_.mentions[i];
            if (tokens_[m.first].paragraph != paragraph) return UINT32_MAX;
            if (!opens_sentence(m.first)) continue;
            return m.subject && !m.possessive && m.entity != UINT32_MAX && m.entity != e &&
                           out_.entities[m.entity].kind == EntityKind::organisation &&
                           proper_name(out_.entities[m.entity]) &&
                           kinds_agree(m.entity, kind_word) && m.last < tokens_.size() &&
                           tokens_[m.last].word && tokens_[m.last].has(word_class::cue_start)
                       ? m.entity
                       : UINT32_MAX;
        }
        return UINT32_MAX;
    }

    // Whether the newest mention of `e` opens a clause and comes after every mention of
    // `other`.
    bool newest_mention_is_subject(uint32_t e, uint32_t other) const {
        size_t looked = 0;
        for (size_t i = out_.mentions.size(); i-- > 0 && looked < 64; ++looked) {
            const Mention& m = out_.mentions[i];
            if (m.entity == other) return false;
            if (m.entity == e) return m.subject && !m.possessive;
        }
        return false;
    }

    // The body named before whose name opens with the lower-case words `words` and goes on
    // to a body's word ("Health Partners", not a byline's "CTV News Atlantic Reporter"), or
    // UINT32_MAX.
    uint32_t organisation_opening_with(std::string_view words) const {
        for (uint32_t e = 0; e < out_.entities.size(); ++e) {
            const Entity& entity = out_.entities[e];
            if (entity.kind != EntityKind::organisation || entity.name.size() <= words.size() ||
                entity.name[words.size()] != ' ' ||
                lowercase_ascii(std::string_view(entity.name).substr(0, words.size())) != words)
                continue;
            std::string_view rest = std::string_view(entity.name).substr(words.size() + 1);
            while (!rest.empty()) {
                const size_t space = std::min(rest.find(' '), rest.size());
                if (lexicon_.classes_of(lowercase_ascii(rest.substr(0, space))) &
                    word_class::organisation)
                    return e;
                rest.remove_prefix(std::min(space + 1, rest.size()));
            }
        }
        return UINT32_MAX;
    }

    uint32_t entity_for_name(uint32_t first, uint32_t last, std::string_view full, uint32_t words,
                             bool titled, MentionForm& form) {
        // (Not a surname the article has given, written as a name: "Comrade Tochukwu Ani … Ani
        // said" is no ANI; nor a given name: "His daughter Dawn Fielding … Dawn added" is no
        // Pakistani newspaper.)
        if (const Outlet* outlet = lexicon_.outlet(full);
            outlet && !(words == 1 && !all_capitals(tokens_[first]) &&
                        (by_last_.contains(full) || by_first_.contains(full))))
            return outlet_entity(outlet->name);
        // (Not the first words of a body named before: "hospital operator Lone Star Health
        // Partners … Lone Star said".)
        if (words >= 2 && tokens_[last - 1].has(word_class::outlet_suffix) && !titled) {
            if (const uint32_t body = organisation_opening_with(full); body != UINT32_MAX)
                return body;
            return outlet_entity(display_name(first, last));
        }
        // ("on Citi FM's Eyewitness News", "told Sky Sports News": words read as titles
        // before a paper's or a programme's word alone are its name; not "Dr Post", "Mrs.
        // Times", "Sen. Post".)
        if (words == 1 && titled && first >= 1 && tokens_[first].has(word_class::outlet_suffix)) {
            const auto titles_programme = [&](const Token& t) {
                return t.word && t.capitalised && !t.possessive &&
                       t.paragraph == tokens_[first].paragraph &&
                       !t.has(word_class::honorific | word_class::abbreviation) &&
                       t.span.size() == t.lower.size();  // (no period: "Sen.")
            };
            uint32_t opening = first;
            while (opening > 0 && first - opening < 3 && titles_programme(tokens_[opening - 1]))
                --opening;
            if (opening < first) return outlet_entity(display_name(opening, last));
        }
        // ("told the Daily Graphic", "Daily Nation reported": a paper's "Daily" before its name.)
        if (words == 2 && !titled && tokens_[first].is("daily") && tokens_[first].capitalised)
            return outlet_entity(display_name(first, last));
        // "told state broadcaster RTÉ", "the newspaper Kommersant": a name right after the
        // word for an outlet is that outlet.
        if (!titled && words <= 4 && first >= 1 && tokens_[first - 1].word &&
            !tokens_[first - 1].capitalised && tokens_[first - 1].has(word_class::outlet_head) &&
            !shows_evidence(first - 1))
            return outlet_entity(display_name(first, last));
        // "told BBC Radio Leeds", "BBC Scotland reported": a broadcaster known by its letters,
        // before the name of its station or service, is an outlet of that name.
        if (words >= 2 && words <= 4 && !titled && tokens_[first].lower.size() >= 3 &&
            all_capitals(tokens_[first]) && lexicon_.outlet(tokens_[first].lower))
            return outlet_entity(display_name(first, last));
        // "told The Meridian", "in a statement to The Meridian", "in an interview with The
        // Atlantic": a capitalised "The" before the name of whom one speaks to is a publication's.
        if (!titled && words <= 3 && first >= 3 && tokens_[first - 1].is("the") &&
            tokens_[first - 1].capitalised &&
            (tokens_[first - 2].is("told") ||
             (tokens_[first - 2].is("to") && tokens_[first - 3].has(word_class::statement)) ||
             (tokens_[first - 2].is("with") && tokens_[first - 3].is("interview"))))
            return outlet_entity(display_name(first - 1, last));
        // ("told the Post", "speaking to the Mirror": a paper's word alone after "the" and
        // what one tells.)
        if (words == 1 && !titled && first >= 2 && tokens_[first].has(word_class::outlet_suffix) &&
            tokens_[first - 1].is("the") &&
            (tokens_[first - 2].is("told") || tokens_[first - 2].is("to") ||
             tokens_[first - 2].is("with")))
            return outlet_entity(display_name(first, last));
        if (const RosterPerson* person = lexicon_.roster_person(full)) {
            if (full != lowercase_ascii(person->name)) form = MentionForm::alias;
            return roster_entity(*person);
        }
        // "Annelies van Roosendael … Van Roosendael said": a particle capitalised at a
        // sentence's start (or in a headline) before a surname known already with a given name
        // is that person's surname.
        // (Not after a courtesy title, which tells two of a surname apart: "Ms van Dijk".)
        if (words == 2 && tokens_[first].has(word_class::name_particle) &&
            !(titled && first > 0 && tokens_[first - 1].has(word_class::honorific)))
            if (const uint32_t* known = by_last_.find(tokens_[last - 1].lower);
                known && out_.entities[*known].kind == EntityKind::person &&
                std::count(out_.entities[*known].name.begin(), out_.entities[*known].name.end(),
                           ' ') >= 2)
                return *known;
        // One hash of the name for its look-up and its entry alike.
        const uint64_t full_hash = NameIndex::hash_of(full);
        if (uint32_t* known = by_full_.find(full, full_hash)) {
            // ("Tanvir rues …" in the headline, then "captain Tanvir Hossain … Tanvir said": a
            // lone word of no known kind named only in the headline is the given name of the one
            // person named in full by it since.)
            if (words == 1 && !titled && out_.entities[*known].kind == EntityKind::unknown &&
                *known < last_seen_.size() && last_seen_[*known] != 0 &&
                tokens_[last_seen_[*known] - 1].paragraph == 0 && tokens_[first].paragraph > 0)
                if (const uint32_t* given = by_first_.find(full, full_hash);
                    given && *given != kSharedGivenName && *given != *known &&
                    out_.entities[*given].kind == EntityKind::person) {
                    if (uint32_t* alone = by_last_.find(full); alone && *alone == *known)
                        *alone = *given;
                    *known = *given;
                    return *given;
                }
            // ("MERIDIAN AIR REPORTS …" in a heading in capitals, then "Meridian Air": the name
            // as a sentence writes it.)
            if (std::string& name = out_.entities[*known].name;
                std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                if (std::string written = display_name(first, last);
                    lowercase_ascii(written) == lowercase_ascii(name) &&
                    std::any_of(written.begin(), written.end(),
                                [](char c) { return c >= 'a' && c <= 'z'; }))
                    name = std::move(written);
            // "Bill Clinton ... Hillary Clinton ... Clinton said": the one named last.
            if (words >= 2 && out_.entities[*known].kind == EntityKind::person &&
                !later_of_surname_.contains(*known))
                by_last_[tokens_[last - 1].lower] = *known;
            // ("Virtus Ancona sack coach" in a headline, then "Serie B side Virtus Ancona": a
            // name of no known kind, now after the word of a body's kind, is that body; so is
            // one whose "its" follows, "Westbury Dairies will cut its price".)
            // (Or taken for a person only for want of anything else: no title, no gender.)
            if (Entity& entity = out_.entities[*known];
                (entity.kind == EntityKind::unknown ||
                 (entity.kind == EntityKind::person && entity.title_words.empty() &&
                  entity.gender == Gender::unknown)) &&
                !titled && (kind_word_before(first) || (words >= 2 && its_after(first, last)))) {
                entity.kind = EntityKind::organisation;
                last_named_organisation_ = {*known, tokens_[first].paragraph};
            }
            return *known;
        }
        // "the Lucknow Police Commissionerate … Police said": "Police" alone is the police
        // body named before, by the newest name that holds the word; "the City of Cape Town …
        // The City rejected the claim": a body's word alone, the body named before whose name
        // it heads.
        if (words == 1 && !titled && tokens_[first].capitalised &&
            (tokens_[first].is("police") || (first > 0 && tokens_[first - 1].is("the"))))
            for (uint32_t e = static_cast<uint32_t>(out_.entities.size()); e-- > 0;)
                if (const Entity& body = out_.entities[e];
                    body.kind == EntityKind::organisation &&
                    (tokens_[first].is("police") ? names_kind(body, "police")
                                                 : headed_by(body, tokens_[first].lower))) {
                    *by_full_.try_emplace(full, full_hash, 0).first = e;
                    return e;
                }
        // "the Federal Aviation Administration … the FAA said": an acronym of an organisation
        // named before is that organisation.
        if (words == 1 && !titled)
            if (const uint32_t named = organisation_of_initials(tokens_[first]);
                named != UINT32_MAX) {
                *by_full_.try_emplace(full, full_hash, 0).first = named;
                return named;
            }
        // "The European Consumer Organisation, BEUC, said", "the Ooredoo Stars League (QSL)":
        // letters set off by commas or in brackets right after a body's name are that body's,
        // whether or not they spell it.
        if (words == 1 && !titled && first >= 2 && last < tokens_.size() &&
            ((tokens_[first - 1].is(",") && tokens_[last].is(",")) ||
             (tokens_[first - 1].is("(") && tokens_[last].is(")"))) &&
            all_capitals(tokens_[first]) && !out_.mentions.empty())
            if (const Mention& body = out_.mentions.back();
                body.last + 1 == first && !body.possessive && body.entity != UINT32_MAX &&
                out_.entities[body.entity].kind == EntityKind::organisation &&
                proper_name(out_.entities[body.entity])) {
                *by_full_.try_emplace(full, full_hash, 0).first = body.entity;
                return body.entity;
            }
        // "HUS Helsinki University Hospital said … HUS said": the letters that open a body's
        // longer name are that body.
        if (words == 1 && !titled && tokens_[first].lower.size() >= 3 &&
            all_capitals(tokens_[first]))
            for (uint32_t e = 0; e < out_.entities.size(); ++e)
                if (const Entity& entity = out_.entities[e];
                    entity.kind == EntityKind::organisation &&
                    std::count(entity.name.begin(), entity.name.end(), ' ') >= 2 &&
                    entity.name.size() > full.size() + 1 && entity.name[full.size()] == ' ' &&
                    // (A proper name goes on in capitals: not "an FDA advisory committee".)
                    entity.name[full.size() + 1] >= 'A' && entity.name[full.size() + 1] <= 'Z' &&
                    lowercase_ascii(std::string_view(entity.name).substr(0, full.size())) == full) {
                    *by_full_.try_emplace(full, full_hash, 0).first = e;
                    return e;
                }
        // "Hamilton police said" after "the Hamilton Police Service": a place and a body's word
        // in lower case (see name_run) are the body named before in full.
        if (words >= 2 && !titled && !tokens_[last - 1].capitalised &&
            tokens_[last - 1].has(word_class::organisation))
            if (const uint32_t body = organisation_opening_with(full); body != UINT32_MAX) {
                *by_full_.try_emplace(full, full_hash, 0).first = body;
                return body;
            }
        // "the Cronin family" after "Máiréad Cronin": her family, not a body that takes her
        // surname from her.
        if (words == 1 && first > 0 && tokens_[first - 1].is("the") && last < tokens_.size() &&
            (tokens_[last].is("family") || tokens_[last].is("household")))
            if (const uint32_t* known = by_last_.find(tokens_[first].lower);
                known && *known < out_.entities.size() &&
                out_.entities[*known].kind == EntityKind::person)
                return *known;
        // "the Red Cross", "the Springfield City Council": people take no article.
        // (Not a capital "The" inside a sentence, the first word of a work's title: "its most
        // reliable sellers remain La Bohème and The Magic Flute".)
        // (Nor a region by its compass point: "builders in the Southeast", "the Midwest"; nor
        // a country or a region named with the article: "in Germany and the Netherlands".)
        static const WordList kRegions = {
            "north",     "south",     "east",       "west",       "northeast",   "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east",  "south-west",
            "midwest",   "midlands",  "mideast",    "outback",    "netherlands", "philippines",
            "bahamas",   "maldives",  "seychelles", "gambia",     "comoros",     "caribbean",
            "balkans",   "baltics",   "himalayas",  "alps",       "andes",       "sahel",
            "arctic",    "antarctic", "hague",      "bronx"};
        const bool after_article = !titled && first > 0 && tokens_[first - 1].is("the") &&
                                   !(tokens_[first - 1].capitalised && first > 1 &&
                                     tokens_[first - 2].paragraph == tokens_[first - 1].paragraph &&
                                     tokens_[first - 2].word) &&
                                   !(words <= 2 && kRegions.contains(tokens_[last - 1].lower));
        static const WordList kBodyEndings = {
            "health",      "homes",    "residential", "management",  "research",
            "scaffolding", "plumbing", "roofing",     "landscaping", "catering",
            "haulage",     "joinery",  "trucking",    "electrical"};
        // ("Bayport Chemical Co.": "Co" ends a company's name; it opens a county's, "Co
        // Wexford".)
        bool organisation =
            after_article || (lexicon_.classes_of(full) & word_class::organisation) != 0 ||
            (words >= 2 && initials_follow(first, last)) ||
            (words >= 3 && branch_number(last - 1)) || (words >= 2 && tokens_[last - 1].is("co")) ||
            (words >= 2 && !titled && acronym_opens(first)) || kind_word_before(first) ||
            // ("Goulburn Ranges Health announced", "Queensland Health said": a health body;
            // "Orwell Kingsbridge Homes", "Evergreen Crest Property Management", "Sterling Ridge
            // Research", "Stourside Scaffolding": a builder, a landlord, a trade, words no body is
            // called by alone; "Westbury Dairies will cut its price": a body's "its".)
            (words >= 2 && !titled &&
             (kBodyEndings.contains(tokens_[last - 1].lower) || its_after(first, last)));
        // ("Harland & Pryce said": names joined by an ampersand are a firm's.)
        for (uint32_t k = first; k < last && !organisation; ++k)
            organisation = tokens_[k].has(word_class::organisation) || tokens_[k].is("&");
        // "Ashbourne Rovers … Rovers said": a club by the word of its kind alone.
        if (organisation && words == 1 && !after_article)
            if (kind_is(tokens_[first].lower, "sport"))
                if (const uint32_t named = organisation_holding(tokens_[first].lower);
                    named != UINT32_MAX && proper_name(out_.entities[named])) {
                    *by_full_.try_emplace(full, full_hash, 0).first = named;
                    return named;
                }
        if (organisation) {
            // ("the Denver Nuggets … The Nuggets said": a team by its plural name alone.)
            if (words == 1 && after_article)
                if (const uint32_t* known = by_last_.find(full);
                    known && *known < out_.entities.size() &&
                    out_.entities[*known].kind == EntityKind::organisation &&
                    team_name_ending(out_.entities[*known].name)) {
                    *by_full_.try_emplace(full, full_hash, 0).first = *known;
                    last_named_organisation_ = {*known, tokens_[first].paragraph};
                    return *known;
                }
            const std::string name = display_name(first, last);
            // ("Bayou Power crews …" in the headline, then "Bayou Power & Light": the body named
            // before by its words before the ampersand, now given its full name.)
            if (const size_t ampersand = name.find(" & ");
                ampersand != std::string::npos &&
                name.rfind(' ', ampersand - 1) != std::string::npos)
                if (const uint32_t named =
                        named_before(name, std::string_view(name).substr(0, ampersand));
                    named != UINT32_MAX) {
                    *by_full_.try_emplace(full, full_hash, 0).first = named;
                    last_named_organisation_ = {named, tokens_[first].paragraph};
                    return named;
                }
            if (const uint32_t named =
                    named_before_its_form(name, std::string_view(name).substr(0, name.rfind(' ')));
                named != UINT32_MAX) {
                *by_full_.try_emplace(full, full_hash, 0).first = named;
                last_named_organisation_ = {named, tokens_[first].paragraph};
                return named;
            }
            const uint32_t id = new_entity(name, EntityKind::organisation);
            *by_full_.try_emplace(full, full_hash, 0).first = id;
            // ("Corrib Quarter Developments Ltd … Corrib Quarter Developments said": a company
            // goes by its name without its legal form.)
            static const WordList kLegalForms = {
                "ltd", "limited", "inc", "incorporated", "plc", "llc", "llp", "corp",
                "co",  "gmbh",    "ag",  "bhd",          "pte", "nv",  "oyj", "ab"};
            // ("Bayou Crest Holdings … Bayou Crest said": or without a business's kind word.)
            // ("Evergreen Crest Property Management … Evergreen Crest said": and its words of a
            // business before that.)
            std::string_view shorter = full;
            for (uint32_t end = last;
                 end >= first + 3 &&
                 (kLegalForms.contains(tokens_[end - 1].lower) ||
                  kind_is(tokens_[end - 1].lower, "business") || tokens_[end - 1].is("property"));
                 --end) {
                shorter = shorter.substr(0, shorter.rfind(' '));
                by_full_.try_emplace(shorter, id);
            }
            // ("Bayou Power & Light … Bayou Power said": or by its words before the ampersand,
            // two or more.)
            if (const size_t ampersand = full.find(" & ");
                ampersand != std::string::npos &&
                full.rfind(' ', ampersand - 1) != std::string::npos)
                by_full_.try_emplace(full.substr(0, ampersand), id);
            file_company_under_first_word(first, last, id);
            // "UD Guadalmar … Guadalmar said", "FC Barcelona … Barcelona": a club goes by the
            // name after the letters of its kind.
            if (words == 2 && tokens_[first + 1].capitalised &&
                !tokens_[first + 1].has(word_class::organisation) &&
                tokens_[first].lower.size() <= 3 && kind_is(tokens_[first].lower, "sport"))
                file_organisation_under(tokens_[first + 1].lower, id);
            file_acronym(first, last, id);
            if (words >= 2 && team_name_ending(name))
                file_organisation_under(tokens_[last - 1].lower, id);
            last_named_organisation_ = {id, tokens_[first].paragraph};
            return id;
        }
        // "Taal Volcano", "Sierra Highway": a place, never a person a pronoun may mean (nor a
        // surname to file).
        // ("Culloden Road, St Michael": nor a name a place's word opens.)
        if (words >= 2 && !titled &&
            (tokens_[last - 1].has(word_class::place_feature) ||
             tokens_[first].has(word_class::place_opener) ||
             street_after_preposition(first, last))) {
            const uint32_t id = new_entity(display_name(first, last), EntityKind::unknown);
            *by_full_.try_emplace(full, full_hash, 0).first = id;
            return id;
        }
        // "al-Assad" is filed under "assad", so "Assad" alone finds him. (Not "Kang Do-yoon"
        // under "yoon": a given name's second syllable is written in lower case.)
        std::string_view surname = tokens_[last - 1].lower;
        if (particle_joined(tokens_[last - 1])) surname.remove_prefix(particle_prefix(surname));
        // One hash of the surname for its look-up and its entry alike.
        const auto [by_surname, new_surname] = by_last_.try_emplace(surname, 0);
        if (words == 1) {
            if (!new_surname) {
                // (Not "Ms Brennan": a title tells two of a surname apart where it stands.)
                if (!titled) by_surname_alone_.insert(*by_surname);
                return *by_surname;
            }
            // "Claire Moore ... Claire says": a given name alone is the person of that name,
            // unless two people share it.
            if (const uint32_t* given = by_first_.find(full, full_hash);
                given && *given != kSharedGivenName) {
                *by_surname = *given;
                return *given;
            }
            // "Jess Pollard … Her husband Andrew said": a given name alone after a spouse's or a
            // child's word and "her" or "his" is of the family's surname.
            if (const uint32_t id = family_member(first); id != UINT32_MAX) {
                *by_surname = id;
                *by_full_.try_emplace(full, full_hash, 0).first = id;
                return id;
            }
            // ("Lord Carrick", "Sister Agnes": named only so, the title stays in the name.)
            const bool kept = titled && first > 0 && tokens_[first - 1].has(word_class::kept_alone);
            const uint32_t id = new_entity(display_name(kept ? first - 1 : first, last),
                                           titled ? EntityKind::person : EntityKind::unknown);
            *by_surname = id;
            *by_full_.try_emplace(full, full_hash, 0).first = id;
            return id;
        }
        // A full name: the first one fixes the canonical name, and upgrades a lone surname seen
        // before ("President Erdogan" ... "Recep Tayyip Erdogan").
        uint32_t id;
        // "Pitcher Ishikawa to retire" in a headline, then "Ishikawa Takeshi": a surname that
        // comes first (not a known given name) upgrades its lone mention too.
        uint32_t* surname_first = nullptr;
        // ("Bangladesh look to Rezaul's form" in a headline, then "Rezaul Karim Apu": a first
        // word of no known given name, alone before, upgrades it as well.)
        if (new_surname && (words == 2 || words == 3) &&
            !tokens_[first].has(word_class::male | word_class::female | word_class::title))
            // (Not the surname's own entry, just made: "T T".)
            if (uint32_t* lone = by_last_.find(tokens_[first].lower);
                lone && lone != by_surname && *lone < out_.entities.size() &&
                out_.entities[*lone].name.find(' ') == std::string::npos &&
                (out_.entities[*lone].kind == EntityKind::person ||
                 (words == 3 && out_.entities[*lone].kind == EntityKind::unknown)))
                surname_first = lone;
        // "…: Janet Lee" in a headline, then "Janet Lee Siew Ling": a longer name that opens
        // with a two-word name seen before is that person's full name.
        uint32_t* shorter = nullptr;
        if (words >= 3 && new_surname && tokens_[first].word && tokens_[first + 1].word &&
            tokens_[first + 1].capitalised) {
            std::string two(tokens_[first].lower);
            two.append(" ").append(tokens_[first + 1].lower);
            if (uint32_t* known = by_full_.find(two);
                known && *known < out_.entities.size() &&
                out_.entities[*known].kind == EntityKind::person &&
                std::count(out_.entities[*known].name.begin(), out_.entities[*known].name.end(),
                           ' ') == 1)
                shorter = known;
        }
        if (!new_surname && (lone_name(out_.entities[*by_surname].name) ||
                             headline_epithet_name(*by_surname, first))) {
            id = *by_surname;
            out_.entities[id].name = display_name(first, last);
            out_.entities[id].kind = EntityKind::person;
        } else if (shorter) {
            id = *shorter;
            out_.entities[id].name = display_name(first, last);
            *by_surname = id;
        } else if (surname_first) {
            id = *surname_first;
            out_.entities[id].name = display_name(first, last);
            *by_surname = id;
        } else {
            // ("Murmur AI", "Atlas VR": a word no given name, then letters in capitals, is a
            // product's or a firm's name rather than a person's.)
            // ("was driving her Marlin Cove": nor is a name right after a possessive pronoun,
            // with no word for a relative or a role between.)
            static const WordList kOwners = {"her", "his", "their", "my", "our", "your", "its"};
            const bool product =
                (words == 2 && !titled && all_capitals(tokens_[last - 1]) &&
                 tokens_[last - 1].lower.size() <= 3 &&
                 !tokens_[first].has(word_class::male | word_class::female)) ||
                (!titled && first > 0 && kOwners.contains(tokens_[first - 1].lower) &&
                 !tokens_[first].has(word_class::male | word_class::female));
            id = new_entity(display_name(first, last),
                            product ? EntityKind::unknown : EntityKind::person);
            // "Okafor said … Her mother, Ngozi Okafor, …", "Reyes wrote … The cashier, Sophie
            // Reyes, is her niece": the surname stays with the person the article has already
            // called by it alone.
            // ("Rodelio Bautista … His wife, Marites Bautista, … Bautista said": nor does one
            // brought in as a relative of someone's.)
            if (new_surname ||
                (!by_surname_alone_.contains(*by_surname) && !kin_of_someone(first, last))) {
                *by_surname = id;
            } else {
                later_of_surname_.insert(id);
                // ("Norm Beaumont … His daughter, Karen Beaumont, … Ms Beaumont said": the one
                // whose relative she is, of her surname, is a man, so a courtesy title can tell
                // the two apart.)
                owner_gender_from_kin(first, last, out_.entities[*by_surname]);
            }
            if (const int older = kin_age(first); older != 0) kin_age_[id] = older;
        }
        *by_full_.try_emplace(full, full_hash, 0).first = id;
        if (words >= 3) file_name_parts(first, last, id);
        // "Mohd Nasir Ismail … says Nasir": a Malay name after the Prophet's is called by the
        // word after it.
        if (words >= 3 && kProphetNames.contains(tokens_[first].lower) &&
            !tokens_[first + 1].has(word_class::name_particle))
            by_last_.try_emplace(tokens_[first + 1].lower, id);
        // "Comm Datuk Aidil Rashid Hamdan … Comm Aidil Rashid said": a Malay name without the
        // father's name, the first two words of a longer name, is the person too.
        if (words >= 3 && !tokens_[first + 1].has(word_class::name_particle))
            by_full_.try_emplace(lower_words(first, first + 2), id);
        // "A. Jayanthi Devi … Ms. Jayanthi Devi said": the name without its leading initials
        // finds the person too.
        // ("Prof ASM Mahbubur Rahman … Prof Mahbubur added": or initials run together in
        // capitals, before two names or more; the given name is the first after them.)
        uint32_t named = first;
        while (named + 1 < last && (initial_token(tokens_[named]) ||
                                    (last - named >= 3 && run_together_initials(tokens_[named]))))
            ++named;
        if (named > first && last - named >= 2) by_full_.try_emplace(lower_words(named, last), id);
        // "Su Tzu-yun", "Han Duck-soo", "William Lo Ching-hsiang": a Chinese or Korean given
        // name of two syllables joined by a hyphen comes after the surname, which is how the
        // article calls them later ("Su said").
        if (words >= 2 && surname_before_given(last - 1))
            by_last_.try_emplace(tokens_[last - 2].lower, id);
        // "Li Wenbo … Li said", "Lee Hsien Loong … Lee said": a Chinese or Korean surname
        // before a given name that is no English one.
        if ((words == 2 || words == 3) && lexicon_.surnames_first.contains(tokens_[first].lower) &&
            !tokens_[first + 1].has(word_class::male | word_class::female | word_class::title))
            by_last_.try_emplace(tokens_[first].lower, id);
        if (const std::string_view given = tokens_[named].lower; given.size() > 2) {
            const auto [slot, inserted] = by_first_.try_emplace(given, id);
            if (!inserted && *slot != id) *slot = kSharedGivenName;
        }
        return id;
    }

    // Whether the word at `k` is a business's that a company's name ends with, so that "of"
    // after it says where the company is ("Therapeutics", "Inc"; not "Bank", "Company").
    bool located_company(uint32_t k) const {
        const Token& t = tokens_[k];
        if (!t.capitalised || t.is("bank") || t.is("company") || t.is("corporation")) return false;
        return kind_is(t.lower, "business");
    }

    // Whether `word` names a body of the kind `kind` ("business", "sport": organisation_kinds).
    bool kind_is(std::string_view word, std::string_view kind) const {
        const auto found = lexicon_.organisation_kinds.find(word);
        return found != lexicon_.organisation_kinds.end() && found->second == kind;
    }

    // "Skyline Airways … Skyline said": a company named by the tokens [first, last) goes by
    // the word before its kind, and by its first word when its name ends in a company's word
    // ("Keystone Correctional Health LLC … Keystone said").
    void file_company_under_first_word(uint32_t first, uint32_t last, uint32_t id) {
        const uint32_t words = last - first;
        if ((words == 2 || (words >= 3 && words <= 5 &&
                            (kind_is(tokens_[last - 1].lower, "business") ||
                             // ("Brightwell Care Group … Brightwell said".)
                             tokens_[last - 1].is("group")))) &&
            tokens_[first + 1].capitalised &&
            (words > 2 || tokens_[first + 1].has(word_class::organisation)) &&
            !tokens_[first].has(word_class::organisation | word_class::title | word_class::epithet |
                                word_class::not_name))
            file_organisation_under(tokens_[first].lower, id);
    }

    // Whether a body's name ends in a plural that is no body's word, as a team's does: "Denver
    // Nuggets", "Sacramento Kings" (not "Ashdown Holdings", "Health Services").
    bool team_name_ending(std::string_view name) const {
        const size_t space = name.rfind(' ');
        if (space == std::string_view::npos) return false;
        const std::string last = lowercase_ascii(name.substr(space + 1));
        return last.size() > 3 && last.ends_with("s") && !last.ends_with("ss") &&
               lexicon_.classes_of(last) == 0 && lexicon_.singular_classes_of(last) == 0;
    }

    // Files the organisation `id` under the lone `word` as well ("Skyline" for "Skyline
    // Airways"), taking the place of a name of no known kind filed there before ("Skyline
    // pilots vote" in the headline).
    void file_organisation_under(std::string_view word, uint32_t id) {
        if (auto [known, added] = by_last_.try_emplace(word, id);
            !added && out_.entities[*known].kind == EntityKind::unknown) {
            if (uint32_t* alone = by_full_.find(word); alone && *alone == *known) *alone = id;
            *known = id;
        }
    }

    // Whether the token at `given` is a Chinese or Korean given name of two syllables joined
    // by a hyphen ("Tzu-yun", "Duck-soo") after a short capitalised surname ("Su", "Han",
    // "Cheung").
    bool surname_before_given(uint32_t given) const {
        const std::string_view word = tokens_[given].span.in(text_);
        if (given == 0 || word.size() < 5 || !tokens_[given - 1].word ||
            !tokens_[given - 1].capitalised || tokens_[given - 1].lower.size() > 6)
            return false;
        const size_t dash = word.find('-');
        return dash != std::string_view::npos && dash >= 2 && dash + 2 < word.size() &&
               word[dash + 1] >= 'a' && word[dash + 1] <= 'z';
    }

    // "Andrés de la Cruz Villegas" is later "de la Cruz" or "Cruz Villegas", "Siobhán Ó
    // Ceallaigh" is "Ó Ceallaigh": each shorter tail of the name is the person, and so is each
    // inner word that is not a given name. (None replaces a name already filed.)
    void file_name_parts(uint32_t first, uint32_t last, uint32_t id) {
        for (uint32_t k = first + 1; k + 1 < last; ++k) {
            by_full_.try_emplace(lower_words(k, last), id);
            const Token& inner = tokens_[k];
            if (inner.capitalised &&
                !inner.has(word_class::male | word_class::female | word_class::name_particle))
                by_last_.try_emplace(inner.lower, id);
        }
    }

    uint32_t outlet_entity(const std::string& name) {
        auto [id, inserted] = by_full_.try_emplace("outlet:" + name, 0);
        if (inserted) *id = new_entity(name, EntityKind::outlet);
        return *id;
    }

    uint32_t roster_entity(const RosterPerson& person) {
        const std::string key = lowercase_ascii(person.name);
        auto [id, inserted] = by_full_.try_emplace(key, 0);
        if (inserted) {
            *id = new_entity(person.name, EntityKind::person);
            out_.entities[*id].title_words = person.titles;
            const std::string surname = key.substr(key.rfind(' ') + 1);
            by_last_.try_emplace(surname, *id);
        }
        return *id;
    }

    std::string_view text_;
    // A span rather than the vector: its size is one load, where the vector's is a division by
    // the token's size, in joins() on every step of every scan.
    std::span<const Token> tokens_;
    const std::vector<Token>& token_vector_;  // the same tokens, for ArticleMentions' queries
    const AttributionLexicon& lexicon_;
    ArticleMentions out_;
    std::vector<std::pair<std::string_view, bool>> lower_case_answers_;    // lower_case_elsewhere
    std::vector<std::pair<std::string_view, bool>> named_inside_answers_;  // named_inside_sentence
    std::optional<bool> title_case_[2];                                    // title_case_line
    NameIndex by_full_;
    NameIndex by_last_;
    // The heads of descriptors that brought in someone unnamed ("a senior official"), and
    // their paragraphs.
    std::vector<std::pair<std::string_view, uint32_t>> unnamed_;
    // People called by their surname alone, and people named in full after someone else was
    // called by their shared surname alone.
    std::unordered_set<uint32_t> by_surname_alone_, later_of_surname_;
    // People named right after a relative word: +1 an older relative, -1 a younger one.
    std::unordered_map<uint32_t, int> kin_age_;
    NameIndex by_first_;  // given names of full names: entity, or kSharedGivenName
    static constexpr uint32_t kSharedGivenName = UINT32_MAX;
    std::string full_name_;  // lower_words' buffer
    // By entity: one past the token of its latest mention (0: none; a headline's first word is
    // token 0).
    std::vector<uint32_t> last_seen_;
    std::vector<uint32_t> ages_;  // by entity: the age given after the name (0: none)
    std::pair<uint32_t, uint32_t> last_named_organisation_{UINT32_MAX, 0};  // entity, paragraph
    // The token after the last mention: title context never reaches into it.
    uint32_t previous_end_ = 0;
    std::vector<std::pair<size_t, std::vector<std::string_view>>>
        pending_;  // unresolved descriptors
};

}  // namespace

ArticleMentions find_mentions(std::string_view text, const std::vector<Token>& tokens,
                              const AttributionLexicon& lexicon) {
    return MentionFinder(text, tokens, lexicon).run();
}

}  // namespace quotecheck
