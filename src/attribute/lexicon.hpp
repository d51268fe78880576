// The attribution lexicon: speech cues, titles and descriptor words, pronouns, outlets, vague
// phrases and the roster of known people, loaded from TOML (rules/cues.toml, roster.toml,
// sources.toml, plus any files the user adds). Immutable after loading; shared across threads.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/word_table.hpp"

namespace quotecheck {

// What a cue does to the words around it.
enum class CueKind {
    speech,     // "said", "told", "added": a subject speaks
    according,  // "according to X": the speaker or source follows the cue
    report,     // "reported", "wrote": an outlet as subject is a source, a person a speaker
};

// One inflected form of a cue, as lowercase words ("pointed", "out").
struct CueForm {
    std::vector<std::string> words;
    std::string lemma;
    CueKind kind = CueKind::speech;
    bool addressee = false;  // "told reporters", "told Sputnik": an object follows
    // Whether a quote in a later sentence with no cue of its own may be this cue's speaker's
    // ("Smith said the plan would fail." then a quote). Verbs that characterise rather than
    // report speech ("Critics dismissed the plan.") do not hand on the floor.
    bool introduces = true;
    // Whether only a person does it ("reflected", "sighed", "laughed"): "it reflected the
    // government's commitment" is no organisation speaking.
    bool people_only = false;
};

struct RosterPerson {
    std::string name;                  // canonical: "Benjamin Netanyahu"
    std::vector<std::string> aliases;  // "Binyamin Netanyahu", "Bibi"
    std::vector<std::string> titles;   // lowercase words: "israeli", "prime", "minister"
};

struct Outlet {
    std::string name;
    std::vector<std::string> aliases;
};

// A multi-word phrase in lowercase words ("according", "to", "reports").
using Phrase = std::vector<std::string>;

// Hashes a std::string and a std::string_view of the same word alike, so that the lexicon and
// the attribution stage's own maps are looked up by a token's word without copying it.
struct WordHash {
    using is_transparent = void;
    size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
};
template <typename Value>
using WordMap = std::unordered_map<std::string, Value, WordHash, std::equal_to<>>;
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

// What a lowercase word can be, as bits, so each word of an article is looked up once.
namespace word_class {
enum : uint32_t {
    title = 1u << 0,
    honorific = 1u << 1,
    role = 1u << 2,
    organisation = 1u << 3,
    name_particle = 1u << 4,
    not_name = 1u << 5,
    person_pronoun = 1u << 6,
    group_pronoun = 1u << 7,
    between = 1u << 8,
    determiner = 1u << 9,
    statement = 1u << 10,
    cue_start = 1u << 11,         // first word of a cue form
    vague_start = 1u << 12,       // first word of a vague phrase
    outlet_cue_end = 1u << 13,    // last word of an outlet_cues_before phrase
    outlet_cue_start = 1u << 14,  // first word of an outlet_cues_after phrase
    outlet_suffix = 1u << 15,
    generic_role = 1u << 16,
    male = 1u << 17,
    female = 1u << 18,
    epithet = 1u << 19,
    qualifier = 1u << 20,
    abbreviation = 1u << 21,  // a key of title_abbreviations
    post_nominal = 1u << 22,
    spouse = 1u << 23,
    audience = 1u << 24,
    relative = 1u << 25,
    kept_alone = 1u << 26,     // a title kept with a lone name: "Lord Carrick", "Sister Agnes"
    place_feature = 1u << 27,  // ends a place's name: "Taal Volcano", "Sierra Highway"
    outlet_head = 1u << 28,    // "the newspaper", "state broadcaster RTÉ" (one-word heads)
    place_opener = 1u << 29,   // opens a place's name: "St Michael", "Port Moresby"
};
}  // namespace word_class

struct AttributionLexicon {
    // Cue forms by their first lowercase word.
    WordMap<std::vector<CueForm>> cues;
    WordSet titles;          // stripped from the front of names: "president", "minister"
    WordSet honorifics;      // "mr", "ms", "dr"
    WordSet roles;           // descriptor heads: "president", "spokesman", "official"
    WordSet generic_roles;   // heads that fit anyone with a title: "leader", "counterpart"
    WordSet epithets;        // "the Spaniard", "the Frenchwoman": the person just named
    WordSet spouses;         // "her husband": the other person of her surname
    WordSet relatives;       // "her mother, Ngozi Okafor": who does not take the surname over
    WordSet audiences;       // "MPs told", "inquest told": told, not telling
    WordSet qualifiers;      // "deputy", "shadow": a title with one is another office
    WordSet kept_alone;      // "lord", "sister": the name of someone named only so keeps it
    WordSet surnames_first;  // "li", "wang": a surname written before the given name
    // Role words that describe a person whatever their office: "the Wicklow native", "the
    // Nigeria international", "the youngster" may be the striker just quoted.
    WordSet descriptions;
    // Words that end a place's name and no person's: "Taal Volcano", "Moston Road".
    WordSet place_features;
    WordSet place_openers;
    // Abbreviated titles and their words: "pm" -> {"prime", "minister"}.
    WordMap<std::vector<std::string>> title_abbreviations;
    // Roles that a descriptor's head also fits: "the nun" fits "Sister Teresa", "the envoy" an
    // ambassador.
    WordMap<std::vector<std::string>> role_synonyms;
    WordSet organisation_words;  // heads that make a name an organisation: "ministry", "kremlin"
    // Kinds of organisation by the words that tell them: "airways" and "airline" -> "business",
    // "union" -> "labour", so "the union" is never an airline named before it.
    WordMap<std::string> organisation_kinds;
    WordSet name_particles;   // lowercase words inside names: "al", "bin", "de", "van"
    WordSet post_nominals;    // letters after a name, not part of it: "kc", "obe"
    WordSet not_names;        // capitalised words that never start a name: "the", "but"
    WordSet person_pronouns;  // "he", "she"
    WordSet male_words;       // first names, titles and role words that tell a man: "mr"
    WordSet female_words;     // ... and a woman: "ms", "spokeswoman", "mary"
    WordSet group_pronouns;   // "they", "it"
    WordSet between_words;    // may sit between a subject and its cue: "also", "later"
    WordSet determiners;      // "the", "a", "his"
    // People the user told quotecheck about; `roster_names` maps each lowercase name and alias
    // to its index in `people`.
    std::vector<RosterPerson> people;
    WordMap<size_t> roster_names;
    // Outlets by lowercase name or alias ("ap", "the associated press").
    std::vector<Outlet> outlets;
    WordMap<size_t> outlet_names;
    WordSet outlet_suffixes;  // a capitalised name ending in one of these is an outlet: "times"
    WordSet outlet_heads;     // "the X newspaper", "X news agency": lowercase heads
    WordSet statement_words;  // "a Kremlin statement said": "statement", "communique"
    // Phrases that make an outlet a source, before it ("told", "in an interview with") or after
    // it ("reported"), by their last and first word respectively.
    WordMap<std::vector<Phrase>> outlet_cues_before;
    WordMap<std::vector<Phrase>> outlet_cues_after;
    // Vague attribution phrases by their first word.
    WordMap<std::vector<Phrase>> vague;

