#include "corpus/name_mentions.hpp"

#include "core/word_table.hpp"
#include "corpus/event_dates.hpp"

namespace quotecheck {

namespace {

bool is_role_word(std::string_view folded) {
    static const WordList roles = {"president",
                                   "minister",
                                   "premier",
                                   "chancellor",
                                   "secretary",
                                   "senator",
                                   "sen",
                                   "governor",
                                   "mayor",
                                   "king",
                                   "queen",
                                   "prince",
                                   "princess",
                                   "general",
                                   "gen",
                                   "colonel",
                                   "spokesman",
                                   "spokeswoman",
                                   "spokesperson",
                                   "ambassador",
                                   "pope",
                                   "sheikh",
                                   "chairman",
                                   "chairwoman",
                                   "leader",
                                   "mr",
                                   "mrs",
                                   "ms",
                                   "dr",
                                   "judge",
                                   "envoy",
                                   "emir",
                                   "ayatollah",
                                   "commissioner",
                                   "chief",
                                   "director",
                                   "rabbi",
                                   "cardinal",
                                   "representative",
                                   "rep",
                                   "attorney",
                                   "prosecutor",
                                   "sheriff",
                                   "coach",
                                   "manager",
                                   "professor",
                                   "prof",
                                   "lawyer",
                                   "officer",
                                   "detective",
                                   "inspector",
                                   "superintendent",
                                   "commander",
                                   "captain",
                                   "sergeant",
                                   "admiral",
                                   "marshal",
                                   "bishop",
                                   "archbishop",
                                   "imam",
                                   "pastor",
                                   "reverend",
                                   "rev",
                                   "executive",
                                   "ceo",
                                   "founder",
                                   "councillor",
                                   "councilor",
                                   "councilman",
                                   "councilwoman",
                                   "congressman",
                                   "congresswoman",
                                   "chair"};
    return roles.contains(folded);
}

bool is_role_modifier(std::string_view folded) {
    static const WordList modifiers = {"prime",  "foreign",  "defence",   "defense", "deputy",
                                       "vice",   "interior", "finance",   "economy", "trade",
                                       "energy", "health",   "education", "justice", "culture",
                                       "state",  "first",    "acting",    "former",  "opposition",
                                       "party",  "army",     "police",    "supreme", "grand"};
    return modifiers.contains(folded);
}

// "the State Department", "the Defence Ministry": a run ending in one of these names an
// organisation, whose first words are no given name (the same words as the attribution
// lexicon's organisation_words).
bool is_organisation_word(std::string_view folded) {
    static const WordList words = {
        "ministry",    "department",   "office",       "government", "administration",
        "agency",      "council",      "committee",    "commission", "parliament",
        "congress",    "senate",       "assembly",     "court",      "police",
        "army",        "navy",         "military",     "forces",     "command",
        "embassy",     "consulate",    "party",        "union",      "company",
        "corporation", "corp",         "inc",          "ltd",        "group",
        "bank",        "fund",         "university",   "college",    "school",
        "institute",   "center",       "centre",       "foundation", "association",
        "federation",  "organisation", "organization", "authority",  "authorities",
        "service",     "services",     "cabinet",      "presidency", "secretariat",
        "bureau",      "board",        "team",         "club",       "league",
        "firm",        "hospital",     "campaign",     "coalition",  "alliance",
        "movement",    "network",      "directorate",  "mission",    "airline"};
    return words.contains(folded);
}

bool is_name_particle(std::string_view word) {
    static const WordList particles = {"al",  "bin", "ibn", "abu", "de", "del", "der",
                                       "van", "von", "da",  "di",  "du", "la",  "le"};
    return particles.contains(word);
}

bool is_speech_cue(std::string_view folded) {
    return folded == "said" || folded == "says" || folded == "told" || folded == "added" ||
           folded == "stated" || folded == "declared";
}

std::string_view without_possessive(std::string_view word) {
    for (std::string_view suffix : {"\u2019s", "'s", "\u2019", "'"})
        if (word.size() > suffix.size() + 1 && word.ends_with(suffix))
            return word.substr(0, word.size() - suffix.size());
    return word;
}

// Whether a token is a word that starts with a capital (is_capitalised of its text), its first
// byte read in place: a word is never empty.
bool starts_capitalised(std::string_view text, const TextToken& token) {
    if (token.kind != TokenKind::word) return false;
    const auto first = static_cast<unsigned char>(text[token.span.start]);
    if (first < 0x80) return first >= 'A' && first <= 'Z';
    return is_capitalised_non_ascii(token.span.in(text));
}

bool is_initial(std::string_view word) {
    return word.size() <= 2 || (word.size() == 3 && word[1] == '.');
}

}  // namespace

bool is_title_word(std::string_view folded) {
    return is_role_word(folded) || is_role_modifier(folded);
}

MentionWords mention_words(std::string_view run, const NameMention& mention) {
    // The run holds each mention's qualifier, role, given name, surname and title, each ended
    // by a zero byte, which no word contains.
    MentionWords words;
    size_t from = mention.words;
    for (std::string_view* part :
         {&words.qualifier, &words.role, &words.given, &words.surname, &words.title}) {
        const size_t to = run.find('\0', from);
        *part = run.substr(from, to - from);
        from = to + 1;
    }
    return words;
}

void find_name_mentions(std::string_view text, const FoldedTokens& words,
                        std::vector<NameMention>& mentions, std::string& run) {
    const std::vector<TextToken>& tokens = words.tokens;
    const std::vector<std::string_view>& folded = words.folded;
    mentions.clear();
    // Words joined by spaces into the run, from `from` on.
    auto append_word = [&](size_t from, std::string_view word) {
        if (run.size() != from) run += ' ';
        run += word;
    };
    const size_t n = tokens.size();
    size_t i = 0;
    while (i < n) {
        // Most tokens are passed by here, in a loop of its own that compiles to a few
        // instructions a token only apart from the loop that reads the names.
        while (i < n && !starts_capitalised(text, tokens[i])) ++i;
        if (i == n) break;
        size_t end = i + 1;
        while (end < n && tokens[end].kind == TokenKind::word) {
            const std::string_view word = tokens[end].span.in(text);
            if (is_capitalised(word)) {
                ++end;
            } else if (is_name_particle(word) && end + 1 < n &&
                       tokens[end + 1].kind == TokenKind::word &&
                       is_capitalised(tokens[end + 1].span.in(text))) {
                end += 2;
            } else {
                break;
            }
        }
        size_t begin = i;
        i = end;
        // One word alone is never a mention (a title needs a name after it, a name without a
        // title a given name before it): most runs are one word ("The", "But"), passed by here
        // before their words are looked up.
        if (end - begin < 2) continue;
        while (begin < end && is_stopword(folded[begin])) ++begin;
        if (end - begin < 2 || is_organisation_word(folded[end - 1])) continue;

        size_t role_end = end;  // one past the last role word
        for (size_t k = end; k-- > begin;) {
            if (is_role_word(folded[k])) {
                role_end = k + 1;
                break;
            }
        }
        NameMention mention;
        const size_t mark = run.size();  // a mention left out takes its words back
        mention.words = static_cast<uint32_t>(mark);
        mention.title_end = tokens[begin].span.start;
        size_t name_begin = begin;
        if (role_end != end) {
            size_t role_begin = role_end - 1;
            while (role_begin > begin && (is_role_modifier(folded[role_begin - 1]) ||
                                          is_role_word(folded[role_begin - 1])))
                --role_begin;
            // "Turkey's President" is a possessive, not the country used as an adjective: it
            // is not compared with "Turkish President".
            const bool possessive =
                role_begin > begin &&
                without_possessive(tokens[role_begin - 1].span.in(text)).size() !=
                    tokens[role_begin - 1].span.size();
            if (!possessive)
                for (size_t k = begin; k < role_begin; ++k) append_word(mark, folded[k]);
            run += '\0';
            const size_t role_from = run.size();
            for (size_t k = role_begin; k < role_end; ++k) append_word(role_from, folded[k]);
            run += '\0';
            mention.title_end = tokens[role_end - 1].span.end;
            name_begin = role_end;
        } else if (end - begin < 2 || end - begin > 4) {
            continue;
        } else {
            run.append(2, '\0');  // no qualifier, no role
        }
        bool has_date_word = false;
        for (size_t k = name_begin; k < end; ++k) has_date_word |= is_date_word(folded[k]);
        if (name_begin == end || has_date_word) {
            run.resize(mark);
            continue;
        }

        const size_t given_from = run.size();
        for (size_t k = name_begin; k + 1 < end; ++k) {
            const std::string_view word = tokens[k].span.in(text);
            if (!is_initial(word)) append_word(given_from, word);
        }
        const bool untitled = role_end == end;
        if (untitled && run.size() == given_from) {
            run.resize(mark);
            continue;
        }
        run += '\0';
        const Span last = tokens[end - 1].span;
        mention.surname = {last.start, last.start + static_cast<uint32_t>(
                                                        without_possessive(last.in(text)).size())};
        mention.span = {tokens[begin].span.start, last.end};
        // The surname and title as written too: the cross-article stage reads them from here,
        // not from the article's text, which a large run has released by then.
        run += mention.surname.in(text);
        run += '\0';
        run += mention.title().in(text);  // empty when untitled
        run += '\0';
        const bool cue_before = begin > 0 && is_speech_cue(folded[begin - 1]);
        const bool cue_after = end < n && is_speech_cue(folded[end]);
        mention.next_to_speech_cue = cue_before || cue_after;
        mentions.push_back(mention);
    }
}

}  // namespace quotecheck