    // word_class bits of every word in the lists above, and roster_names, outlet_names, the cue
    // forms and the phrase indexes as fixed tables; built once after loading.
    WordTable<uint32_t> word_classes;
    WordTable<size_t> roster_index;
    WordTable<size_t> outlet_index;
    WordTable<std::vector<CueForm>> cue_table;
    WordTable<std::vector<Phrase>> vague_table;
    WordTable<std::vector<Phrase>> outlet_cues_before_table;
    WordTable<std::vector<Phrase>> outlet_cues_after_table;

    uint32_t classes_of(std::string_view word) const {
        const uint32_t* classes = word_classes.find(word);
        return classes ? *classes : 0;
    }
    // The classes of a plural's singular, a plural in -s, -es or -ies ("officials" ->
    // "official", "witnesses", "deputies"); 0 for a word not ending in s.
    uint32_t singular_classes_of(std::string_view word) const {
        if (!word.ends_with("s")) return 0;
        if (const uint32_t classes = classes_of(word.substr(0, word.size() - 1)); classes != 0)
            return classes;
        if (word.ends_with("ies") && word.size() > 4 && word.size() < 64) {
            char singular[64];
            word.copy(singular, word.size() - 3);
            singular[word.size() - 3] = 'y';
            return classes_of(std::string_view(singular, word.size() - 2));
        }
        return word.ends_with("es") && word.size() > 4 ? classes_of(word.substr(0, word.size() - 2))
                                                       : 0;
    }
    const std::vector<CueForm>* cue_forms(std::string_view first_word) const;
    const RosterPerson* roster_person(std::string_view lowercase_name) const;
    const Outlet* outlet(std::string_view lowercase_name) const;
};

// A lexicon file given as text: `path` names it in error messages.
struct LexiconText {
    std::string path;
    std::string text;
};

// Loads the embedded default lexicon, then each of `extra` in order (their lists and tables add
// to the defaults). Throws ConfigError(file, line, message) on bad TOML, an unknown key or a
// value of the wrong type.
AttributionLexicon load_attribution_lexicon(std::span<const LexiconText> extra = {});

}  // namespace quotecheck
