#include "attribute/attribute.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <unordered_map>

#include "attribute/mentions.hpp"
#include "attribute/tokens.hpp"
#include "core/utf8.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

namespace {

constexpr uint32_t kNone = UINT32_MAX;
// Bounds on how far attribution looks around a quote or cue, so that a pathological article (one
// sentence of a hundred thousand quotes) stays linear.
constexpr size_t kNearbyHits = 16;
constexpr uint32_t kClauseTokens = 60;
// How many cues back a feature's subject is looked for (prefer_protagonist).
constexpr size_t kProtagonistReach = 200;

// How a statement comes out: "has issued an advisory", "a statement released on Monday".
const WordList kIssuing = {"issued",    "released", "published", "posted", "sent",
                           "submitted", "wrote",    "filed",     "signed", "delivered"};
// Where a body is: "Westmarch, based in Columbus, Ohio, said".
const WordList kSetIn = {"based", "headquartered", "located"};

// "puppeteer", "conservator", "harpist", "librarian", "videographer": a word the lexicon does
// not know whose ending says it names what someone does. (Not "career", "checklist", "insist",
// "elevator": shorter words, lists and a few "-sist" verbs are left out, and a thing ending in
// "-tor" or "-ian" is rarely written before a name or as the subject of a speech verb; nor
// "-maker", which is as often a company: "a Sheffield steelmaker".)
bool occupation_by_ending(std::string_view word) {
    const size_t n = word.size();
    if (n < 7) return false;
    // (Asked of most words: by their last letter, three or so bytes compared at most.)
    const auto ends = [&](std::string_view ending) {
        return word.compare(n - ending.size(), ending.size(), ending) == 0;
    };
    switch (word[n - 1]) {
        case 'r':
            return (word[n - 2] == 'e' && (ends("eer") || ends("grapher"))) ||
                   (word[n - 2] == 'o' && ends("tor"));
        case 't':
            return word[n - 2] == 's' ? ends("ist") && !ends("list") && !ends("sist")
                                      : word[n - 2] == 'h' && ends("wright");
        case 'n':
            return word[n - 2] == 'a' && word[n - 3] == 'i';
        case 'h':
            return word[n - 2] == 't' && ends("smith");
        default:
            return false;
    }
}

// A stretch of the writer's text read as one sentence: ICU sentences joined where a break
// falls inside a quotation.
struct Unit {
    uint32_t first = 0;  // token range
    uint32_t last = 0;
};

struct CueHit {
    uint32_t first = 0;  // the cue's tokens
    uint32_t last = 0;
    const CueForm* form = nullptr;
    uint32_t unit = 0;
    uint32_t start = 0;  // first token of subject-and-cue: "Putin" in "Putin said"
    uint32_t end = 0;    // token after subject-and-cue (and addressee)
    std::optional<Speaker> speaker;
    std::vector<SourceRef> sources;
};

class Attributor {
  public:
    Attributor(ArticleAnalysis& analysis, const AttributionLexicon& lexicon,
               const std::string& lowered)
        : analysis_(analysis),
          lexicon_(lexicon),
          text_(analysis.article.text()),
          quotes_(analysis.extraction.quotes),
          lowered_(lowered),
          tokens_(tokenize(text_, lowered_, analysis.article.paragraphs, quotes_)) {
        const auto count = static_cast<uint32_t>(tokens_.size());
        for (uint32_t i = 0; i < count; ++i) {
            Token& token = tokens_[i];
            if (!token.word) {
                // ("the hashtag #StreamKaroDown", "@CityPolice": a tag or a handle names no one.)
                if ((token.is("#") || token.is("@")) && i + 1 < count &&
                    tokens_[i + 1].span.start == token.span.end)
                    tokens_[i + 1].capitalised = false;
                continue;
            }
            token.classes = lexicon.classes_of(token.lower);
            // ("Sri Lanka": the country, no honorific "Sri" before a name.)
            if (token.lower.size() == 3 && token.capitalised && token.is("sri") && i + 1 < count &&
                tokens_[i + 1].lower.starts_with("lanka"))
                token.classes = 0;
            if (token.classes == 0 && !token.capitalised && occupation_by_ending(token.lower))
                token.classes = word_class::role;
            // ("Owners Javier and Lupe Monroy are opening": a plural role opening a sentence
            // before names is their title, as "Owner Javier Monroy" is his.)
            if (token.classes == 0 && token.capitalised && i + 1 < count &&
                tokens_[i + 1].capitalised && tokens_[i + 1].word &&
                (i == 0 || tokens_[i - 1].paragraph != token.paragraph || tokens_[i - 1].is(".")))
                token.classes = lexicon.singular_classes_of(token.lower) &
                                (word_class::role | word_class::title);
            // ("writer-director Tomasz Wielgosz", "singer-songwriter": two roles joined are the
            // second's.)
            if (token.classes == 0 && token.lower.size() > 6)
                if (const size_t dash = token.lower.rfind('-');
                    dash != std::string_view::npos && dash + 4 <= token.lower.size())
                    token.classes = lexicon.classes_of(token.lower.substr(dash + 1)) &
                                    (word_class::role | word_class::title);
            // "Mum-of-three Kiri Paewai", "The mum-of-two, 34, …": a relative with how many
            // children says who someone is as a nationality does (before a name, or for the
            // person just named), and gendered as the relative is.
            if (token.classes == 0 && token.lower.size() > 8)
                if (const size_t of = token.lower.find("-of-"); of != std::string_view::npos) {
                    const uint32_t relative = lexicon.classes_of(token.lower.substr(0, of));
                    if (relative & word_class::relative)
                        token.classes = word_class::epithet |
                                        (relative & (word_class::male | word_class::female));
                }
            // The few tokens the cue and vague scans look at, listed while the classes are at hand.
            if (token.has(word_class::cue_start) && token.outside()) cue_starts_.push_back(i);
            if (token.has(word_class::vague_start) && token.outside()) vague_starts_.push_back(i);
        }
        mentions_ = find_mentions(text_, tokens_, lexicon);
    }

    void run() {
        find_units_and_quote_tokens();
        find_cues();
        find_outlet_sources();
        analysis_.attributions.assign(quotes_.size(), {});
        attribute_quotes();
        added_goes_on();
        attribute_nested_quotes();
        in_their_words();
        repeated_quotes();
        live_entry_headlines();
        carry_sources();
        find_vague();
        find_indirect();
    }

  private:
    // ---- structure -------------------------------------------------------------------------

    // The units, and each quote's first and last token, in one pass over the tokens.
    void find_units_and_quote_tokens() {
        const auto& sentences = analysis_.segments.sentences;
        const auto count = static_cast<uint32_t>(tokens_.size());
        const Token* const tokens = tokens_.data();
        unit_of_.assign(count, 0);
        quote_first_.assign(quotes_.size(), kNone);
        quote_last_.assign(quotes_.size(), kNone);
        // At hand in registers: units_.push_back would make the compiler reload them.
        uint32_t* const unit_of = unit_of_.data();
        uint32_t* const quote_first = quote_first_.data();
        uint32_t* const quote_last = quote_last_.data();
        // The end of the first sentence that ends after the previous token starts; past the last
        // sentence, beyond any token.
        size_t s = 0;
        const auto end_of = [&](size_t sentence) {
            return sentence < sentences.size() ? sentences[sentence].span.end : UINT32_MAX;
        };
        uint32_t sentence_end = end_of(s);
        const auto note_quote = [&](uint32_t i) {
            if (const uint32_t q = tokens[i].quote; q != kOutsideQuotes) {
                if (quote_first[q] == kNone) quote_first[q] = i;
                quote_last[q] = i + 1;
            }
        };
        if (count == 0) return;
        units_.push_back({0, 0});
        note_quote(0);
        uint32_t unit = 0;
        for (uint32_t i = 1; i < count; ++i) {
            const Token& prev = tokens[i - 1];
            const Token& here = tokens[i];
            const bool same_quote = !prev.outside() && prev.quote == here.quote;
            while (sentence_end <= prev.span.start) sentence_end = end_of(++s);
            const bool sentence_break = sentence_end <= here.span.start;
            if (!same_quote && (sentence_break || prev.paragraph != here.paragraph)) {
                units_.back().last = i;
                units_.push_back({i, i});
                ++unit;
            }
            unit_of[i] = unit;
            note_quote(i);
        }
        units_.back().last = count;
        for (uint32_t first : quote_first_)
            if (first != kNone) quote_token_starts_.push_back(first);
        std::sort(quote_token_starts_.begin(), quote_token_starts_.end());
    }

    bool is_pronoun(const Token& t) const {
        return t.word && (t.has(word_class::person_pronoun | word_class::group_pronoun) ||
                          (t.is("i") && t.outside() && !mentions_.writer.empty()));
    }

    // "according to him", "quoted her as saying": a pronoun as an object.
    static bool object_pronoun(const Token& t) {
        return t.word && (t.is("him") || t.is("her") || t.is("them"));
    }

    // ---- cues ------------------------------------------------------------------------------

    // The cue form that starts at `i`, one of cue_starts_.
    const CueForm* match_cue(uint32_t i) const {
        const Token& t = tokens_[i];
        const std::vector<CueForm>* forms = lexicon_.cue_forms(t.lower);
        if (!forms) return nullptr;
        for (const CueForm& form : *forms) {
            if (i + form.words.size() > tokens_.size()) continue;
            bool all = true;
            for (size_t k = 1; k < form.words.size() && all; ++k)
                all = tokens_[i + k].outside() && tokens_[i + k].lower == form.words[k];
            if (all) return &form;
        }
        return nullptr;
    }

    void find_cues() {
        uint32_t next = 0;  // the first token after the last cue found
        for (const uint32_t i : cue_starts_) {
            if (i < next) continue;
            const CueForm* form = match_cue(i);
            if (!form) continue;
            const uint32_t unit = unit_of_[i];
            if (i > units_[unit].first) {
                const Token& before = tokens_[i - 1];
                // "his remarks", "Putin's comments", "declined to say": not a report of speech.
                // ("praised his players for showing “character” after conceding early",
                // "despite admitting defeat": a participle after "after", "despite" or
                // "without" says when or how, and reports no words of its own.)
                // (Not "Another said": a determiner that is a mention of its own.)
                const auto own_mention = [&] {
                    const Mention* subject = mentions_.ending_at(i);
                    return subject && subject->first == i - 1;
                };
                // ("St Colman’s said": a name in 's, no possessive; see MentionFinder::add.)
                const auto name_in_s = [&] {
                    const Mention* subject = mentions_.ending_at(i);
                    return subject && !subject->possessive;
                };
                // ("refused to put them in writing as a “binding estimate”": a noun after "in".)
                if (before.is("in") && form->words.size() == 1 && form->words.front() == "writing")
                    continue;
                if (before.outside() && before.word &&
                    ((before.possessive && !name_in_s()) ||
                     (before.has(word_class::determiner) && !own_mention()) ||
                     (before.is("to") && form->kind != CueKind::according && !prompted_to(i)) ||
                     ((before.is("after") || before.is("despite") || before.is("without")) &&
                      form->words.front().ends_with("ing") &&
                      // ("is facing backlash after telling a constituent that people should
                      // “shop around”": saying and telling report words wherever they are.)
                      form->lemma != "say" && form->lemma != "tell")))
                    continue;
            }
            // ("had resisted Conservative calls for a ban", "dismissed Russian claims that": a
            // noun in the plural after a party's or a people's word, inside someone's clause.)
            if (form->words.size() == 1 && i >= 2 &&
                (form->words.front() == "calls" || form->words.front() == "claims"))
                if (const Mention* who = mentions_.ending_at(i);
                    who && who->last == who->first + 1 && !who->subject && who->first > 0 &&
                    tokens_[who->first - 1].word && !tokens_[who->first - 1].capitalised &&
                    tokens_[who->first - 1].outside() && !tokens_[who->first - 1].is("and") &&
                    !tokens_[who->first - 1].is("that"))
                    continue;
            // ("In a victim impact statement read to the court, the widow said": a statement
            // read out to someone is what was read, no one reading it out as its words.)
            if (form->lemma == "read" && i >= 1 && i + 1 < tokens_.size() &&
                tokens_[i - 1].has(word_class::statement) &&
                (tokens_[i + 1].is("to") || tokens_[i + 1].is("out") || tokens_[i + 1].is("by") ||
                 tokens_[i + 1].is("aloud")))
                continue;
            // ("declined to comment on the analyst calls": nor after a preposition, whose object
            // the words before it are.)
            if (form->words.size() == 1 && i >= 2 &&
                (form->words.front() == "calls" || form->words.front() == "claims"))
                if (const Mention* who = mentions_.ending_at(i); who && who->first > 0) {
                    static const WordList kPrepositions = {"on", "about", "over", "against",
                                                           "to", "with",  "of",   "from"};
                    if (kPrepositions.contains(tokens_[who->first - 1].lower) &&
                        tokens_[who->first - 1].outside())
                        continue;
                }
            // "with one senior physician warning the system is …": "warning" alone is a cue
            // right after someone, and a noun elsewhere ("a flood warning", "warning signs").
            // ("The Met Office has issued a yellow warning …, warning of “further localised
            // flooding”": or a participle after a comma, before "of" or "that".)
            if (form->words.size() == 1 && form->words.front() == "warning" &&
                !(i > units_[unit].first && tokens_[i - 1].is(",") && i + 1 < tokens_.size() &&
                  (tokens_[i + 1].is("of") || tokens_[i + 1].is("that")))) {
                // ("with the Met Office warning of …": or after "with", anyone.)
                const Mention* who = mentions_.ending_at(i);
                if (!who || who->possessive ||
                    !(mentions_.names_person(*who) ||
                      (who->form == MentionForm::descriptor && who->entity == UINT32_MAX) ||
                      (who->first > 0 && tokens_[who->first - 1].is("with"))))
                    continue;
            }
            // ("with passengers advised to check the company's website", "residents were told
            // to leave": those advised or told to do something hear the words, and no one named
            // says them.)
            // (Nor "who asked not to be named": not to do something.)
            const uint32_t to = i + 2 < tokens_.size() && tokens_[i + 1].is("not") ? i + 2 : i + 1;
            if (form->words.size() == 1 && to + 1 < tokens_.size() && tokens_[to].is("to") &&
                tokens_[to + 1].word && !tokens_[to + 1].capitalised &&
                !tokens_[to + 1].has(word_class::determiner)) {
                static const WordList kAudience = {"advised",    "urged",      "asked",
                                                   "encouraged", "instructed", "ordered",
                                                   "warned",     "told",       "reminded"};
                if (kAudience.contains(tokens_[i].lower)) continue;
            }
            // ("a remark attributed to the minister": what is said to be someone's is no cue of
            // its subject's; "attributed the delay to …" is.)
            if (form->lemma == "attribute" && i + 1 < tokens_.size() && tokens_[i + 1].is("to"))
                continue;
            // ("the agency continued to work with the council", "went on to win": carrying on
            // doing something says nothing.)
            if (i + form->words.size() < tokens_.size() &&
                tokens_[i + form->words.size()].is("to") && form->lemma == "continue")
                continue;
            // "the statement read", "the affidavit reads in part": not "a sign on Bridge Gate
            // read" nor "she read the names".
            if (form->lemma == "read" && !(i > units_[unit].first && tokens_[i - 1].word &&
                                           tokens_[i - 1].has(word_class::statement)))
                continue;
            CueHit hit;
            hit.first = i;
            hit.last = i + static_cast<uint32_t>(form->words.size());
            hit.form = form;
            hit.unit = unit;
            hit.start = hit.first;
            hit.end = hit.last;
            read_subject(hit);
            prefer_protagonist(hit);
            hits_.push_back(std::move(hit));
            next = hits_.back().last;
        }
    }

    // "said Gemma Thornbury, a crane supervisor. ¶ She is uncomfortable with the story. ¶
    // “…,” she says": a feature quotes its subject in the present tense and the people around
    // her in the past, so a present-tense "she says" whose "she" would be someone only ever
    // quoted with "said" is the latest one of that gender quoted with "says".
    // (And one that points back to no one: "She grew up in the town. ¶ “…,” she says".)
    void prefer_protagonist(CueHit& hit) {
        if ((hit.speaker &&
             (hit.speaker->resolution != Resolution::pronoun || hit.speaker->organisation)) ||
            !present_tense(tokens_[hit.first]))
            return;
        const Token& pronoun = tokens_[hit.start];
        const Gender gender = pronoun_gender(pronoun);
        if (gender == Gender::unknown) return;
        bool quoted_in_past = false;
        const Speaker* protagonist = nullptr;
        size_t looked = 0;
        for (auto it = hits_.rbegin(); it != hits_.rend() && looked < kProtagonistReach;
             ++it, ++looked) {
            if (!it->speaker || it->speaker->organisation) continue;
            const bool present = present_tense(tokens_[it->first]);
            if (hit.speaker && it->speaker->name == hit.speaker->name) {
                if (present) return;  // quoted in the present tense too: a protagonist as well
                // ("according to Dr Elin Foster" is no tense.)
                const std::string_view cue = tokens_[it->first].lower;
                quoted_in_past = quoted_in_past || cue.ends_with("ed") || cue == "said" ||
                                 cue == "told" || cue == "wrote";
            } else if (present && !protagonist && gender_of(it->speaker->name) == gender) {
                protagonist = &*it->speaker;
            }
        }
        if (!protagonist) return;
        if (!hit.speaker) {
            hit.speaker = *protagonist;
            hit.speaker->mention = pronoun.span;
            hit.speaker->resolution = Resolution::pronoun;
        } else if (quoted_in_past ||
                   (named_of_no_gender(hit.speaker->name) &&
                    !opens_sentence_lately(hit.speaker->name, hit.first,
                                           gender == Gender::male ? "him" : "her"))) {
            // (Or a name of no known gender never quoted: "Wierzbicki, then playing for
            // Harwick Town, … ‘…,’ he says" is not the club's; but one that opened a sentence
            // of this paragraph or the one before is whom it means: "Jaya Raman studies policy
            // at the University of Michigan. … ¶ “…,” she says"; not "Harwick Town released
            // him", whose object is the pronoun's person.)
            hit.speaker->name = protagonist->name;
        }
    }

    // Whether a mention of the entity named `name` opens a sentence, as its subject, in the
    // paragraph of the token `at` or the one before, before it, in a sentence without the
    // pronoun `object` ("him", "her").
    bool opens_sentence_lately(const std::string& name, uint32_t at,
                               std::string_view object) const {
        const uint32_t paragraph = tokens_[at].paragraph;
        // (Within a few sentences too, 80 tokens: an article on one line is one paragraph.)
        for (auto it = mentions_before(at > 80 ? at - 80 : 0);
             it != mentions_.mentions.end() && it->first < at; ++it) {
            const Mention& m = *it;
            if (tokens_[m.first].paragraph + 1 < paragraph || !m.subject || m.possessive ||
                m.entity == UINT32_MAX || mentions_.entities[m.entity].name != name)
                continue;
            // (Not a headline's words run into the text: "… Built Her Own Tornado Sirens".)
            if (unit_of_[m.first] == 0 || std::count(name.begin(), name.end(), ' ') > 2) continue;
            const Unit& sentence = units_[unit_of_[m.first]];
            if (sentence.first != m.first) continue;
            bool object_pronoun = false;
            for (uint32_t k = sentence.first; k < sentence.last && !object_pronoun; ++k)
                object_pronoun = tokens_[k].is(object);
            if (!object_pronoun) return true;
        }
        return false;
    }

    static bool present_tense(const Token& cue) {
        return cue.lower.size() > 2 && cue.lower.ends_with('s') && !cue.lower.ends_with("ss");
    }

    // Whether `name` is a name in the article (not a descriptor) that tells no gender.
    bool named_of_no_gender(const std::string& name) {
        const Entity* entity = entities_by_name().first_named(name);
        return entity && entity->kind != EntityKind::organisation &&
               entity->gender == Gender::unknown && name.find(' ') != std::string::npos;
    }

    Gender gender_of(const std::string& name) {
        const Entity* person = entities_by_name().first_person(name);
        return person ? person->gender : Gender::unknown;
    }

    // The article's entities by name, the first of each name and the first person of each,
    // made when first asked for (the entities are all found by then).
    struct EntitiesByName {
        std::unordered_map<std::string_view, const Entity*> any, people;
        const Entity* first_named(std::string_view name) const {
            const auto it = any.find(name);
            return it == any.end() ? nullptr : it->second;
        }
        const Entity* first_person(std::string_view name) const {
            const auto it = people.find(name);
            return it == people.end() ? nullptr : it->second;
        }
    };
    const EntitiesByName& entities_by_name() {
        if (!entities_by_name_) {
            EntitiesByName& index = entities_by_name_.emplace();
            for (const Entity& entity : mentions_.entities) {
                index.any.try_emplace(entity.name, &entity);
                if (entity.kind == EntityKind::person)
                    index.people.try_emplace(entity.name, &entity);
            }
        }
        return *entities_by_name_;
    }

    // Whether tokens [from, end) are only punctuation outside quotes.
    bool nothing_after(uint32_t from, uint32_t end) const {
        for (uint32_t k = from; k < end; ++k)
            if (tokens_[k].word || !tokens_[k].outside()) return false;
        return true;
    }

    // The token before `i` that is not punctuation, inside this unit; kNone if none.
    uint32_t previous_word(uint32_t i, uint32_t unit) const {
        while (i > units_[unit].first) {
            --i;
            const Token& t = tokens_[i];
            if (!t.outside()) return i;
            if (t.word) return i;
            if (!(t.is(",") || t.is("\xE2\x80\x94") || t.is("\xE2\x80\x93") || t.is("-")))
                return kNone;
        }
        return kNone;
    }

    void read_subject(CueHit& hit) {
        const Unit& unit = units_[hit.unit];
        const CueForm& form = *hit.form;
        const std::string cue_text(
            Span{tokens_[hit.first].span.start, tokens_[hit.last - 1].span.end}.in(text_));
        if (form.kind == CueKind::according) {
            const uint32_t at = hit.last;
            // "according to the port authority": a descriptor starts at its article; "according
            // to the Kremlin": a name after it.
            const Mention* m = at < unit.last ? mentions_.starting_at(at) : nullptr;
            if (!m && at + 1 < unit.last && tokens_[at].is("the"))
                m = mentions_.starting_at(at + 1);
            // "according to a statement from the Taxpayers' Alliance": the alliance speaks,
            // through the statement.
            if (uint32_t word = 0; !m && (m = statement_owner(at, unit.last, word)))
                hit.sources.push_back(statement_source(tokens_[word]));
            // ("The Kremlin said in a statement that … ¶ According to the statement, the leaders
            // “reaffirmed …”": the statement just reported is its owner's.)
            if (!m && at + 1 < unit.last && tokens_[at].is("the") &&
                tokens_[at + 1].has(word_class::statement) &&
                (at + 2 == unit.last || !tokens_[at + 2].word))
                if (const CueHit* issued = latest_statement(tokens_[at].paragraph)) {
                    hit.speaker = issued->speaker;
                    hit.sources.push_back(statement_source(tokens_[at + 1]));
                    hit.end = std::max(hit.end, at + 2);
                    return;
                }
            // "According to her, “…”": the object pronoun stands for someone named before it
            // (not "according to her lawyer", whose "her" is a possessive).
            if (!m && at < unit.last && tokens_[at].word && object_pronoun(tokens_[at]) &&
                (at + 1 == unit.last || !tokens_[at + 1].word)) {
                hit.speaker =
                    pronoun_speaker(at, !tokens_[at].is("them"), pronoun_gender(tokens_[at]));
                hit.end = std::max(hit.end, at + 1);
                return;
            }
            if (m) {
                take_subject(hit, *m, cue_text);
                hit.end = std::max(hit.end, m->last);
            }
            return;
        }
        if (quoted_as_saying(hit, cue_text)) return;
        // "The deal was called “a disgrace” by union leaders", "The plan was described as
        // “reckless”": the subject is what was described; whoever described it follows "by",
        // or is not named.
        if (passive(hit)) {
            agent_after(hit, cue_text);
            return;
        }
        const uint32_t before = previous_word(hit.first, hit.unit);
        const bool after_quote = before != kNone && !tokens_[before].outside();
        // "Ferry firm 'ignored warnings', MPs told", "…, inquest told": told with nothing after
        // it is a headline's passive, and its subject is the audience, never the speaker.
        // ("Inquest told teenager's death 'could have been prevented'": an audience word.)
        if (form.lemma == "tell" && before != kNone && !is_pronoun(tokens_[before]) &&
            (nothing_after(hit.last, unit.last) || tokens_[before].has(word_class::audience)))
            return;
        bool found = false;
        const bool participle = form.words.front().ends_with("ing");
        // "“…,” said Putin", "asked Smith"; but "told" is followed by whom it was told to, never
        // by its subject: "Cruz, who starred in “Jumanji”, told fans" is Cruz's.
        // (Nor a participle: "the rain was “like nothing we have seen,” adding that officials
        // were still trying" is the mayor's.)
        // ("Kanno called the rules “a relic,” saying hunters had to wait": a participle's
        // subject is never after it; what follows is what was said.)
        // ("“…” So says Maya Tran, 17, who took a job at a pool": "so" and the inverted cue
        // open the sentence after a quote.)
        const bool so_says = before != kNone && before == units_[hit.unit].first &&
                             tokens_[before].is("so") && before > 0 &&
                             !tokens_[before - 1].outside() && !participle;
        if ((after_quote || so_says) && form.lemma != "tell" &&
            !(participle && form.kind == CueKind::speech))
            found = subject_after(hit, cue_text);
        // "Crews were working around the clock, said spokesperson Peggy Fox.": the same
        // inversion after the writer's own words.
        // ("The chairman, Hon. Tajudeen Lawal, praised the governor, saying": not after a name
        // that opens the sentence or stands in apposition; that name is the subject.)
        if (!found && !after_quote && before != kNone && form.lemma != "tell" &&
            hit.first > units_[hit.unit].first && tokens_[hit.first - 1].is(",") &&
            !subject_in_apposition(hit.first - 1, unit.first))
            found = subject_after(hit, cue_text, true);
        // "wrote to the business secretary asking for a meeting": a participle right after an
        // object is the clause subject's, not the object's.
        const Mention* object = participle && hit.first > unit.first &&
                                        tokens_[hit.first - 1].word &&
                                        tokens_[hit.first - 1].outside()
                                    ? mentions_.ending_at(hit.first)
                                    : nullptr;
        // ("with one user writing" is the user's, and so is "with envoys trading blame and the
        // mediator warning".)
        bool absolute =
            object && object->first > unit.first && tokens_[object->first - 1].is("with");
        // ("Footage captured Grimshaw shouting “…”", "Neighbours heard him saying": after a verb
        // of seeing or hearing, the object speaks.)
        static const WordList kPerceiving = {"heard",    "hear",   "hears",  "saw",    "captured",
                                             "recorded", "filmed", "caught", "showed", "shows"};
        if (object && !absolute && object->first > unit.first &&
            kPerceiving.contains(tokens_[object->first - 1].lower))
            absolute = true;
        if (object && !absolute && object->first > unit.first &&
            tokens_[object->first - 1].is("and"))
            for (uint32_t k = object->first - 1; k > unit.first && object->first - k < 20; --k)
                if (tokens_[k - 1].is("with")) {
                    absolute = true;
                    break;
                }
        // "The company must also fund wells, she said, adding that …": a participle right after
        // a cue and a comma is that cue's speaker's.
        if (!found && participle && hit.first > unit.first + 1 && tokens_[hit.first - 1].is(",") &&
            !hits_.empty() && hits_.back().unit == hit.unit && hits_.back().end + 1 == hit.first &&
            hits_.back().speaker) {
            hit.speaker = hits_.back().speaker;
            hit.sources = hits_.back().sources;  // "she told Reuters, adding that"
            found = true;
        }
        // ("He refused to criticise the referee, Pierre-Henri Laval, but Ó Briain was less
        // guarded, describing …": a participle after a comma, in a clause that opens with "but"
        // or "while" after a comma, is that clause's, read forward.)
        const bool contrast_clause = participle && hit.first > unit.first &&
                                     tokens_[hit.first - 1].is(",") && !after_quote &&
                                     contrast_start(hit.first, unit.first) != kNone;
        // ("contained a message from Oliver Stainton saying the team needed “…”": whom a
        // statement came from says what the participle after them gives.)
        // (A message or an email too, which are no statement's source: "said in a text message
        // to The Times" is the paper's.)
        const Token* document =
            object && object->first >= unit.first + 2 && tokens_[object->first - 1].is("from")
                ? &tokens_[object->first - 2]
                : nullptr;
        if (!found && document && !absolute && object->entity != UINT32_MAX && document->word &&
            (document->has(word_class::statement) || document->is("message") ||
             document->is("email")) &&
            mentions_.entities[object->entity].kind != EntityKind::outlet) {
            take_subject(hit, *object, cue_text);
            if (document->has(word_class::statement))
                hit.sources.push_back(statement_source(*document));
            hit.start = object->first;
            found = true;
        }
        if (!found && !(object && !object->subject && !absolute) && !contrast_clause)
            found = subject_before(hit, cue_text);
        if (!found && participle) found = clause_subject(hit, cue_text);
        if (!found && !after_quote) found = participle_clause_subject(hit, cue_text);
        if (!found && !after_quote) found = one_of_them(hit);
        if (!found) found = local_government(hit);
        if (!found) coordinated_subject(hit, cue_text);
        statement_after(hit);
        if (form.addressee && hit.last < unit.last) {
            uint32_t at = hit.last;
            if (tokens_[at].is("the")) ++at;
            // ("told the radio network Capital FM": past the words for the outlet.)
            while (!mentions_.starting_at(at) && at + 1 < unit.last && at < hit.last + 4 &&
                   tokens_[at].word && !tokens_[at].capitalised &&
                   tokens_[at].has(word_class::outlet_head))
                ++at;
            if (const Mention* m = mentions_.starting_at(at)) {
                if (m->entity != UINT32_MAX &&
                    mentions_.entities[m->entity].kind == EntityKind::outlet) {
                    // (The cue with the words for the outlet: "told broadcaster".)
                    const size_t from = tokens_[hit.first].span.start;
                    const size_t to = tokens_[at - 1].span.end;
                    hit.sources.push_back(source_from(
                        *m,
                        at > hit.last + 1 || (at == hit.last + 1 && !tokens_[hit.last].is("the"))
                            ? std::string(lowered_.substr(from, to - from))
                            : cue_text));
                    hit.end = std::max(hit.end, m->last);
                }
            }
        }
    }

    // "Traders said the sell-off was overdone but warned that “…”", "Smith said …, and added":
    // a second verb with no subject of its own has the subject of the cue before it in the
    // sentence; with no cue before it, the subject the sentence opens with ("The company, in
    // a statement, blamed “logistics challenges” and said it had “sufficient stock”").
    void coordinated_subject(CueHit& hit, const std::string& cue_text) {
        const uint32_t first = units_[hit.unit].first;
        uint32_t k = hit.first;
        while (k > first && hit.first - k < 3 && tokens_[k - 1].outside() &&
               between_subject_and_verb(tokens_[k - 1]))
            --k;
        if (k == first || !tokens_[k - 1].outside()) return;
        // ("He pulled over, told his passengers to “stay on the bus” and …": a verb in a
        // series after a comma, the sentence opening on its subject and a verb in the past.)
        if (tokens_[k - 1].is(",") && !series_after_subject(first, k - 1)) return;
        if (!(tokens_[k - 1].is("and") || tokens_[k - 1].is("but") || tokens_[k - 1].is(",")))
            return;
        for (auto it = hits_.rbegin(); it != hits_.rend() && it->unit == hit.unit; ++it)
            if (it->last < k) {
                if (it->speaker && it->form->kind == CueKind::speech) hit.speaker = it->speaker;
                return;
            }
        if (is_pronoun(tokens_[first]) && tokens_[first].has(word_class::person_pronoun)) {
            hit.speaker = pronoun_speaker(first);
            return;
        }
        const Mention* m = mentions_.starting_at(first);
        // ("A 94-year-old great-grandmother has become … - and says she would do it again
        // “tomorrow”": or someone a role brings in, named nowhere yet.)
        if (m && m->subject && !m->possessive &&
            ((m->entity != UINT32_MAX &&
              (mentions_.names_person(*m) ||
               mentions_.entities[m->entity].kind == EntityKind::organisation)) ||
             (m->entity == UINT32_MAX && m->form == MentionForm::descriptor &&
              tokens_[m->last - 1].has(word_class::role | word_class::relative | word_class::male |
                                       word_class::female)))) {
            take_subject(hit, *m, cue_text);
            return;
        }
        // ("The notice, issued by the council on Monday, directs traders to move, and warns
        // that": a statement's issuer.)
        const uint32_t statement = tokens_[first].is("the") ? first + 1 : first;
        if (const Mention* issuer = statement_issued_by(statement, k)) {
            take_subject(hit, *issuer, cue_text);
            hit.sources.push_back(statement_source(tokens_[statement]));
        }
    }

    // Whether the unit that starts at `first` opens on a subject (a pronoun or a mention that
    // opens a clause) and a verb in the past in -ed, with nothing quoted and no cue from there
    // to the comma at `comma`: "He pulled over, …", "The driver braked, …".
    bool series_after_subject(uint32_t first, uint32_t comma) const {
        uint32_t at = first;
        if (is_pronoun(tokens_[at]) && tokens_[at].has(word_class::person_pronoun))
            ++at;
        else if (const Mention* m = mentions_.starting_at(first); m && m->subject && !m->possessive)
            at = m->last;
        else
            return false;
        while (at < comma && at - first < 8 && tokens_[at].outside() &&
               between_subject_and_verb(tokens_[at]))
            ++at;
        if (at >= comma || comma - at > 12) return false;
        const Token& verb = tokens_[at];
        if (!verb.word || verb.capitalised || verb.lower.size() < 5 ||
            !verb.lower.ends_with("ed") || verb.has(word_class::cue_start))
            return false;
        for (uint32_t k = at; k < comma; ++k)
            if (!tokens_[k].outside() || tokens_[k].has(word_class::cue_start)) return false;
        return true;
    }

    // A word that may stand between a subject and its verb: one of the lexicon's (`between`:
    // "has", "later", "just") or an adverb in -ly ("repeatedly", "widely").
    static bool between_subject_and_verb(const Token& t) {
        return t.word && (t.has(word_class::between) || t.lower.ends_with("ly"));
    }

    // Where the subject of the verb at `verb` ends: before up to two lower-case words that may
    // stand between them ("later", "also", "elsewhere"), not before `floor`.
    uint32_t past_adverbs(uint32_t verb, uint32_t floor) const {
        uint32_t end = verb;
        while (end > floor && verb - end < 2 && tokens_[end - 1].outside() &&
               !tokens_[end - 1].capitalised && between_subject_and_verb(tokens_[end - 1]))
            --end;
        return end;
    }

    // A past participle after a form of "be" ("was described", "has been widely called").
    bool passive(const CueHit& hit) const {
        // ("was told by a sheriff that it was “a matter of pure luck”": "told" too.)
        const std::string& verb = hit.form->words.front();
        if (!(verb.ends_with("ed") || verb == "told") || hit.last != hit.first + 1) return false;
        if (passive_at(hit.first, units_[hit.unit].first)) return true;
        // ("a mobile workshop -- described by the officer as a “factory on wheels”": a
        // participle with its agent after "by", no "be" before it; not "He replied by email".)
        const uint32_t by = hit.last;
        if (!verb.ends_with("ed") || hit.first == units_[hit.unit].first ||
            by + 1 >= units_[hit.unit].last || !tokens_[by].is("by") || !tokens_[by].outside())
            return false;
        const Token& before = tokens_[hit.first - 1];
        if (is_pronoun(before) || mentions_.ending_at(hit.first)) return false;
        const Mention* agent = mentions_.starting_at(by + 1);
        if (!agent && tokens_[by + 1].is("the")) agent = mentions_.starting_at(by + 2);
        return agent != nullptr;
    }

    static bool is_be(const Token& t) {
        static constexpr std::array<std::string_view, 8> kBe = {"was",  "were",  "is", "are",
                                                                "been", "being", "be", "get"};
        return std::find(kBe.begin(), kBe.end(), t.lower) != kBe.end();
    }

    // Whether the participle at `verb` follows a form of "be" in the unit that starts at
    // `first` (an adverb or two between: "was later described", "has been repeatedly called").
    bool passive_at(uint32_t verb, uint32_t first) const {
        for (uint32_t k = verb; k > first && verb - k < 3; --k) {
            const Token& t = tokens_[k - 1];
            if (!t.outside() || !t.word) return false;
            // (Not a surname that reads as "be": "Justice Were observed".)
            if (is_be(t)) return !(t.capitalised && mentions_.ending_at(k));
            if (!between_subject_and_verb(t)) return false;
        }
        return false;
    }

    // "Interfax quoted Peskov as saying", "the press release quoted Chief Executive Officer
    // Amina Rahman as saying", "state media quoted him as saying": the one quoted speaks, and an
    // outlet, a body or a statement that quoted them is the source. "Peskov was quoted as saying
    // by Interfax": the subject speaks, through the outlet after "by". False when the cue is not
    // so framed.
    bool quoted_as_saying(CueHit& hit, const std::string& cue_text) {
        const uint32_t first = units_[hit.unit].first;
        if (hit.form->lemma == "quote") {
            if (!passive_at(hit.first, first) || !subject_before(hit, cue_text)) return false;
            agent_after(hit, cue_text, true);
            return true;
        }
        const uint32_t as = hit.first - 1;
        if (!hit.form->words.front().ends_with("ing") || hit.first < first + 3 ||
            !tokens_[as].is("as") || !tokens_[as].outside())
            return false;
        // The active: the object between "quoted" and "as".
        uint32_t object = kNone;
        std::optional<Speaker> speaker;
        if ((is_pronoun(tokens_[as - 1]) || object_pronoun(tokens_[as - 1])) &&
            tokens_[as - 2].is("quoted")) {
            object = as - 1;
            speaker = pronoun_speaker(object, !tokens_[object].is("them"),
                                      pronoun_gender(tokens_[object]));
        } else if (const Mention* m = mentions_.ending_at(as); m && m->first > first + 1) {
            object = tokens_[m->first - 1].is("the") ? m->first - 1 : m->first;
            if (object > first && tokens_[object - 1].is("quoted")) speaker = speaker_from(*m);
        }
        if (!speaker) return false;
        hit.speaker = std::move(speaker);
        hit.start = object;
        // Whoever quoted them: an outlet ("Interfax", "state media") or a statement's word.
        CueHit quoter = hit;
        quoter.first = object - 1;
        quoter.speaker.reset();
        quoter.sources.clear();
        if (quoter.first > first && tokens_[quoter.first - 1].word &&
            tokens_[quoter.first - 1].has(word_class::statement))
            hit.sources.push_back(statement_source(tokens_[quoter.first - 1]));
        else if (subject_before(quoter, cue_text)) {
            hit.sources = std::move(quoter.sources);
            // ("The Tass news agency quoted", "the ministry quoted its spokesman": a body.)
            if (quoter.speaker && quoter.speaker->organisation)
                hit.sources.push_back({quoter.speaker->name, quoter.speaker->mention, "quoted"});
        }
        // "State media quoted him", "Iranian television quoted": media named by their kind.
        static const WordList kMedia = {"media", "television", "tv",    "broadcaster",
                                        "radio", "newspaper",  "daily", "outlets",
                                        "press", "agency",     "wire",  "channel"};
        if (const uint32_t word = object - 2; hit.sources.empty() && object >= first + 2 &&
                                              tokens_[word].word &&
                                              kMedia.contains(tokens_[word].lower)) {
            uint32_t from = word;
            if (from > first && tokens_[from - 1].word &&
                !tokens_[from - 1].has(word_class::determiner))
                --from;
            const Span span{tokens_[from].span.start, tokens_[word].span.end};
            hit.sources.push_back({std::string(span.in(text_)), span, "quoted"});
        }
        return true;
    }

    // "Critics, including the Virginia Digital Infrastructure Alliance, an industry group,
    // said": a sentence that opens on a plural and "including" someone named, whose cue follows
    // the comma that closes them, is that one's.
    bool including_named(CueHit& hit, const std::string& cue_text) {
        const uint32_t first = units_[hit.unit].first;
        uint32_t comma = first + 1;
        while (comma < first + 3 && comma < hit.first && tokens_[comma].word) ++comma;
        if (comma + 3 >= hit.first || !tokens_[comma].is(",") ||
            !tokens_[comma + 1].is("including") || !tokens_[comma - 1].word ||
            !tokens_[comma - 1].lower.ends_with("s") || !tokens_[hit.first - 1].is(","))
            return false;
        // (The mention may hold "including" as the words before the name, or start at "the",
        // at its title or at the name after the title.)
        const Mention* m = nullptr;
        for (uint32_t at = comma + 1; !m && at < comma + 5 && at < hit.first; ++at)
            m = mentions_.starting_at(at);
        // (Someone named: a body's name after "the" too, not "including a local teacher".)
        if (!m || m->entity == UINT32_MAX ||
            mentions_.entities[m->entity].kind == EntityKind::outlet ||
            (m->form == MentionForm::descriptor &&
             !(tokens_[m->first].is("the") && m->last > m->first + 1 &&
               tokens_[m->first + 1].capitalised)))
            return false;
        // (Up to the cue: the one named, and what it is in apposition.)
        for (uint32_t k = m->last; k + 1 < hit.first; ++k)
            if (tokens_[k].is("and") || tokens_[k].is("or") || !tokens_[k].outside()) return false;
        take_subject(hit, *m, cue_text);
        hit.start = first;
        return true;
    }

    // The agent of a passive cue: "by" and a mention, after the cue or after the quote it
    // frames, within the sentence.
    void agent_after(CueHit& hit, const std::string& cue_text, bool quoting = false) {
        const uint32_t last = std::min(units_[hit.unit].last, hit.last + kClauseTokens);
        for (uint32_t k = hit.last; k + 1 < last; ++k) {
            const Token& t = tokens_[k];
            if (!t.outside()) continue;
            if (t.word && t.has(word_class::cue_start)) return;
            if (!t.is("by")) continue;
            const Mention* m = mentions_.starting_at(k + 1);
            if (!m && tokens_[k + 1].is("the") && k + 2 < last) m = mentions_.starting_at(k + 2);
            if (!m) return;
            // (After "was quoted as saying", whoever it is quoted the subject: "Kalnina was
            // quoted as saying by LETA", a news agency the lexicon does not know.)
            if (const Mention& agent = *with_apposition(*m, hit.unit);
                quoting && agent.entity != UINT32_MAX && hit.speaker)
                hit.sources.push_back(source_from(agent, cue_text));
            else
                take_subject(hit, agent, cue_text);
            hit.end = std::max(hit.end, m->last);
            return;
        }
    }

    // "a Kremlin statement said", "a statement from the ministry said".
    // "a statement from the Department for Transport" at `at` (before `end`): the named owner
    // of the statement, its word's token in `word`; nullptr when there is none.
    // ("a release issued by the Academy": a participle of giving it out may come between.)
    const Mention* statement_owner(uint32_t at, uint32_t end, uint32_t& word) const {
        word = at < end && tokens_[at].has(word_class::determiner) ? at + 1 : at;
        if (word + 2 >= end || !tokens_[word].has(word_class::statement)) return nullptr;
        uint32_t by = word + 1;
        // ("a report published on Tuesday by the Scottish Rivers Science Partnership": or a
        // time between the participle and "by".)
        static const WordList kWhen = {"on",    "in",   "last",      "this",   "earlier",
                                       "today", "late", "yesterday", "online", "jointly"};
        if (by + 2 < end && kIssuing.contains(tokens_[by].lower)) {
            uint32_t k = by + 1;
            if (kWhen.contains(tokens_[k].lower))
                while (k < by + 5 && k + 2 < end && tokens_[k].word && !tokens_[k].is("by")) ++k;
            if (tokens_[k].is("by")) by = k;
        }
        if (!(tokens_[by].is("from") || tokens_[by].is("by"))) return nullptr;
        const Mention* m = mentions_.starting_at(by + 1);
        if (!m && tokens_[by + 1].is("the") && by + 2 < end) m = mentions_.starting_at(by + 2);
        // ("a statement from the lead manager, Riyadh Crest Capital": the name in apposition.)
        if (m && m->entity == UINT32_MAX) m = with_apposition(*m, unit_of_[at]);
        return m && m->entity != UINT32_MAX ? m : nullptr;
    }

    // The issuer of the statement word at `statement`, named after ", issued by" (or
    // "released", "published" …) before `end`: "The notice, issued by the council on Monday,".
    const Mention* statement_issued_by(uint32_t statement, uint32_t end) const {
        const uint32_t by = statement + 3;
        if (by + 1 >= end || !tokens_[statement].word ||
            !tokens_[statement].has(word_class::statement) || !tokens_[statement + 1].is(",") ||
            !kIssuing.contains(tokens_[statement + 2].lower) || !tokens_[by].is("by"))
            return nullptr;
        const Mention* issuer = mentions_.starting_at(by + 1);
        if (!issuer && tokens_[by + 1].is("the")) issuer = mentions_.starting_at(by + 2);
        return issuer && issuer->entity != UINT32_MAX ? issuer : nullptr;
    }

    static SourceRef statement_source(const Token& statement) {
        return {"statement", statement.span, "statement"};
    }

    // The latest cue before this one, in this paragraph or the one before, that gave a
    // speaker's words from a statement ("said in a statement", "a statement from X said").
    const CueHit* latest_statement(uint32_t paragraph) const {
        for (auto it = hits_.rbegin(); it != hits_.rend(); ++it) {
            if (tokens_[it->first].paragraph + 1 < paragraph) return nullptr;
            if (it->speaker && !it->sources.empty() && it->sources.front().name == "statement")
                return &*it;
        }
        return nullptr;
    }

    // The latest cue with a speaker in `paragraph` or the two before it.
    const CueHit* latest_speaker(uint32_t paragraph) const {
        for (auto it = hits_.rbegin(); it != hits_.rend(); ++it) {
            if (tokens_[it->first].paragraph + 2 < paragraph) return nullptr;
            if (it->speaker) return &*it;
        }
        return nullptr;
    }

    // "the ministry issued new guidance urging": for a participle right after the statement
    // word at `statement`, the subject that ends right before the verb of giving it out.
    const Mention* issuer_before_participle(const CueHit& hit, uint32_t statement,
                                            uint32_t first) const {
        if (!hit.form || !hit.form->words.front().ends_with("ing")) return nullptr;
        uint32_t k = statement;
        while (k > first + 1 && statement - k < 3 && tokens_[k - 1].word &&
               tokens_[k - 1].outside() && !tokens_[k - 1].capitalised &&
               !kIssuing.contains(tokens_[k - 1].lower))
            --k;
        if (k <= first + 1 || !kIssuing.contains(tokens_[k - 1].lower)) return nullptr;
        // ("Castlebridge later issued a statement saying": an adverb or two between.)
        const Mention* m = mentions_.ending_at(past_adverbs(k - 1, first + 1));
        return m && !m->possessive && m->entity != UINT32_MAX ? m : nullptr;
    }

    // Who issued the statement named at `statement` ("the advisory"), in its paragraph or the
    // two before: the subject of "issued an advisory", "released a statement" or of a sentence
    // that opens "In a statement, …", or the one "a letter from" or "a report by" names; nullptr
    // when none.
    const Mention* issuer_of(uint32_t statement) const {
        const Token& word = tokens_[statement];
        for (uint32_t j = statement; j-- > 3 && statement - j < 160;) {
            if (tokens_[j].paragraph + 2 < word.paragraph) return nullptr;
            if (!tokens_[j].outside() || tokens_[j].lower != word.lower) continue;
            // ("a Facebook post by a user named Kerrie Blanchard": a platform's name between.)
            const bool platform = tokens_[j - 1].word && tokens_[j - 1].capitalised &&
                                  (tokens_[j - 2].is("a") || tokens_[j - 2].is("an")) &&
                                  j + 1 < tokens_.size() && tokens_[j + 1].is("by");
            // (Or one word of how it was between: "issued a brief statement", "in a joint
            // statement".)
            const bool described = j >= 4 && tokens_[j - 1].word && tokens_[j - 1].outside() &&
                                   !tokens_[j - 1].capitalised &&
                                   (tokens_[j - 2].is("a") || tokens_[j - 2].is("an"));
            const uint32_t d = described ? j - 1 : j;  // the statement word, or the one before
            // ("The Office of Rural Health report tracks … ¶ “…,” the report said", "The
            // college's report": a body named right before the word, its possessive or not.)
            if (const Mention* owner = mentions_.ending_at(j);
                owner && owner->entity != UINT32_MAX &&
                mentions_.entities[owner->entity].kind == EntityKind::organisation)
                return owner;
            const bool indefinite = tokens_[d - 1].is("a") || tokens_[d - 1].is("an") || platform;
            if (indefinite && tokens_[d - 2].is("in")) {
                // "In a statement posted to Facebook, the sheriff's office thanked residents":
                // the subject after the opening phrase's comma.
                if (units_[unit_of_[d]].first == d - 2) {
                    uint32_t comma = j + 1;
                    while (comma < j + 16 && comma < tokens_.size() && tokens_[comma].outside() &&
                           unit_of_[comma] == unit_of_[d] && !tokens_[comma].is(","))
                        ++comma;
                    if (comma == tokens_.size() || !tokens_[comma].is(",")) return nullptr;
                    const Mention* m = mentions_.starting_at(comma + 1);
                    return m && m->subject && !m->possessive ? m : nullptr;
                }
                // "The Electricity Company of Ghana (ECG), in a statement on Monday, apologised":
                // the subject before the phrase (its letters in brackets between).
                uint32_t k = d - 2;
                if (tokens_[k - 1].is(",")) --k;
                k = before_letters(k);
                if (const Mention* m = mentions_.ending_at(k);
                    m && m->subject && !m->possessive && m->entity != UINT32_MAX)
                    return m;
                // ("Kowalczyk addressed the hit in a statement released through the club": the
                // one the sentence opens with, after its verb.)
                if (const Mention* m = mentions_.starting_at(units_[unit_of_[d]].first);
                    m && m->subject && !m->possessive && m->entity != UINT32_MAX && m->last < d - 2)
                    return m;
            }
            // "read a letter from the victim's sister, Patricia Ames": the one it is from, named
            // in apposition when the relative is not. ("A report by the Commons Defence
            // Committee found": the one it is by.)
            // ("A report released in April by the Kansas Geological Survey found": past a
            // participle of giving it out and when.)
            uint32_t by = j + 1;
            if (by < tokens_.size() && kIssuing.contains(tokens_[by].lower))
                while (by + 1 < tokens_.size() && by < j + 6 && tokens_[by].word &&
                       tokens_[by].outside() && !tokens_[by].is("by"))
                    ++by;
            if (by + 1 < tokens_.size() && (tokens_[by].is("from") || tokens_[by].is("by")) &&
                indefinite) {
                const Mention* m = mentions_.starting_at(by + 1);
                if (!m && tokens_[by + 1].is("the")) m = mentions_.starting_at(by + 2);
                if (m && m->form == MentionForm::descriptor && m->entity == UINT32_MAX &&
                    m->last + 1 < tokens_.size() &&
                    (tokens_[m->last].is(",") || tokens_[m->last].is("named") ||
                     tokens_[m->last].is("called")))
                    m = mentions_.starting_at(m->last + 1);
                if (m && m->entity != UINT32_MAX && !m->possessive) return m;
            }
            if (!indefinite || !kIssuing.contains(tokens_[d - 2].lower)) continue;
            uint32_t k = d - 2;
            if (tokens_[k - 1].is("has") || tokens_[k - 1].is("had") || tokens_[k - 1].is("have"))
                --k;
            const Mention* m = mentions_.ending_at(k);
            return m && m->subject && !m->possessive ? m : nullptr;
        }
        return nullptr;
    }

    // "A club statement issued on Wednesday said": the token of the statement word when the
    // tokens from `at` back to it are "issued" and when ("on Wednesday", "late on Friday"),
    // else `at`.
    uint32_t statement_issued_before(uint32_t at, uint32_t first) const {
        uint32_t k = at;
        while (k > first + 2 && at - k < 4 && tokens_[k - 1].outside() && tokens_[k - 1].word &&
               (tokens_[k - 1].has(word_class::between | word_class::not_name) ||
                tokens_[k - 1].is("late") || tokens_[k - 1].is("early")))
            --k;
        if (k < first + 2 || !kIssuing.contains(tokens_[k - 1].lower) ||
            !tokens_[k - 2].has(word_class::statement) || !tokens_[k - 2].outside())
            return at;
        return k - 1;
    }

    // "An analysis by the Institute for Fiscal Studies published last month described": the
    // end of the statement's owner before the participle of giving it out and when, which end
    // at `at`; `at` when there is none.
    uint32_t owner_before_issuing(uint32_t at, uint32_t first) const {
        uint32_t k = at;
        while (k > first + 4 && at - k < 4 && tokens_[k - 1].outside() && tokens_[k - 1].word &&
               !kIssuing.contains(tokens_[k - 1].lower))
            --k;
        if (k <= first + 4 || !kIssuing.contains(tokens_[k - 1].lower)) return at;
        // ("the National Foundation for Educational Research (NFER) published": its letters.)
        const uint32_t end = k - 1 >= first + 4 ? before_letters(k - 1) : k - 1;
        const Mention* owner = mentions_.ending_at(end);
        if (!owner || owner->entity == UINT32_MAX) return at;
        uint32_t by = owner->first;
        if (by > first && tokens_[by - 1].is("the")) --by;
        if (by < first + 2 || !(tokens_[by - 1].is("by") || tokens_[by - 1].is("from")) ||
            !tokens_[by - 2].has(word_class::statement))
            return at;
        return end;
    }

    // "The planning officer's report to the committee concluded": the end of an owner's
    // statement word before whom it went to, which ends at `at`; `at` when there is none.
    uint32_t statement_addressed_before(uint32_t at, uint32_t first) const {
        // (A "to" a few words back first: a compare, where the mention is a search.)
        bool to = false;
        for (uint32_t k = at; k > first && at - k < 8 && !to; --k) to = tokens_[k - 1].is("to");
        if (!to) return at;
        const Mention* to_whom = mentions_.ending_at(at);
        if (!to_whom) return at;
        const uint32_t k = to_whom->first;
        if (k < first + 3 || !tokens_[k - 1].is("to") || !tokens_[k - 2].outside() ||
            !tokens_[k - 2].word || !tokens_[k - 2].has(word_class::statement))
            return at;
        // (An owner's: a report of no one's is said to whom it went, "a report to the
        // committee".)
        const Mention* owner = mentions_.ending_at(k - 2);
        return owner && owner->possessive ? k - 1 : at;
    }

    // "The report, which followed a two-day inspection in March, said": the end of the
    // statement's word before the relative clause that ends at `at`; `at` when there is none.
    uint32_t statement_before_relative(uint32_t at, uint32_t first) const {
        if (at < first + 4 || !tokens_[at - 1].is(",")) return at;
        for (uint32_t w = at - 1; w > first + 2 && at - w < kClauseTokens; --w) {
            const Token& word = tokens_[w];
            if (!word.outside() || word.is(".") || word.has(word_class::cue_start)) break;
            if (!word.is("which") || !tokens_[w - 1].is(",")) continue;
            const Token& noun = tokens_[w - 2];
            return noun.word && noun.outside() && noun.has(word_class::statement) ? w - 1 : at;
        }
        return at;
    }

    // "The Brussels-Midi police zone, which covers Anderlecht, Forest and Saint-Gilles, said":
    // the body before a relative clause with commas inside it that ends at `at`, or nullptr.
    const Mention* body_before_relative(uint32_t at, uint32_t first) const {
        if (at < first + 4 || !tokens_[at - 1].is(",")) return nullptr;
        bool inner_comma = false;
        for (uint32_t w = at - 2; w > first + 1 && at - w < kClauseTokens; --w) {
            const Token& word = tokens_[w];
            if (!word.outside() || word.is(".") || word.has(word_class::cue_start)) return nullptr;
            if (word.is(",")) inner_comma = true;
            if (!word.is("which") || !tokens_[w - 1].is(",")) continue;
            // (Or with one more word of the body's after the descriptor: "police zone".)
            const Mention* m = mentions_.ending_at(w - 1);
            if (!m && w >= first + 3 && tokens_[w - 2].word && !tokens_[w - 2].capitalised)
                m = mentions_.ending_at(w - 2);
            return inner_comma && m && !m->possessive && m->entity != UINT32_MAX &&
                           mentions_.entities[m->entity].kind == EntityKind::organisation
                       ? m
                       : nullptr;
        }
        return nullptr;
    }

    // "a statement from the Taxpayers Union said": the statement is the source.
    void statement_before(CueHit& hit, const Mention& m) {
        const uint32_t first = units_[hit.unit].first;
        uint32_t k = m.first;
        if (k > first && tokens_[k - 1].is("the")) --k;
        if (k < first + 2 || !(tokens_[k - 1].is("from") || tokens_[k - 1].is("by"))) return;
        const Token& statement = tokens_[k - 2];
        if (!statement.outside() || !statement.has(word_class::statement)) return;
        hit.sources.push_back(statement_source(statement));
        hit.start = k - 2;
        if (hit.start > first && tokens_[hit.start - 1].has(word_class::determiner)) --hit.start;
    }

    // "said in a statement", "told reporters in a written statement": the statement is a source.
    void statement_after(CueHit& hit) {
        const Unit& unit = units_[hit.unit];
        // "Oyelaran, in a statement signed by his adviser, said": between subject and cue.
        for (uint32_t k = hit.start; k + 2 < hit.first && k < hit.start + 8; ++k)
            if (tokens_[k].is(",") && tokens_[k + 1].is("in") &&
                in_statement(hit, k + 1, hit.first, 4, false))
                return;
        // "In a statement, a spokesperson for the council said": before the subject too, also
        // with who gave or read it before the comma ("In a brief statement read by spokesman
        // Lt. Corey Haddad, the sergeant said").
        if (tokens_[unit.first].is("in") && unit.first + 4 < hit.first) {
            uint32_t comma = unit.first + 2;
            while (comma < hit.first && comma < unit.first + 18 && tokens_[comma].outside() &&
                   !tokens_[comma].is(","))
                ++comma;
            if (comma < hit.first && tokens_[comma].is(",") &&
                in_statement(hit, unit.first, comma, 5, false))
                return;
        }
        // ("The Pakistan Cricket Board congratulated Peshawar in a statement, calling the final
        // “…”": a participle right after the statement and its comma.)
        if (hit.form && hit.form->words.front().ends_with("ing") && hit.first >= unit.first + 4 &&
            tokens_[hit.first - 1].is(","))
            for (uint32_t k = hit.first - 4; k + 6 >= hit.first; --k) {
                if (tokens_[k].is("in")) {
                    if (in_statement(hit, k, hit.first - 1, 4, false)) return;
                    break;
                }
                if (!tokens_[k].word || !tokens_[k].outside() || k == unit.first) break;
            }
        for (uint32_t k = hit.last; k < unit.last && k < hit.last + 5; ++k) {
            const Token& t = tokens_[k];
            if (!t.outside() || !t.word) return;
            if (!t.is("in")) continue;
            in_statement(hit, k, unit.last, 4, false);
            return;
        }
    }

    // "in a statement", "in a written statement" from the "in" at `in`: the statement word
    // fewer than `reach` tokens after it and before `limit` (followed by a comma, when `comma`)
    // becomes a source of `hit`; whether there was one.
    bool in_statement(CueHit& hit, uint32_t in, uint32_t limit, uint32_t reach, bool comma) {
        for (uint32_t j = in + 1; j < limit && j < in + reach && tokens_[j].word; ++j)
            if (tokens_[j].has(word_class::statement) && (!comma || tokens_[j + 1].is(","))) {
                hit.sources.push_back(
                    {"statement", tokens_[j].span,
                     std::string(Span{tokens_[in].span.start, tokens_[j].span.end}.in(text_))});
                return true;
            }
        return false;
    }

    // The body's name set off by commas that ends at the comma before `end`, in the unit
    // opened at `first` ("…, the Riverbank Ultras," before a verb), or nullptr.
    const Mention* body_in_apposition(uint32_t end, uint32_t first) const {
        if (end < first + 4 || !tokens_[end - 1].is(",")) return nullptr;
        const Mention* m = mentions_.ending_at(end - 1);
        if (!m || m->form == MentionForm::descriptor || m->possessive || m->entity == UINT32_MAX ||
            mentions_.entities[m->entity].kind != EntityKind::organisation)
            return nullptr;
        uint32_t before = m->first;
        if (before > first && tokens_[before - 1].is("the")) --before;
        return before > first + 1 && tokens_[before - 1].is(",") ? m : nullptr;
    }

    // Whether the comma at `comma` ends a name that opens the unit at `first` or stands in
    // apposition after another comma: "The chairman, Hon. Tajudeen Lawal," before a verb.
    bool subject_in_apposition(uint32_t comma, uint32_t first) const {
        const Mention* m = mentions_.ending_at(comma);
        return m && !m->possessive &&
               (m->first == first || (m->first > first && tokens_[m->first - 1].is(",")));
    }

    // `clause_end`: only a name that ends the sentence or is set off by a comma ("…, said
    // spokesperson Peggy Fox."), not the subject of what was said ("…, said Putin would come").
    bool subject_after(CueHit& hit, const std::string& cue_text, bool clause_end = false) {
        const uint32_t at = hit.last;
        if (at >= units_[hit.unit].last) return false;
        if (clause_end && !tokens_[at].word) return false;
        if (!clause_end && is_pronoun(tokens_[at])) {
            hit.speaker = pronoun_speaker(at);
            hit.end = at + 1;
            return true;
        }
        // "“…,” said a statement from the Department for Transport": the department speaks
        // through the statement.
        if (uint32_t word = 0;
            const Mention* m = statement_owner(at, units_[hit.unit].last, word)) {
            take_subject(hit, *m, cue_text);
            hit.sources.push_back(statement_source(tokens_[word]));
            hit.end = m->last;
            return true;
        }
        const Mention* m = mentions_.starting_at(at);
        if (m) m = person_after_body(*m, hit.unit);
        // "said the Rev. James Holt": the article before a title is not part of the name.
        if (!m && tokens_[at].is("the") && at + 1 < units_[hit.unit].last)
            if (const Mention* titled = mentions_.starting_at(at + 1);
                titled && titled->form != MentionForm::descriptor)
                m = titled;
        // "said assistant coach Maria Lindqvist", "said longtime resident Mary Cole", "said
        // 71-year-old Kamla Devi": lowercase words ending in a title, a role or an age before
        // the name.
        for (uint32_t k = at + 1; !m && k < at + 4 && k < units_[hit.unit].last; ++k) {
            const Token& before = tokens_[k - 1];
            if (!before.word || before.capitalised || !before.outside() ||
                before.has(word_class::cue_start))
                break;
            // (The mention takes in role words just before the name: "coach Maria Lindqvist".)
            const Mention* named = mentions_.starting_at(k);
            // ("says cofounder and CEO Amandine Roux": or two roles "and" joins.)
            const bool roles_joined = before.is("and") && k >= at + 2 &&
                                      tokens_[k - 2].has(word_class::role | word_class::title);
            if (named && named->form != MentionForm::descriptor &&
                (!tokens_[k].capitalised || before.has(word_class::title) ||
                 before.has(word_class::role) || before.lower.ends_with("-year-old") ||
                 roles_joined))
                m = named;
            // ("said city forester Nathan Alcott": or any words of a job the lexicon does not
            // know, before someone's full name; not "said on Monday", "said that".)
            if (!m && named && named->form == MentionForm::name && !named->possessive &&
                named->last >= named->first + 2 && mentions_.names_person(*named) &&
                std::all_of(tokens_.begin() + at, tokens_.begin() + k, [](const Token& w) {
                    return w.word && !w.capitalised && w.outside() &&
                           !w.has(word_class::between | word_class::not_name |
                                  word_class::cue_start | word_class::person_pronoun);
                }))
                m = named;
        }
        // "said the company's operations director, Gemma Rafferty": the person the role after
        // the possessive is set off with.
        if (m && m->possessive)
            for (uint32_t k = m->last; k < m->last + 5 && k + 1 < units_[hit.unit].last; ++k) {
                if (tokens_[k].is(",")) {
                    if (const Mention* named = mentions_.starting_at(k + 1);
                        named && named->form == MentionForm::name && mentions_.names_person(*named))
                        m = named;
                    break;
                }
                if (!tokens_[k].word || tokens_[k].capitalised || !tokens_[k].outside()) break;
            }
        if (m && clause_end && m->last < units_[hit.unit].last &&
            (tokens_[m->last].word || !tokens_[m->last].outside()))
            return false;
        // ("… described himself as a “fiscal hawk,” said the council should stop": a verb
        // after the words is theirs; they are what was said, not who said it.)
        if (m && !clause_end && m->last < units_[hit.unit].last && tokens_[m->last].outside() &&
            auxiliary_word(tokens_[m->last].lower))
            return false;
        if (m) {
            const Mention* named = with_apposition(*m, hit.unit);
            take_subject(hit, *named, cue_text);
            count_as_subject(*named);
            hit.end = named->last;
            return true;
        }
        return !clause_end && bare_role(hit, at);
    }

    // The mention a body's name ends in before "(LETTERS)" and up to two lower-case words
    // that end at `at`, or null.
    const Mention* body_before_letters(uint32_t at) const {
        uint32_t k = at;
        while (k > 0 && at - k < 2 && tokens_[k - 1].word && !tokens_[k - 1].capitalised) --k;
        if (k < 4 || before_letters(k) == k || !tokens_[k - 2].word) return nullptr;
        const Mention* body = mentions_.ending_at(k - 3);
        return body && body->entity != UINT32_MAX ? body : nullptr;
    }

    // Where "(LETTERS)" ending at `k` begins, one token in brackets ("the Electricity Company
    // of Ghana (ECG)"); `k` when no such brackets end there.
    uint32_t before_letters(uint32_t k) const {
        return k >= 3 && tokens_[k - 1].is(")") && tokens_[k - 3].is("(") ? k - 3 : k;
    }

    // "police said", "said investigators": a role or body with no article before it.
    // `sentence_start`: a capitalised word is taken when it opens the sentence.
    bool bare_role(CueHit& hit, uint32_t at, bool sentence_start = false) {
        const Token& t = tokens_[at];
        if (!t.word || !t.outside()) return false;
        if (t.capitalised && !(sentence_start && at == units_[hit.unit].first)) return false;
        // The word's classes and its singular's, one table look-up each.
        const uint32_t classes = t.classes | lexicon_.singular_classes_of(t.lower);
        const bool organisation = classes & word_class::organisation;
        if (!organisation && !(classes & word_class::role)) return false;
        // "The World Health Organisation (WHO) country office said": a body's office after its
        // name and letters is the body.
        if (organisation)
            if (const Mention* body = body_before_letters(at);
                body && mentions_.entities[body->entity].kind == EntityKind::organisation) {
                take_subject(hit, *body, {});
                return true;
            }
        // ("the weather service's Houston office said": a body's office after its possessive,
        // and the place it is in, is the body.)
        if (organisation && at >= 2) {
            const uint32_t owner_end =
                tokens_[at - 1].word && tokens_[at - 1].capitalised && !tokens_[at - 1].possessive
                    ? at - 1
                    : at;
            if (const Mention* owner = mentions_.ending_at(owner_end);
                owner && owner->possessive && owner->entity != UINT32_MAX &&
                mentions_.entities[owner->entity].kind == EntityKind::organisation) {
                take_subject(hit, *owner, {});
                return true;
            }
        }
        Speaker speaker;
        speaker.name = t.lower;
        speaker.mention = t.span;
        speaker.resolution = Resolution::descriptor;
        speaker.organisation = organisation;
        if (!organisation) speaker.name = people_of_role(at);
        // "according to the Greenfield Police Department … police said": the one police force
        // the article named before.
        if (t.is("police"))
            if (const std::string* force = only_police_force(at)) {
                speaker.name = *force;
                speaker.organisation = true;
            }
        // "Colm Ó Briain SC, defending, said … was “utterly ashamed”, counsel said": the court
        // report's "counsel" is the barrister it named last, in this paragraph or the one before.
        if (t.is("counsel"))
            for (auto m = mentions_.mentions.rbegin(); m != mentions_.mentions.rend(); ++m) {
                if (m->last > at) continue;
                if (tokens_[m->first].paragraph + 1 < t.paragraph) break;
                if (m->entity == UINT32_MAX || !mentions_.names_person(*m)) continue;
                if (!mentions_.entities[m->entity].holds_title("counsel")) continue;
                speaker.name = mentions_.entities[m->entity].name;
                break;
            }
        hit.speaker = std::move(speaker);
        return true;
    }

    // What the plural of a role at `at` calls its people: "analysts at Brentfield Securities"
    // (the body they work at, when a name of one follows "at", "with" or "from"), or the word.
    std::string people_of_role(uint32_t at) const {
        const Token& t = tokens_[at];
        std::string name(t.lower);
        if (at + 2 >= tokens_.size() || !plural_word(t.lower) ||
            !(tokens_[at + 1].is("at") || tokens_[at + 1].is("with") || tokens_[at + 1].is("from")))
            return name;
        if (const Mention* body = mentions_.starting_at(at + 2);
            body && body->form == MentionForm::name && !body->possessive &&
            body->entity != UINT32_MAX &&
            mentions_.entities[body->entity].kind == EntityKind::organisation) {
            name.append(1, ' ').append(tokens_[at + 1].lower).append(1, ' ');
            name += mentions_.entities[body->entity].name;
        }
        return name;
    }

    // The name of the one body with "Police" in its name that mentions before `at` give, or
    // nullptr when there are none or several. The first two such bodies are found once.
    const std::string* only_police_force(uint32_t at) {
        if (!police_forces_) {
            police_forces_.emplace();
            for (const Mention& m : mentions_.mentions) {
                if (m.entity == UINT32_MAX) continue;
                const Entity& entity = mentions_.entities[m.entity];
                if (entity.kind != EntityKind::organisation || entity.name == "Police" ||
                    entity.name.find("Police") == std::string::npos)
                    continue;
                if (!police_forces_->empty() && police_forces_->back().second == &entity.name)
                    continue;
                police_forces_->emplace_back(m.first, &entity.name);
                if (police_forces_->size() == 2) break;
            }
        }
        const auto& forces = *police_forces_;
        if (forces.empty() || forces[0].first >= at) return nullptr;
        if (forces.size() == 2 && forces[1].first < at) return nullptr;
        return forces[0].second;
    }

    // Whether the token at `k` is an adverb in "-ly" right after someone ("the Chief Justice
    // orally remarked", "Smith quickly added"); not "The family said", whose subject it is.
    bool adverb_after_subject(uint32_t k) const {
        const Token& t = tokens_[k];
        return !t.capitalised && t.lower.size() > 4 && t.lower.ends_with("ly") && k > 0 &&
               mentions_.ending_at(k) != nullptr;
    }

    // Whether the cue at `i` follows "to" and someone a verb made speak: "prompting the Royal
    // College of Nursing to warn that", "which led the minister to declare".
    bool prompted_to(uint32_t i) const {
        if (i < 4 || !tokens_[i - 1].is("to") || !tokens_[i - 1].outside()) return false;
        // ("prompting the National Weather Service (NWS) to warn": its letters in brackets
        // after the name.)
        // ("prompting Japan’s top currency diplomat, Hiroshi Kanemoto, to say": or the name set
        // off after a role.)
        const bool set_off = tokens_[i - 2].is(",");
        const Mention* who = mentions_.ending_at(before_letters(set_off ? i - 2 : i - 1));
        if (!who || who->possessive || who->first == 0) return false;
        uint32_t k = who->first;
        static const WordList kPrompting = {"prompting", "prompted", "leading",  "led",
                                            "forcing",   "forced",   "spurring", "spurred"};
        if (set_off) {
            if (!tokens_[k - 1].is(",")) return false;
            for (uint32_t w = k - 1; w > 0 && k - w < 8; --w)
                if (kPrompting.contains(tokens_[w - 1].lower)) return true;
            return false;
        }
        if (tokens_[k - 1].is("the") && k > 1) --k;
        return kPrompting.contains(tokens_[k - 1].lower);
    }

    // "In a written statement, the county said", "“…,” the city said": a local government,
    // named by the body the article named last whose name ends in its word ("Tolliver County")
    // or opens with it ("City of Vancouver"), else by its word. When no other reading found the
    // subject.
    bool local_government(CueHit& hit) {
        static const WordList kWords = {"county", "city", "town", "borough", "municipality"};
        // (Only reporting verbs: not "branded “Get the Lead Out,” the city pledged".)
        static const WordList kSaying = {"say", "add", "tell", "state"};
        if (!hit.form || !kSaying.contains(hit.form->lemma)) return false;
        const uint32_t first = units_[hit.unit].first;
        uint32_t at = kNone;
        if (hit.first >= first + 2 && tokens_[hit.first - 2].is("the") &&
            kWords.contains(tokens_[hit.first - 1].lower) && !tokens_[hit.first - 1].capitalised &&
            (hit.first - 2 == first || tokens_[hit.first - 3].is(",") ||
             !tokens_[hit.first - 3].outside()))
            at = hit.first - 1;  // "the county said", "“…,” the city said"
        else if (hit.last + 1 < units_[hit.unit].last && tokens_[hit.last].is("the") &&
                 kWords.contains(tokens_[hit.last + 1].lower) &&
                 !tokens_[hit.last + 1].capitalised && hit.first > 0 &&
                 !tokens_[hit.first - 1].outside() &&
                 (hit.last + 2 == units_[hit.unit].last || !tokens_[hit.last + 2].word))
            at = hit.last + 1;  // "“…,” said the county."
        if (at == kNone) return false;
        const std::string_view word = tokens_[at].lower;
        Speaker speaker;
        speaker.name = std::string(word);
        speaker.mention = tokens_[at].span;
        speaker.resolution = Resolution::descriptor;
        speaker.organisation = true;
        const std::string last_word = " " + std::string(word), of = std::string(word) + " of ";
        for (uint32_t k = at; k-- > 0 && tokens_[at].paragraph <= tokens_[k].paragraph + 6;) {
            const Mention* m = mentions_.starting_at(k);
            if (!m || m->entity == UINT32_MAX || m->possessive) continue;
            const std::string& name = mentions_.entities[m->entity].name;
            const std::string lower = lowercase_ascii(name);
            if (lower.ends_with(last_word) || lower.starts_with(of)) {
                speaker.name = name;
                speaker.resolution = Resolution::name;
                break;
            }
        }
        hit.speaker = std::move(speaker);
        if (at < hit.first) hit.start = at - 1;
        return true;
    }

    // "One of the friends, now 17, told the inquest": one of people of a role in the plural,
    // the sentence's subject, speaks (as "one of the friends"). When no other reading found it.
    bool one_of_them(CueHit& hit) {
        const uint32_t first = units_[hit.unit].first;
        if (hit.first < first + 4 || !tokens_[first].is("one") || !tokens_[first + 1].is("of"))
            return false;
        uint32_t role = first + 2;
        if (tokens_[role].is("the") || tokens_[role].is("his") || tokens_[role].is("her") ||
            tokens_[role].is("their") || tokens_[role].is("its"))
            ++role;
        // (An adjective or two before the role: "one of the victim's closest friends".)
        while (role + 1 < hit.first && role < first + 6 && tokens_[role].word &&
               !tokens_[role].capitalised && !plural_word(tokens_[role].lower))
            ++role;
        const Token& t = tokens_[role];
        if (role >= hit.first || !t.word || t.capitalised || !t.outside() ||
            !plural_word(t.lower) ||
            !((t.classes | lexicon_.singular_classes_of(t.lower)) & word_class::role))
            return false;
        // Then the verb, or a phrase set off by commas before it ("…, now 17,").
        uint32_t k = role + 1;
        if (k < hit.first) {
            if (!tokens_[k].is(",") || !tokens_[hit.first - 1].is(",") || hit.first - k > 8)
                return false;
            for (uint32_t w = k + 1; w + 1 < hit.first; ++w)
                if (!tokens_[w].outside() || tokens_[w].has(word_class::cue_start)) return false;
        }
        Speaker speaker;
        speaker.name =
            lowercase_ascii(std::string(Span{tokens_[first].span.start, t.span.end}.in(text_)));
        speaker.mention = Span{tokens_[first].span.start, t.span.end};
        speaker.resolution = Resolution::descriptor;
        hit.speaker = std::move(speaker);
        hit.start = first;
        return true;
    }

    // "Workers leaving the factory at the end of their shift described …": a descriptor that
    // opens the sentence, then a participle's clause with no comma up to the verb at `end`.
    // When no other reading found the subject.
    bool participle_clause_subject(CueHit& hit, const std::string& cue_text) {
        const uint32_t first = units_[hit.unit].first;
        const uint32_t end = past_adverbs(hit.first, first);
        const Mention* opener = mentions_.starting_at(first);
        if (!opener || !opener->subject || opener->possessive || opener->entity == UINT32_MAX ||
            opener->last + 2 >= end || end - opener->last > 12)
            return false;
        const Token& participle = tokens_[opener->last];
        if (!participle.word || participle.capitalised || participle.lower.size() < 6 ||
            !participle.lower.ends_with("ing") || participle.has(word_class::cue_start))
            return false;
        for (uint32_t k = opener->last; k < end; ++k)
            if (!tokens_[k].outside() || (!tokens_[k].word && !tokens_[k].is("-")) ||
                tokens_[k].has(word_class::cue_start) || tokens_[k].is("who"))
                return false;
        take_subject(hit, *opener, cue_text);
        hit.start = opener->first;
        return true;
    }

    bool subject_before(CueHit& hit, const std::string& cue_text) {
        const Unit& unit = units_[hit.unit];
        if (including_named(hit, cue_text)) return true;
        uint32_t k = hit.first;
        // ("Mr Were said", "George Oduor Were said": a name's last word, not a word between.)
        while (k > unit.first && tokens_[k - 1].outside() && tokens_[k - 1].word &&
               (tokens_[k - 1].has(word_class::between) || adverb_after_subject(k - 1)) &&
               !(tokens_[k - 1].capitalised && !tokens_[k - 1].has(word_class::not_name) &&
                 mentions_.ending_at(k)))
            --k;
        // ("“…,” the 52-year-old father of five told the paper": how many children, after the
        // parent.)
        if (k >= unit.first + 4 && tokens_[k - 1].word && tokens_[k - 2].outside() &&
            children_count_after(tokens_, k - 3) && mentions_.ending_at(k - 2))
            k -= 2;
        if (k == unit.first) return false;
        // ("prompting the Royal College of Nursing to warn that": the one prompted.)
        if (prompted_to(k)) --k;
        // ("Helena Marlowe, his co-star in “Ashes at Dawn,” said": a title's quotation may hold
        // the comma that ends the apposition.)
        if (!tokens_[k - 1].outside()) {
            const uint32_t quote = tokens_[k - 1].quote;
            if (quotes_[quote].kind != QuoteKind::scare || k < unit.first + 2 ||
                !tokens_[k - 2].is(",") || tokens_[k - 2].quote != quote)
                return false;
            --k;  // at the comma, inside the title's marks
        }
        // "Warren (D-Mass.) said": skip the parenthesis.
        if (tokens_[k - 1].is(")")) {
            uint32_t open = k - 1;
            while (open > unit.first && !tokens_[open].is("(") && k - open < 12) --open;
            if (!tokens_[open].is("(") || open == unit.first) return false;
            k = open;
        }
        // "Smith, D-Ohio, said": skip the party and state.
        if (k >= unit.first + 4 && tokens_[k - 1].is(",") && is_party_tag(tokens_[k - 2]) &&
            tokens_[k - 3].is(","))
            k -= 3;
        k = statement_issued_before(k, unit.first);
        k = statement_before_relative(k, unit.first);
        k = owner_before_issuing(k, unit.first);
        k = statement_addressed_before(k, unit.first);
        const uint32_t end = k;
        const Token& t = tokens_[end - 1];
        // ("The club's largest supporters group, the Riverbank Ultras, said": a body named in
        // apposition right before the verb.)
        const Mention* apposed = body_in_apposition(end, unit.first);
        if (!apposed) apposed = body_before_relative(end, unit.first);
        if (apposed) {
            take_subject(hit, *apposed, cue_text);
            hit.start = apposed->first;
            return true;
        }
        // ("saying it reflected the government's commitment to “…”": a thing does not do what
        // only people do.)
        if (t.is("it") && hit.form && hit.form->people_only) return false;
        if (is_pronoun(t)) {
            hit.speaker = pronoun_speaker(end - 1);
            hit.start = end - 1;
            return true;
        }
        // "A lorry driver who saw the crash said", "Residents who gathered outside said": a
        // relative clause with no commas between the sentence's subject and its verb.
        // ("A man whose home has flooded for the second time in five years says": or "whose".)
        // ("The father of a Nepalese student who was killed while delivering food in Sydney's
        // inner west has told an inquest": or whose relative the one the clause is about is,
        // the sentence's opener, over a longer clause.)
        const auto related_opener = [&](uint32_t who) -> const Mention* {
            const Mention* opener = mentions_.starting_at(unit.first);
            if (!opener || opener->possessive || !opener->subject || opener->last > who ||
                opener->form != MentionForm::descriptor)
                return nullptr;
            bool of = false;
            for (uint32_t q = opener->first; q < who; ++q) {
                if (!tokens_[q].outside() || tokens_[q].is(",")) return nullptr;
                of = of || tokens_[q].is("of");
            }
            return of ? opener : nullptr;
        };
        // ("A Brisbane dad who filmed what appears to be a 2.5m crocodile basking on the banks
        // of a suburban creek says": a longer clause after a descriptor that opens a sentence.)
        // (Not when someone else is named right before the verb: "A 42-year-old man who
        // allegedly sold … was denied bail after a magistrate described".)
        const auto opening_descriptor = [&](uint32_t who) {
            const Mention* m = mentions_.ending_at(who);
            return m && m->first == unit.first && m->form == MentionForm::descriptor &&
                   !mentions_.ending_at(end);
        };
        // (A mark joined to the words either side is inside one: "a 2.5m crocodile".)
        const auto joined_mark = [&](uint32_t w) {
            return w + 1 < end && tokens_[w - 1].span.end == tokens_[w].span.start &&
                   tokens_[w].span.end == tokens_[w + 1].span.start && tokens_[w - 1].word &&
                   tokens_[w + 1].word;
        };
        for (uint32_t w = end; w-- > unit.first + 1 && end - w <= 22;) {
            const Token& word = tokens_[w];
            if (!word.outside()) break;
            if (!word.word) {
                if (joined_mark(w)) continue;
                break;
            }
            if (!word.is("who") && !word.is("whose")) continue;
            const Mention* related = word.is("who") ? related_opener(w) : nullptr;
            const bool long_clause_allowed = word.is("who") && opening_descriptor(w);
            if (end - w > 16 && !long_clause_allowed) break;
            // (a "whose" clause says more)
            if (word.is("who") && end - w > 10 && !related && !long_clause_allowed) break;
            if (!related && end - w > 14 && !long_clause_allowed) break;
            // ("Reached by phone, a representative of the company who declined to give his
            // name said": or after an opening phrase and its comma.)
            if (const Mention* m = mentions_.ending_at(w);
                m && !m->possessive && (end - w <= 14 || long_clause_allowed) &&
                (m->first <= unit.first + 1 ||
                 (m->subject && m->first > unit.first + 1 && tokens_[m->first - 1].is(",") &&
                  !mentions_.ending_at(m->first - 1)))) {  // (not in apposition to a name)
                take_subject(hit, *m, cue_text);
                hit.start = m->first;
                return true;
            }
            if (related) {
                take_subject(hit, *related, cue_text);
                hit.start = related->first;
                return true;
            }
            break;
        }
        // The mention right before the cue, if any: asked once for the readings below.
        const Mention* at_cue = mentions_.ending_at(end);
        // A lower-case word right before the verb, no mention ending there: the readings of
        // where someone is from or what part of a body they are of, below.
        const bool lower_case_before = !at_cue && end >= unit.first + 4 && tokens_[end - 1].word &&
                                       !tokens_[end - 1].capitalised;
        // ("According to the dpa news agency, one minister from an eastern state described":
        // someone of a role, then where they are from in lower case, before the verb; "with the
        // organiser of one petition describing": or what they are of.)
        if (lower_case_before && tokens_[end - 1].outside()) {
            uint32_t place = end - 1;
            while (place > unit.first + 1 && end - place < 5 && tokens_[place - 1].word &&
                   tokens_[place - 1].outside() && !tokens_[place - 1].capitalised &&
                   !is_linking_preposition(tokens_[place - 1].lower) &&
                   !tokens_[place - 1].has(word_class::cue_start))
                --place;
            if (place > unit.first + 1 &&
                (tokens_[place - 1].is("from") || tokens_[place - 1].is("in") ||
                 tokens_[place - 1].is("of")))
                if (const Mention* m = mentions_.ending_at(place - 1);
                    m && m->form == MentionForm::descriptor && !m->possessive &&
                    tokens_[m->last - 1].has(word_class::role) &&
                    (m->first == unit.first || tokens_[m->first - 1].is(",") ||
                     tokens_[m->first - 1].is("with"))) {
                    take_subject(hit, *m, cue_text);
                    hit.start = m->first;
                    return true;
                }
        }
        // ("Chief Superintendent Anders Lindqvist of the police's West region told": the person
        // of a named part of a body, its word in lower case before the verb.)
        if (lower_case_before) {
            static const WordList kParts = {"region",  "division", "district", "branch",
                                            "chapter", "wing",     "unit",     "command"};
            if (kParts.contains(tokens_[end - 1].lower))
                if (const Mention* part = mentions_.ending_at(end - 1); part && !part->possessive)
                    if (const Mention* person = person_of_place(*part, unit.first);
                        person != part && mentions_.names_person(*person)) {
                        take_subject(hit, *person, cue_text);
                        hit.start = person->first;
                        return true;
                    }
        }
        // ("Judge Helen MacAskill of Nova Scotia provincial court said": the person of a body
        // named in lower case after its place's name, before the verb.)
        if (lower_case_before && tokens_[end - 1].outside() &&
            tokens_[end - 1].has(word_class::organisation)) {
            uint32_t body = end - 1;
            while (body > unit.first && end - body < 3 && tokens_[body - 1].word &&
                   tokens_[body - 1].outside() && !tokens_[body - 1].capitalised &&
                   !is_linking_preposition(tokens_[body - 1].lower) &&
                   !tokens_[body - 1].has(word_class::determiner | word_class::cue_start))
                --body;
            uint32_t place = body;
            while (place > unit.first && body - place < 3 && tokens_[place - 1].word &&
                   tokens_[place - 1].outside() && tokens_[place - 1].capitalised)
                --place;
            if (place < body && place > unit.first + 1 &&
                (tokens_[place - 1].is("of") || tokens_[place - 1].is("at")))
                if (const Mention* person = mentions_.ending_at(place - 1);
                    person && !person->possessive && mentions_.names_person(*person)) {
                    take_subject(hit, *person, cue_text);
                    hit.start = person->first;
                    return true;
                }
        }
        // ("But the PDP in the state described the defection as “…”": where the subject is,
        // between it and its verb.)
        if (!at_cue && end >= unit.first + 3 && tokens_[end - 1].word &&
            !tokens_[end - 1].capitalised) {
            uint32_t in = end - 2;
            if (tokens_[in].is("the") && in > unit.first) --in;
            // (The sentence's opener: "But the PDP", not "the “two-pot” system" after
            // "Retailers across the sector have reported".)
            if (in > unit.first && tokens_[in].is("in"))
                if (const Mention* m = mentions_.ending_at(in);
                    m && m->first <= unit.first + 2 && !m->possessive && m->entity != UINT32_MAX &&
                    mentions_.entities[m->entity].kind != EntityKind::outlet) {
                    take_subject(hit, *m, cue_text);
                    hit.start = m->first;
                    return true;
                }
        }
        // "Analysts said", "Critics called it": a plural role that opens the sentence is the
        // people of that role, not a name.
        if (const Mention* m = at_cue;
            m && m->form == MentionForm::name && m->last == m->first + 1 &&
            m->first == unit.first && m->entity != UINT32_MAX &&
            mentions_.entities[m->entity].kind == EntityKind::unknown &&
            (lexicon_.singular_classes_of(tokens_[m->first].lower) & word_class::role) &&
            bare_role(hit, m->first, true)) {
            hit.start = m->first;
            return true;
        }
        // "Oyelaran, in a statement signed by his adviser, Mr Gbenga Akinwale, said": the
        // sentence's subject, not the statement's signer.
        // ("The Nigerian Meteorological Agency had, in a bulletin released last week, warned":
        // an auxiliary before the comma.)
        if (const Mention* opener = mentions_.starting_at(unit.first); opener) {
            uint32_t comma = opener->last;
            if (comma + 1 < end &&
                (tokens_[comma].is("had") || tokens_[comma].is("has") || tokens_[comma].is("have")))
                ++comma;
            if (opener->subject && !opener->possessive && comma + 3 < end &&
                tokens_[comma].is(",") && tokens_[comma + 1].is("in"))
                for (uint32_t j = comma + 2; j < comma + 5 && j < end; ++j)
                    if (tokens_[j].word && tokens_[j].has(word_class::statement)) {
                        take_subject(hit, *opener, cue_text);
                        hit.start = opener->first;
                        return true;
                    }
        }
        // "Walsh, of Moston Lane, Moston, initially told police", "Claire Duvivier, visiting a
        // school south-east of Paris on Monday, said": the person who opens the sentence, before
        // where they are from or what they were doing.
        if (end >= unit.first + 5 && tokens_[end - 1].is(","))
            if (const Mention* opener = mentions_.starting_at(unit.first);
                opener && !opener->possessive && opener->form != MentionForm::descriptor &&
                opener->last + 2 < end && tokens_[opener->last].is(",") &&
                opener->entity != UINT32_MAX &&
                mentions_.entities[opener->entity].kind != EntityKind::organisation &&
                mentions_.entities[opener->entity].kind != EntityKind::outlet) {
                const Token& next = tokens_[opener->last + 1];
                // ("Robert Lipinski, a school finance analyst with the Long Island Education
                // Coalition, a Hauppauge-based research group, said": or a person in apposition
                // to a role, past the body the role is at.)
                const auto role_in_apposition = [&] {
                    if (!(next.is("a") || next.is("an")) || !mentions_.names_person(*opener))
                        return false;
                    for (uint32_t w = opener->last + 2; w < opener->last + 7 && w < end; ++w) {
                        if (!tokens_[w].word || tokens_[w].capitalised) return false;
                        if (tokens_[w].has(word_class::role)) return true;
                    }
                    return false;
                };
                if (next.is("of") ||
                    (next.word && !next.capitalised && next.lower.size() > 4 &&
                     next.lower.ends_with("ing")) ||
                    role_in_apposition()) {
                    take_subject(hit, *opener, cue_text);
                    hit.start = opener->first;
                    return true;
                }
            }
        // "The party's publicity secretary, Comrade Ifeoluwa Bamidele, in a statement described
        // …": the name just before ", in a statement" with no comma after it.
        if (end >= unit.first + 5 && tokens_[end - 1].word &&
            tokens_[end - 1].has(word_class::statement) &&
            (tokens_[end - 2].is("a") || tokens_[end - 2].is("an")) && tokens_[end - 3].is("in") &&
            tokens_[end - 4].is(","))
            if (const Mention* m = mentions_.ending_at(end - 4);
                m && !m->possessive && m->form != MentionForm::descriptor) {
                take_subject(hit, *m, cue_text);
                hit.start = m->first;
                hit.sources.push_back(statement_source(tokens_[end - 1]));
                return true;
            }
        // ("A person familiar with the talks said": what they are familiar with is no one.)
        if (const Mention* described =
                at_cue ? nullptr : described_before_object(end, unit.first)) {
            take_subject(hit, *described, cue_text);
            hit.start = described->first;
            return true;
        }
        // ("Sources in the haredi parties said", "Residents of the town said": people of a
        // role who open the sentence, then where they are, in lower case.)
        if (!at_cue)
            for (uint32_t at = end; at > unit.first + 1 && end - at < 7; --at) {
                const Token& w = tokens_[at - 1];
                if (!w.word || !w.outside() || w.capitalised) break;
                if (!(w.is("of") || w.is("in") || w.is("from") || w.is("at") || w.is("on")))
                    continue;
                if (at - 2 == unit.first && bare_role(hit, at - 2, true)) {
                    hit.start = at - 2;
                    return true;
                }
                // ("The mayor of the town said": or a descriptor that opens it.)
                if (const Mention* m = mentions_.ending_at(at - 1);
                    m && m->first == unit.first && !m->possessive &&
                    (m->form == MentionForm::descriptor || mentions_.names_person(*m))) {
                    take_subject(hit, *m, cue_text);
                    hit.start = m->first;
                    return true;
                }
                break;
            }
        if (const Mention* m = at_cue; m && !m->possessive) {
            m = close_to_whom(*m, unit.first);
            // ("evidence from other local authorities suggested": a thing from them, no one.)
            if (thing_before(m->first, unit.first)) {
                hit.start = m->first;
                return true;  // the subject found, and it speaks for no one
            }
            m = person_of_place(*m, unit.first);
            // "Residents of Little Brook say": the people before the place speak, not the place.
            if (const uint32_t people = role_of_place(*m, unit.first);
                people != kNone && bare_role(hit, people, true)) {
                hit.start = people;
                return true;
            }
            take_subject(hit, *m, cue_text);
            hit.start = m->first;
            statement_before(hit, *m);
            return true;
        }
        // "a Kremlin statement said": the statement is the source, its owner the speaker.
        if (t.word && t.has(word_class::statement)) {
            SourceRef source = statement_source(t);
            // ("the Premier League's match centre account said": or an owner's possessive a
            // few lower-case words before it.)
            const Mention* owner = mentions_.ending_at(end - 1);
            for (uint32_t at = end - 1; !owner && at > unit.first + 1 && end - at <= 3; --at) {
                const Token& w = tokens_[at - 1];
                if (!w.word || w.capitalised || !w.outside() || w.has(word_class::role)) break;
                if (const Mention* m = mentions_.ending_at(at - 1); m && m->possessive) owner = m;
            }
            if (const Mention* m = owner; m && m->first >= unit.first) {
                take_subject(hit, *m, cue_text);
                source.name = m->form == MentionForm::descriptor
                                  ? (m->text + " ").append(t.lower)
                                  : std::string(Span{m->span.start, t.span.end}.in(text_));
                hit.start = m->first;
            } else if (const Mention* giver = issuer_before_participle(hit, end - 1, unit.first)) {
                // ("the ministry issued guidance urging the public to “…”": the subject of the
                // verb that gave the statement out.)
                take_subject(hit, *giver, cue_text);
                hit.start = giver->first;
            } else {
                hit.start = end - 1;
                // "Keystone said in a statement that … ¶ “…,” the statement said": the
                // statement just quoted is its owner's.
                // "Delhi Police has issued an advisory. “…,” the advisory stated": its issuer,
                // when named after the statement before was quoted.
                if (end >= unit.first + 2 && tokens_[end - 2].is("the")) {
                    const CueHit* before = latest_statement(tokens_[end - 1].paragraph);
                    const Mention* issuer = issuer_of(end - 1);
                    if (issuer && (!before || issuer->first > before->last)) {
                        take_subject(hit, *issuer, cue_text);
                    } else if (before) {
                        hit.speaker = before->speaker;
                        source = before->sources.front();
                    } else if (const CueHit* last = hit.form->lemma == "read"
                                                        ? latest_speaker(tokens_[end - 1].paragraph)
                                                        : nullptr) {
                        // "The county government said the governor had “full confidence”. ¶
                        // “…,” the statement read": whoever spoke last gave what is read (not
                        // "In May, “…,” the report said", a report of its own).
                        hit.speaker = last->speaker;
                    }
                }
            }
            hit.sources.push_back(std::move(source));
            return true;
        }
        // "Whitfield, who said last month that ...", "the World Health Organization, which has
        // described it as …": the relative pronoun's antecedent.
        if ((t.is("who") || t.is("which")) && end >= unit.first + 2 && tokens_[end - 2].is(",")) {
            if (const Mention* m = mentions_.ending_at(end - 2); m && !m->possessive) {
                // ("Abdulrahman Al-Sayari, deputy minister at the Ministry of Industry, who
                // described the deal as …": the person before the body.)
                if (t.is("who")) m = past_place(m, unit);
                take_subject(hit, *m, cue_text);
                hit.start = m->first;
                return true;
            }
        }
        // "Albrecht, a researcher at Nullpoint Security, wrote on X that … and described the
        // sample as “…”": a second verb of the sentence's subject.
        // ("However, the PTI's parliamentary leader, Malik Zeeshan Awan, rejected the claim and
        // said": past an opening adverb, and the name in apposition to a role.)
        if (t.is("and") && end - 1 > unit.first) {
            uint32_t opener = unit.first;
            if (opener + 2 < end && tokens_[opener].lower.ends_with("ly") &&
                tokens_[opener + 1].is(","))
                opener += 2;
            else if (opener + 2 < end && tokens_[opener + 1].is(",") &&
                     (tokens_[opener].is("however") || tokens_[opener].is("meanwhile")))
                opener += 2;
            // ("Asked about the voting, he shrugged and said": a pronoun after an opening
            // clause, a few lower-case words before "and".)
            for (uint32_t comma = opener; comma + 2 < end && comma < opener + 10; ++comma) {
                if (!tokens_[comma].outside()) break;
                if (!tokens_[comma].is(",")) continue;
                const uint32_t subject = comma + 1;
                if (subject + 6 < end || !tokens_[subject].has(word_class::person_pronoun) ||
                    !std::all_of(tokens_.begin() + subject + 1, tokens_.begin() + (end - 1),
                                 [](const Token& w) {
                                     return w.word && w.outside() && !w.capitalised &&
                                            !w.has(word_class::cue_start);
                                 }))
                    break;
                hit.speaker = pronoun_speaker(subject);
                hit.start = subject;
                return true;
            }
            // ("In a note to clients this week, Maybank analyst Chong Wai Ling cut her target
            // and said": past a phrase that a preposition opens and a comma closes.)
            if (tokens_[opener].is("in") || tokens_[opener].is("on") || tokens_[opener].is("at") ||
                tokens_[opener].is("after") || tokens_[opener].is("during"))
                for (uint32_t comma = opener + 2; comma + 2 < end && comma < opener + 12; ++comma) {
                    if (!tokens_[comma].outside() || tokens_[comma].is(".")) break;
                    if (tokens_[comma].is(",")) {
                        opener = comma + 1;
                        break;
                    }
                }
            // (The sentence's subject: the first mention that opens its clause, within a few
            // words of the opening, the name a role in apposition gave it.)
            for (uint32_t at = opener; at < end - 1 && at < opener + 6; ++at) {
                const Mention* m = mentions_.starting_at(at);
                if (!m || (!m->subject && m->form == MentionForm::descriptor)) continue;
                if (!m->subject || m->possessive || m->last >= end - 1) break;
                const Mention* named = with_apposition(*m, hit.unit);
                if (named->entity == UINT32_MAX || !mentions_.names_person(*named)) break;
                take_subject(hit, *named, cue_text);
                hit.start = m->first;
                return true;
            }
        }
        if (!t.is(",")) {
            if (thing_before(end - 1, unit.first)) {
                hit.start = end - 1;
                return true;  // the subject found, and it speaks for no one
            }
            if (bare_role(hit, end - 1)) return hit.start = end - 1, true;
            // ("health ministers from six countries wrote", "doctors at two hospitals said": a
            // plural role, then where its holders are from, in lower case.)
            // ("“…,” one resident in Niigata city wrote": or a role, the place's name before a
            // word of its kind.)
            for (uint32_t from = end - 1; from > unit.first + 1 && end - from < 6; --from) {
                const Token& w = tokens_[from - 1];
                if (!w.word || !w.outside()) break;
                if (!(w.is("from") || w.is("in") || w.is("at") || w.is("across"))) continue;
                const uint32_t role = from - 2;
                if (plural_word(tokens_[role].lower) && bare_role(hit, role))
                    return hit.start = role, true;
                if (const Mention* m = mentions_.ending_at(from - 1);
                    m && m->form == MentionForm::descriptor && !m->possessive &&
                    tokens_[m->last - 1].has(word_class::role) &&
                    std::any_of(tokens_.begin() + from, tokens_.begin() + end,
                                [](const Token& word) { return word.capitalised; })) {
                    take_subject(hit, *m, cue_text);
                    hit.start = m->first;
                    return true;
                }
                break;
            }
            return false;
        }
        // "Meridian Health Partners, which runs hospitals in Georgia, Alabama and Tennessee,
        // said": the relative clause's antecedent, whatever commas the clause holds.
        for (uint32_t w = end - 1; w > unit.first + 1 && end - w < kClauseTokens; --w) {
            const Token& word = tokens_[w];
            if (!word.outside() || word.is(".") || word.has(word_class::cue_start)) break;
            // ("Westmarch, based in Columbus, Ohio, said": a participle's clause as well.)
            // ("The notice, issued by the council on Monday, warns that": the statement's issuer
            // after "by", through the statement.)
            if (w >= 2 && tokens_[w - 1].is(",") && kIssuing.contains(word.lower)) {
                const Mention* issuer = statement_issued_by(w - 2, end);
                if (!issuer) break;
                take_subject(hit, *issuer, cue_text);
                hit.sources.push_back(statement_source(tokens_[w - 2]));
                hit.start = w - 2;
                return true;
            }
            if (!tokens_[w - 1].is(",") ||
                !(word.is("which") || word.is("who") || kSetIn.contains(word.lower)))
                continue;
            if (const Mention* m = mentions_.ending_at(w - 1);
                m && !m->possessive && !dateline(*m)) {
                // ("Frédérique Vanderhaegen of the liberal Renew Europe group, who …": the
                // person before the body.)
                m = person_of_place(*m, unit.first);
                // ("lawyers for the Legislature, which intervened …, argued": the people of a
                // role before the body.)
                if (const uint32_t people = role_of_place(*m, unit.first);
                    people != kNone &&
                    (lexicon_.singular_classes_of(tokens_[people].lower) & word_class::role) &&
                    bare_role(hit, people, true)) {
                    hit.start = people;
                    return true;
                }
                // ("Abdulrazaq Bala, a professor at Ahmadu Bello University, Zaria, who was not
                // involved, said": past the places, to the person named first.)
                m = past_place(m, unit);
                take_subject(hit, *m, cue_text);
                hit.start = m->first;
                return true;
            }
            // ("Local farmers, who own a third of the plots, said": people of a role in the
            // plural, no mention, the sentence's subject.)
            if (const uint32_t people = w - 2; people >= unit.first && people <= unit.first + 1 &&
                                               plural_word(tokens_[people].lower) &&
                                               bare_role(hit, people, true)) {
                hit.start = people;
                return true;
            }
            break;
        }
        // "Smith, a spokesman for the agency, said" / "the head of the centre, Aydin Sezer, told";
        // up to three such groups: "Carla Mendes, 38, a nurse from Leeds, told".
        // A title in quotation marks may sit inside: "Cruz, who starred in “Jumanji”, told".
        uint32_t comma = end - 1;
        for (int group = 0; group < 3; ++group) {
            const uint32_t after = comma;
            while (comma > unit.first && end - comma < kClauseTokens) {
                --comma;
                // "Cllr Dan Fair (Conservative, Millbrook North), who voted against, said".
                if (tokens_[comma].is(")")) comma = opening_parenthesis(comma, unit.first);
                if (!tokens_[comma].outside()) {
                    const Quote& quote = quotes_[tokens_[comma].quote];
                    if (quote.kind != QuoteKind::scare) return false;
                    continue;
                }
                if (tokens_[comma].is(",")) break;
            }
            if (comma == after || !tokens_[comma].is(",")) return false;
            // "Ann Lee, a student in Arklow, Co Wicklow, said": after a person named first, a
            // place after the place a preposition brings in is where that place is, not a name
            // in apposition (which "The MP for the seat in Ashanti, Kwabena Mensah," is).
            // (The person: named before the sentence's first comma.)
            if (const Mention* place = mentions_.ending_at(comma),
                *tail = mentions_.starting_at(comma + 1);
                place && tail && tail->last <= tail->first + 2 && tail->last == after &&
                place_phrase(*place, unit.first) && person_before_first_comma(unit, comma))
                continue;
            // ("“…,” a teacher in Jackson, Kentucky, said", "the weather service office in
            // Jackson, Kentucky, wrote": or the role that opens the clause, a state or a country
            // after its place.)
            if (const Mention* place = mentions_.ending_at(comma),
                *tail = mentions_.starting_at(comma + 1);
                group == 0 && place && tail && tail->last <= tail->first + 2 &&
                tail->last == after && !mentions_.names_person(*place) &&
                !mentions_.names_person(*tail) && place_phrase(*place, unit.first)) {
                uint32_t open = place->first;
                while (open > unit.first && place->first - open < 10 && tokens_[open - 1].word &&
                       tokens_[open - 1].outside())
                    --open;
                if (const Mention* opener = mentions_.starting_at(open);
                    opener && opener != place && !opener->possessive &&
                    (opener->form == MentionForm::descriptor || mentions_.names_person(*opener))) {
                    take_subject(hit, *person_of_place(*place, unit.first), cue_text);
                    hit.start = opener->first;
                    return true;
                }
            }
            // ("Another victim, 81-year-old Raymond Hulme, wrote": an age before the name.)
            const uint32_t named_at =
                tokens_[comma + 1].lower.ends_with("-year-old") ? comma + 2 : comma + 1;
            if (const Mention* m = mentions_.starting_at(named_at);
                group == 0 && m && m->last == end - 1 && m->form != MentionForm::descriptor) {
                take_subject(hit, *m, cue_text);
                hit.start = m->first;
                return true;
            }
            // ("One of the victims, an 81-year-old Richmond woman, told", "…, a woman who asked
            // not to be named, told": someone described in apposition to "one of" a group,
            // which names no one.)
            if (const Mention* m = mentions_.starting_at(comma + 1);
                group == 0 && m && (m->last == end - 1 || tokens_[m->last].is("who")) &&
                m->form == MentionForm::descriptor && !m->possessive && comma > unit.first + 2 &&
                !mentions_.ending_at(comma) &&
                (tokens_[unit.first].is("one") || tokens_[unit.first].is("another")) &&
                tokens_[unit.first + 1].is("of")) {
                take_subject(hit, *m, cue_text);
                hit.start = m->first;
                return true;
            }
            // ("One of those Republicans, Senator Gwen Lindqvist of Alaska, cautioned": and
            // the place the person is of.)
            if (const Mention* place = group == 0 ? mentions_.ending_at(end - 1) : nullptr) {
                const Mention* person = person_of_place(*place, unit.first);
                if (person != place && person->first == named_at &&
                    person->form != MentionForm::descriptor) {
                    take_subject(hit, *person, cue_text);
                    hit.start = person->first;
                    return true;
                }
            }
            // "The chair of judges, the novelist and critic Dr Rosalind Mercer, called": roles
            // before the name in apposition.
            if (const Mention* m = mentions_.ending_at(end - 1);
                group == 0 && m && m->first > comma + 1 && m->first < comma + 8 &&
                m->form != MentionForm::descriptor && mentions_.names_person(*m) &&
                (tokens_[m->first - 1].has(word_class::role | word_class::title) ||
                 tokens_[m->first].has(word_class::role | word_class::title)) &&
                std::all_of(tokens_.begin() + comma + 1, tokens_.begin() + m->first,
                            [](const Token& w) {
                                return w.word && w.outside() && !w.has(word_class::cue_start) &&
                                       !is_linking_preposition(w.lower);
                            })) {
                take_subject(hit, *m, cue_text);
                hit.start = m->first;
                return true;
            }
            // (A unit that opens with the comma has nothing before it: fuzzing found ",”, said".)
            if (comma == unit.first) return false;
            if (is_pronoun(tokens_[comma - 1])) {
                hit.speaker = pronoun_speaker(comma - 1);
                hit.start = comma - 1;
                return true;
            }
            // ("Pruett herself, asked about the claim, said": the name before a reflexive.)
            const uint32_t named_end =
                tokens_[comma - 1].is(")") ? opening_parenthesis(comma - 1, unit.first)
                : reflexive(tokens_[comma - 1]) && comma > unit.first + 1 ? comma - 1
                                                                          : comma;
            // ("Writing in the Times, Gareth Penhaligon gave it two stars, complaining": no
            // outlet a preposition brings in; a participle's clause has its subject after it.)
            const Mention* m = mentions_.ending_at(named_end);
            if (m && in_outlet(*m)) return false;
            // ("In Tokyo, Chief Cabinet Secretary Takeshi Hamaguchi welcomed the talks as
            // “meaningful,” telling": the place the sentence opens at is no subject; the one
            // after its comma is.)
            if (m && m->first == unit.first + 1 && tokens_[unit.first].word &&
                is_linking_preposition(tokens_[unit.first].lower) && !mentions_.names_person(*m)) {
                const Mention* subject = mentions_.starting_at(named_end + 1);
                if (!subject || subject->possessive ||
                    !(mentions_.names_person(*subject) || subject->form == MentionForm::descriptor))
                    return false;
                take_subject(hit, *subject, cue_text);
                hit.start = subject->first;
                return true;
            }
            if (m && !m->possessive && !dateline(*m)) {
                // ("Senator Hal Prescott of South Dakota, the Republican majority leader,
                // said": the person of the place.)
                m = past_place(person_of_place(*m, unit.first), unit);
                take_subject(hit, *m, cue_text);
                hit.start = m->first;
                return true;
            }
        }
        return false;
    }

    // The person named right before the sentence's first comma ("Abdulrazaq Bala, a professor
    // …"), when that comma comes before `before`; nullptr otherwise.
    const Mention* person_before_first_comma(const Unit& unit, uint32_t before) const {
        uint32_t first_comma = unit.first;
        // (Within a clause's reach of the opening: a page-long sentence of places is not read
        // from its start for each.)
        while (first_comma < before && first_comma < unit.first + kClauseTokens &&
               !tokens_[first_comma].is(","))
            ++first_comma;
        if (first_comma >= before || !tokens_[first_comma].is(",")) return nullptr;
        const Mention* person = mentions_.ending_at(first_comma);
        return person && person->form != MentionForm::descriptor && mentions_.names_person(*person)
                   ? person
                   : nullptr;
    }

    // The subject a place in apposition stands after: "Abdulrazaq Bala, a professor at Ahmadu
    // Bello University, Zaria, who …" is Bala's, "A teacher in Leeds, who asked not to be named,
    // said" the teacher's (the role that opens the sentence, when no one is named before the
    // place); `m` itself when it is no such place.
    const Mention* past_place(const Mention* m, const Unit& unit) const {
        if (!place_phrase(*m, unit.first)) return m;
        if (const Mention* person = person_before_first_comma(unit, m->first)) return person;
        // ("A few doors down, the owner of a hardware store, who asked …": or the subject after
        // a phrase set off by a comma.)
        const Mention* opener = mentions_.starting_at(unit.first);
        if (!opener)
            for (uint32_t k = unit.first + 1; k + 1 < m->first && k < unit.first + 8; ++k) {
                if (!tokens_[k].is(",")) {
                    if (!tokens_[k].word || !tokens_[k].outside()) break;
                    continue;
                }
                opener = mentions_.starting_at(k + 1);
                if (opener && !opener->subject) opener = nullptr;
                break;
            }
        if (opener && opener->form == MentionForm::descriptor && !opener->possessive &&
            opener->last <= m->first)
            return opener;
        return m;
    }

    // Whether `m`, no person, is a place or body a preposition brings in ("in Arklow", "at
    // Ahmadu Bello University") or the place after one ("in Arklow, Co Wicklow").
    bool place_phrase(const Mention& m, uint32_t unit_first) const {
        if (mentions_.names_person(m)) return false;
        if (place_link(m, unit_first) != kNone) return true;
        if (m.first < unit_first + 2 || !tokens_[m.first - 1].is(",")) return false;
        const Mention* before = mentions_.ending_at(m.first - 1);
        return before && !mentions_.names_person(*before) &&
               place_link(*before, unit_first) != kNone;
    }

    // The "(" that the ")" at `close` ends, within a few words; `close` if there is none.
    uint32_t opening_parenthesis(uint32_t close, uint32_t floor) const {
        for (uint32_t k = close; k > floor && close - k < 12;) {
            --k;
            if (tokens_[k].is("(")) return k;
        }
        return close;
    }

    // "said Unite regional officer Karen Doherty": a body's name, lowercase words and a role
    // before a person's name are that person's title. `role_first`: only when a role or title
    // stands right before the name (a sentence's subject, where a verb may come between).
    const Mention* person_after_body(const Mention& m, uint32_t unit,
                                     bool role_first = false) const {
        // ("Secretary-General of the Supreme Council of Antiquities Tarek Aal described …,
        // noting": a role of a body, then the name of who holds it.)
        if (m.form == MentionForm::descriptor && role_first && m.last + 1 < units_[unit].last &&
            (tokens_[m.last].is("of") || tokens_[m.last].is("at")))
            if (const Mention* body = mentions_.starting_at(m.last + 1);
                body && body->entity != UINT32_MAX &&
                mentions_.entities[body->entity].kind == EntityKind::organisation)
                if (const Mention* n = mentions_.starting_at(body->last);
                    n && n->form == MentionForm::name && mentions_.names_person(*n))
                    return n;
        if (m.form == MentionForm::descriptor || m.entity == UINT32_MAX ||
            mentions_.names_person(m))
            return &m;
        // ("Athletics Kenya (AK) president Lt Col (Rtd) Isaiah Koech congratulated the
        // athletes, saying": the body's letters and the titles' brackets too.)
        for (uint32_t k = m.last, looked = 0; looked < 8 && k < units_[unit].last; ++k, ++looked) {
            if (const Mention* n = mentions_.starting_at(k);
                n && n->form != MentionForm::descriptor && mentions_.names_person(*n)) {
                // (In a clause's subject, right after a role or title: not "Halvorsen sued Jane
                // Roe, saying".)
                if (const Token& before = tokens_[k - 1];
                    role_first && !before.is(")") &&
                    !before.has(word_class::title | word_class::role))
                    return &m;
                // ("Lt Col (Rtd) Isaiah Koech": a title read as a name before the bracket.)
                if (const uint32_t after = n->last; after + 3 < units_[unit].last &&
                                                    tokens_[after].is("(") &&
                                                    tokens_[after + 2].is(")"))
                    if (const Mention* named = mentions_.starting_at(after + 3);
                        named && named->form != MentionForm::descriptor &&
                        mentions_.names_person(*named))
                        return named;
                return n;
            }
            const Token& t = tokens_[k];
            if (t.is("(") && k + 2 < units_[unit].last && tokens_[k + 2].is(")") &&
                tokens_[k + 1].word) {
                k += 2;
                continue;
            }
            if (!t.outside() || t.has(word_class::cue_start) ||
                !(t.word && (!t.capitalised || t.has(word_class::title | word_class::role)) &&
                  (looked < 3 || t.has(word_class::title | word_class::role))))
                break;
        }
        return &m;
    }

    // Whether the subject at `first` follows "from" or "of" after a lower-case word for a thing,
    // nobody's role, a statement or a group: "evidence from other local authorities", "the cost
    // of the Games".
    bool thing_before(uint32_t first, uint32_t unit_first) const {
        // (Past a few lower-case words before it: "from other local authorities".)
        uint32_t link = first;
        while (link > unit_first + 1 && first - link < 4 && tokens_[link - 1].word &&
               tokens_[link - 1].outside() && !tokens_[link - 1].capitalised &&
               !tokens_[link - 1].is("from") && !tokens_[link - 1].is("of") &&
               !tokens_[link - 1].has(word_class::cue_start))
            --link;
        if (link <= unit_first + 1) return false;
        --link;
        if (!(tokens_[link].is("from") || tokens_[link].is("of"))) return false;
        if (mentions_.ending_at(link)) return false;
        const Token& thing = tokens_[link - 1];
        // (Not a place's word: "one farmer in the city of Nagaoka told NHK".)
        if (link >= unit_first + 3 && tokens_[link - 2].is("the") &&
            is_linking_preposition(tokens_[link - 3].lower))
            return false;
        return thing.word && thing.outside() && !thing.capitalised && !thing.possessive &&
               !thing.has(word_class::role | word_class::statement | word_class::relative |
                          word_class::determiner | word_class::generic_role) &&
               !(lexicon_.singular_classes_of(thing.lower) & word_class::role);
    }

    // "Jane Doe of Oxford University said", "Tom Reid of Peoria said": the person before "of"
    // speaks, not the place or body they are from.
    const Mention* person_of_place(const Mention& m, uint32_t unit_first) const {
        const uint32_t link = place_link(m, unit_first);
        if (link == kNone) return &m;
        const Mention* person = mentions_.ending_at(link);
        // ("Prof Siobhán Ní Fhloinn, of the university's Ryan Institute, who led the study,
        // said": "of" the body between commas, after the person.)
        if (!person && tokens_[link].is("of") && link > unit_first + 1 && tokens_[link - 1].is(","))
            person = mentions_.ending_at(link - 1);
        if (!person || person->possessive) return &m;
        // ("A farmer in San Isidro said", "a fisherman from Barangay San Pedro told the
        // Inquirer": someone of a role where they are, whatever the place's name looks like.)
        if ((tokens_[link].is("in") || tokens_[link].is("from")) &&
            person->form == MentionForm::descriptor &&
            tokens_[person->last - 1].has(word_class::role))
            return person;
        // ("Anja Schröder of the education union GEW in Berlin said": a person of the body in
        // the place; "Judge Harriet M. Colfax of the United States District Court for the
        // Western District of Missouri wrote": or of the body for its district.)
        if ((tokens_[link].is("in") || tokens_[link].is("for")) && !mentions_.names_person(*person))
            if (const Mention* owner = person_of_place(*person, unit_first);
                owner != person && mentions_.names_person(*owner))
                return owner;
        // ("the owner of a hardware store, who asked …, said": someone of a role, of a thing
        // described in lower case.)
        if (person->form == MentionForm::descriptor && m.form == MentionForm::descriptor &&
            tokens_[person->last - 1].has(word_class::role) &&
            !tokens_[m.last - 1].has(word_class::role) && m.entity == UINT32_MAX)
            return person;
        // ("The Health Ministry in Wadi Qaran said": a body in a place.)
        if (tokens_[link].is("in"))
            return person->entity != UINT32_MAX &&
                           mentions_.entities[person->entity].kind == EntityKind::organisation
                       ? person
                       : &m;
        return mentions_.names_person(*person) ? person : &m;
    }

    // The role word right before "of", "in", "from" or "at" and the place `m` ("Residents of
    // Little Brook", "farmers in the Ain department"); kNone when there is none.
    uint32_t role_of_place(const Mention& m, uint32_t unit_first) const {
        const uint32_t link = place_link(m, unit_first);
        if (link == kNone) return kNone;
        const Token& people = tokens_[link - 1];
        if (!people.word || !people.outside()) return kNone;
        // A plural ("Residents of Little Brook"), whatever the place looks like; a singular
        // only before what is no person ("the son of John Smith" is Smith's son, but he is
        // read as a descriptor).
        if (lexicon_.singular_classes_of(people.lower) & word_class::role) return link - 1;
        return !mentions_.names_person(m) && (people.classes & word_class::role) ? link - 1 : kNone;
    }

    // The "of", "in", "from" or "at" before the place `m` (and its "the"), with a word before it
    // in the unit; kNone when there is none.
    uint32_t place_link(const Mention& m, uint32_t unit_first) const {
        uint32_t k = m.first;
        // ("Civic activist Anjali Rao of the citizens' group Namma Kere Forum": what kind of
        // body, in lower case, between.)
        uint32_t kind = k;
        while (kind > unit_first + 2 && m.first - kind < 4 && tokens_[kind - 1].outside() &&
               ((tokens_[kind - 1].word && !tokens_[kind - 1].capitalised &&
                 !tokens_[kind - 1].is("the") && !is_linking_preposition(tokens_[kind - 1].lower) &&
                 !tokens_[kind - 1].has(word_class::cue_start)) ||
                tokens_[kind - 1].is("'") || tokens_[kind - 1].is("\u2019")))
            --kind;
        if (kind < k && tokens_[kind - 1].is("the")) k = kind;
        if (k > unit_first && tokens_[k - 1].is("the")) --k;
        if (k < unit_first + 2) return kNone;
        const Token& link = tokens_[k - 1];
        return link.is("of") || link.is("in") || link.is("from") || link.is("at") || link.is("for")
                   ? k - 1
                   : kNone;
    }

    // The first token of "close to", "loyal to", "familiar with" or "(with) knowledge of" when
    // those words end right before `k`; kNone otherwise.
    uint32_t closeness_before(uint32_t k, uint32_t unit_first) const {
        if (k < unit_first + 3) return kNone;
        const Token& link = tokens_[k - 1];
        const Token& word = tokens_[k - 2];
        if ((link.is("to") && (word.is("close") || word.is("loyal") || word.is("near"))) ||
            (link.is("with") && word.is("familiar")))
            return k - 2;
        if (link.is("of") && word.is("knowledge"))
            return k >= unit_first + 4 && tokens_[k - 3].is("with") ? k - 3 : k - 2;
        return kNone;
    }

    // "A source close to the minister said": the one described, not whom they are close to;
    // `m` when it follows no such words.
    const Mention* close_to_whom(const Mention& m, uint32_t unit_first) const {
        uint32_t k = m.first;
        if (k > unit_first && tokens_[k - 1].is("the")) --k;
        const uint32_t phrase = closeness_before(k, unit_first);
        if (phrase == kNone) return &m;
        const Mention* described = mentions_.ending_at(phrase);
        return described && described->first >= unit_first ? described : &m;
    }

    // "A person familiar with the talks said", "an official with knowledge of the plan said":
    // the one described before a few words of what they know, which name no one (no mention
    // ends at `end`: the caller has asked); nullptr when the words before the cue at `end` are
    // not so.
    const Mention* described_before_object(uint32_t end, uint32_t unit_first) const {
        for (uint32_t k = end; k > unit_first && end - k < 5; --k) {
            if (!tokens_[k - 1].word || !tokens_[k - 1].outside()) return nullptr;
            if (const uint32_t phrase = closeness_before(k, unit_first); phrase != kNone) {
                const Mention* described = mentions_.ending_at(phrase);
                return described && described->first >= unit_first &&
                               (described->form == MentionForm::descriptor ||
                                mentions_.names_person(*described))
                           ? described
                           : nullptr;
            }
        }
        return nullptr;
    }

    // Whether `m` is an outlet a preposition brings in: "Writing in the Times, Gareth Penhaligon
    // gave it two stars, complaining that …" (the clause's subject comes after it).
    bool in_outlet(const Mention& m) const {
        if (m.entity == UINT32_MAX || mentions_.entities[m.entity].kind != EntityKind::outlet)
            return false;
        uint32_t k = m.first;
        if (k > 0 && tokens_[k - 1].is("the")) --k;
        return k > 0 && (tokens_[k - 1].is("in") || tokens_[k - 1].is("for") ||
                         tokens_[k - 1].is("on") || tokens_[k - 1].is("to"));
    }

    // The token after the latest ", but", ", while" or ", whereas" in [from, before), the
    // clause it opens; kNone when there is none.
    uint32_t contrast_start(uint32_t before, uint32_t from) const {
        for (uint32_t k = before; k-- > from + 1;)
            if (tokens_[k].outside() && tokens_[k - 1].is(",") &&
                (tokens_[k].is("but") || tokens_[k].is("while") || tokens_[k].is("whereas")))
                return k + 1;
        return kNone;
    }

    // "The minister defended the plan, saying that ...": a participle's subject is the clause's.
    bool clause_subject(CueHit& hit, const std::string& cue_text) {
        uint32_t from = std::max(units_[hit.unit].first,
                                 hit.first > kClauseTokens ? hit.first - kClauseTokens : 0);
        // (The clause after "but" or "while" is the participle's: see contrast_start.)
        if (const uint32_t contrast = contrast_start(hit.first, from); contrast != kNone)
            from = contrast;
        from = std::min(from, hit.first);
        for (uint32_t k = from; k < hit.first; ++k) {
            const Token& t = tokens_[k];
            if (!t.outside()) continue;
            if (is_pronoun(t) && (k == from || !tokens_[k - 1].word)) {
                hit.speaker = pronoun_speaker(k);
                return true;
            }
            if (const Mention* m = mentions_.starting_at(k);
                m && m->subject && !m->possessive && !dateline(*m) && !in_outlet(*m)) {
                take_subject(hit,
                             *with_apposition(*person_after_body(*m, hit.unit, true), hit.unit),
                             cue_text);
                return true;
            }
        }
        return false;
    }

    // "MOSCOW, March 3 (Reuters) -", "SPRINGFIELD —": a place in capitals that opens a
    // paragraph, set off by a comma or a dash; no subject of the sentence after it.
    bool dateline(const Mention& m) const { return is_dateline(text_, tokens_, m); }

    // "said one resident, Mary Cole", "The UN envoy, Lisa Moreau, was quoted as saying": the
    // name in apposition says more than the role.
    // ("a food writer from Dallas named Colleen Ashby": so does a name after "named".)
    const Mention* with_apposition(const Mention& m, uint32_t unit) const {
        if (m.form == MentionForm::descriptor && m.last + 1 < units_[unit].last &&
            tokens_[m.last].is(","))
            if (const Mention* n = mentions_.starting_at(m.last + 1);
                n && n->form != MentionForm::descriptor)
                return n;
        // ("said the DA's spokesperson on health, Dr Michele Clarke-Pieterse": what the role is
        // on, then the name.)
        if (m.form == MentionForm::descriptor && m.last + 3 < units_[unit].last &&
            (tokens_[m.last].is("on") || tokens_[m.last].is("for"))) {
            uint32_t k = m.last + 1;
            while (k < m.last + 4 && k < units_[unit].last && tokens_[k].word &&
                   tokens_[k].outside())
                ++k;
            if (k + 1 < units_[unit].last && tokens_[k].is(","))
                if (const Mention* n = mentions_.starting_at(k + 1);
                    n && n->form != MentionForm::descriptor && mentions_.names_person(*n))
                    return n;
        }
        if (m.form == MentionForm::descriptor)
            for (uint32_t k = m.last; k < m.last + 4 && k + 1 < units_[unit].last; ++k) {
                const Token& t = tokens_[k];
                if (!t.word || !t.outside()) break;
                if (!t.is("named") && !t.is("surnamed")) continue;
                if (const Mention* n = mentions_.starting_at(k + 1);
                    n && n->form != MentionForm::descriptor && mentions_.names_person(*n))
                    return n;
                break;
            }
        return &m;
    }

    SourceRef source_from(const Mention& m, const std::string& cue_text) const {
        return {mentions_.entities[m.entity].name, m.span, cue_text};
    }

    // The person named before "and his team", "and her colleagues" when `m` is that team;
    // else `m`.
    const Mention& leader_of_team(const Mention& m) const {
        if (m.form != MentionForm::descriptor || m.first < 2 || !tokens_[m.first - 1].is("and") ||
            !(tokens_[m.first].is("his") || tokens_[m.first].is("her") ||
              tokens_[m.first].is("their")))
            return m;
        const Mention* leader = mentions_.ending_at(m.first - 1);
        return leader && !leader->possessive && mentions_.names_person(*leader) ? *leader : m;
    }

    // "“…,” said Mark Zandi, an economist. He added …": the speaker after an inverted cue is
    // the subject of its clause, so a later pronoun may point back to it.
    void count_as_subject(const Mention& m) {
        mentions_.mentions[static_cast<size_t>(&m - mentions_.mentions.data())].subject = true;
    }

    void take_subject(CueHit& hit, const Mention& given, const std::string& cue_text) {
        // ("Dr Qureshi and his team said": the one named, who leads them.)
        const Mention& m = leader_of_team(given);
        // ("The New York Times called the book “a luminous debut”", "what Xinhua hailed as a
        // “milestone”": an outlet that judges something in its own words says them.)
        static const WordList kJudging = {"call",      "describe", "praise",  "hail",
                                          "brand",     "denounce", "commend", "condemn",
                                          "criticise", "liken",    "dismiss", "rave"};
        if (m.entity != UINT32_MAX && mentions_.entities[m.entity].kind == EntityKind::outlet &&
            hit.form && kJudging.contains(hit.form->lemma)) {
            hit.speaker = speaker_from(m);
            count_as_subject(m);
            return;
        }
        if (m.entity != UINT32_MAX && mentions_.entities[m.entity].kind == EntityKind::outlet) {
            hit.sources.push_back(source_from(m, cue_text));
            // "Reuters reported that President Anselm Drago had … “reaffirmed …”": the person
            // the outlet reports on speaks, through it.
            if (hit.form && hit.form->kind == CueKind::report && hit.last + 1 < tokens_.size() &&
                tokens_[hit.last].is("that"))
                hit.speaker = reported_person(hit.last + 1, static_cast<uint32_t>(tokens_.size()));
            return;
        }
        hit.speaker = speaker_from(m);
        // "One of the victims, retired teacher Helen Ortiz, said ... “…,” she said": whoever
        // speaks is the subject of the clause, so a later pronoun may point back to them (not
        // "according to X": X is no subject).
        if (!hit.form || hit.form->kind != CueKind::according) count_as_subject(m);
    }

    // The mentions from the first that starts at token `first` or after (end() if none).
    std::vector<Mention>::const_iterator mentions_before(uint32_t first) const {
        const auto& all = mentions_.mentions;
        return std::lower_bound(all.begin(), all.end(), first,
                                [](const Mention& x, uint32_t t) { return x.first < t; });
    }

    // The body a bare "a spokesperson" (no body named in it or after it) speaks for: the latest
    // organisation that opened a clause in its paragraph or the one before; UINT32_MAX if none.
    uint32_t body_of_bare_spokesperson(const Mention& m) const {
        if (!is_spokes_word(tokens_[m.last - 1]) ||
            !(tokens_[m.first].is("a") || tokens_[m.first].is("an")))
            return UINT32_MAX;
        if (m.last == m.first + 3) return body_before_spokesperson(m);
        if (m.last != m.first + 2) return UINT32_MAX;
        if (m.last < tokens_.size() &&
            (tokens_[m.last].is("for") || tokens_[m.last].is("of") || tokens_[m.last].is("at")))
            return UINT32_MAX;
        const uint32_t paragraph = tokens_[m.first].paragraph;
        auto it = mentions_before(m.first);
        for (size_t looked = 0; it != mentions_.mentions.begin() && looked < 16; ++looked) {
            const Mention& before = *--it;
            if (tokens_[before.first].paragraph + 1 < paragraph) break;
            if (before.entity == UINT32_MAX || !before.subject || before.possessive) continue;
            const Entity& entity = mentions_.entities[before.entity];
            if (entity.kind == EntityKind::person) return UINT32_MAX;
            if (entity.kind == EntityKind::organisation) return before.entity;
        }
        return UINT32_MAX;
    }

    // The body a word before "spokesperson" names, the latest one named before: "a Harwick
    // spokesperson" after "Harwick Pictures" (the first word of its name), "a council
    // spokesperson" after "Shropshire Council" (the last); UINT32_MAX if none.
    uint32_t body_before_spokesperson(const Mention& m) const {
        const Token& word = tokens_[m.first + 1];
        if (!word.word || word.possessive) return UINT32_MAX;
        auto it = mentions_before(m.first);
        for (size_t looked = 0; it != mentions_.mentions.begin() && looked < 64; ++looked) {
            const Mention& before = *--it;
            if (before.entity == UINT32_MAX) continue;
            const Entity& entity = mentions_.entities[before.entity];
            if (entity.kind != EntityKind::organisation) continue;
            const std::string name = lowercase_ascii(entity.name);
            const std::string_view w = word.lower;
            if (word.capitalised
                    ? name.starts_with(w) && name.size() > w.size() && name[w.size()] == ' '
                    : name.ends_with(w) && name.size() > w.size() &&
                          name[name.size() - w.size() - 1] == ' ')
                return before.entity;
        }
        return UINT32_MAX;
    }

    // "The spokesperson added": the spokesperson of the latest descriptor of one named in the
    // paragraph or the two before ("A spokesperson for Grey Heron Productions said"), as it
    // was named; empty if none.
    std::string spokesperson_again(const Mention& m) const {
        if (m.last != m.first + 2 || !tokens_[m.first].is("the") ||
            !is_spokes_word(tokens_[m.last - 1]))
            return {};
        const uint32_t paragraph = tokens_[m.first].paragraph;
        auto it = mentions_before(m.first);
        for (size_t looked = 0; it != mentions_.mentions.begin() && looked < 32; ++looked) {
            const Mention& before = *--it;
            if (tokens_[before.first].paragraph + 2 < paragraph) break;
            if (before.entity != UINT32_MAX || before.form != MentionForm::descriptor) continue;
            if (before.last > before.first + 2 &&
                std::any_of(tokens_.begin() + before.first, tokens_.begin() + before.last,
                            [](const Token& t) { return is_spokes_word(t); }))
                return speaker_from(before).name;
        }
        return {};
    }

    // "the Egyptian statement said", "the Azerbaijani readout said": a nationality before a
    // statement's word stands for the body of that nation named before ("the Egyptian Foreign
    // Ministry", "The Azerbaijani presidential press service"), the mention that named it;
    // nullptr when none did.
    const Mention* body_of_nationality(const Mention& m) const {
        auto it = mentions_before(m.first);
        const std::string_view nation = tokens_[m.first].lower;
        for (size_t looked = 0; it != mentions_.mentions.begin() && looked < 64; ++looked) {
            const Mention& before = *--it;
            if (before.last - before.first < 2 || before.possessive) continue;
            const bool body =
                before.entity == UINT32_MAX
                    ? before.form == MentionForm::descriptor &&
                          tokens_[before.last - 1].has(word_class::organisation)
                    : mentions_.entities[before.entity].kind == EntityKind::organisation;
            if (body && std::any_of(tokens_.begin() + before.first, tokens_.begin() + before.last,
                                    [&](const Token& t) { return t.lower == nation; }))
                return &before;
        }
        return nullptr;
    }

    Speaker speaker_from(const Mention& m) const {
        if (m.last == m.first + 1 && m.form == MentionForm::name &&
            tokens_[m.first].has(word_class::epithet) && m.last < tokens_.size() &&
            tokens_[m.last].has(word_class::statement))
            if (const Mention* body = body_of_nationality(m); body && body != &m) {
                Speaker speaker = speaker_from(*body);
                speaker.mention = m.span;
                return speaker;
            }
        Speaker speaker;
        speaker.mention = m.span;
        if (m.entity == UINT32_MAX) {
            speaker.name = m.text;
            // ("The planning officer's report concluded": the officer, without the "'s".)
            if (const Token& last = tokens_[m.last - 1];
                m.possessive && last.possessive && speaker.name.ends_with(last.span.in(text_)))
                speaker.name.resize(speaker.name.size() - last.suffix_bytes());
            // ("The Environment Agency said the areas had protected 4,700 homes. ¶ A
            // spokesperson said: “…”": a spokesperson of no body named is the spokesperson of
            // the body the paragraph or the one before had speak or act.)
            if (const uint32_t body = body_of_bare_spokesperson(m); body != UINT32_MAX)
                speaker.name =
                    mentions_.entities[body].name + " " + std::string(tokens_[m.last - 1].lower);
            else if (std::string again = spokesperson_again(m); !again.empty())
                speaker.name = std::move(again);
            speaker.resolution = Resolution::descriptor;
            return speaker;
        }
        const Entity& entity = mentions_.entities[m.entity];
        speaker.name = entity.name;
        speaker.organisation = entity.kind == EntityKind::organisation;
        speaker.resolution = m.form == MentionForm::alias        ? Resolution::alias
                             : m.form == MentionForm::descriptor ? Resolution::descriptor
                                                                 : Resolution::name;
        // ("Officials, however, said": a people's plural role, capitalised where it opens the
        // sentence, read as a name, is those people, as "officials said" is.)
        if (m.form == MentionForm::name && m.last == m.first + 1 &&
            entity.kind != EntityKind::person && !tokens_[m.first].possessive) {
            const Token& t = tokens_[m.first];
            const uint32_t classes = t.classes | lexicon_.singular_classes_of(t.lower);
            // (Not letters: "MCAs", "MPs" keep their capitals.)
            const std::string_view written = t.span.in(text_);
            if (plural_word(t.lower) &&
                std::none_of(written.begin() + 1, written.end(),
                             [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                (classes & word_class::role) && !(classes & word_class::organisation)) {
                speaker.name = people_of_role(m.first);
                speaker.resolution = Resolution::descriptor;
                speaker.organisation = false;
            }
        }
        return speaker;
    }

    std::optional<Speaker> pronoun_speaker(uint32_t token) const {
        const Token& t = tokens_[token];
        return pronoun_speaker(token, t.has(word_class::person_pronoun), pronoun_gender(t));
    }

    // The gender a personal pronoun tells: "he" and "him" a man's, "she" and "her" a woman's.
    static Gender pronoun_gender(const Token& t) {
        return t.is("he") || t.is("him")    ? Gender::male
               : t.is("she") || t.is("her") ? Gender::female
                                            : Gender::unknown;
    }

    // Whom the pronoun at `token` means, when it is a person's (`person`) of `gender`, or a
    // group's or organisation's.
    std::optional<Speaker> pronoun_speaker(uint32_t token, bool person, Gender gender) const {
        const Token& t = tokens_[token];
        // ("“Do you regret it?” I asked": the writer the byline names, in the writer's words.)
        if (t.is("i")) {
            if (!t.outside() || mentions_.writer.empty()) return std::nullopt;
            Speaker speaker;
            speaker.name = mentions_.writer;
            speaker.mention = t.span;
            speaker.resolution = Resolution::pronoun;
            return speaker;
        }
        const Mention* antecedent = mentions_.antecedent(tokens_, token, person, gender);
        // "She told Variety that Strand had cast her. “…,” she said", "Mrs Marsh said a
        // consultant had told her …": someone named inside what a "she" said is not the next
        // "she"; that one goes on.
        if (person && gender != Gender::unknown && antecedent && antecedent->first > 0)
            if (std::optional<Speaker> reporter = pronoun_reporter(*antecedent, t.lower, gender)) {
                reporter->mention = t.span;
                return reporter;
            }
        // "Passengers said they were stranded. “…,” they said": a group named by its plural
        // after the last organisation.
        if (t.is("they") || t.is("them"))
            if (const uint32_t group = plural_group_before(token, antecedent); group != kNone) {
                Speaker speaker;
                speaker.name = people_of_role(group);
                speaker.mention = t.span;
                speaker.resolution = Resolution::pronoun;
                return speaker;
            }
        if (!antecedent) return std::nullopt;
        Speaker speaker;
        if (antecedent->entity == UINT32_MAX) {
            // Only a person's role or occupation: "a ministry spokesman" is one, "the ministry"
            // is not; "they" may mean one unnamed person, "an emergency medicine consultant
            // at the trust".
            // ("A resident of Mabvuku, who declined to be named, said …. ¶ “…,” she said": a
            // role, then where its holder is, one place's name.)
            // ("A spokesman for the University of Galway said …. He added": or its head, the
            // role before the first preposition that links it to a place or a body.)
            const uint32_t last = antecedent->last - 1;
            uint32_t head = antecedent->first;
            while (head < last && !is_linking_preposition(tokens_[head + 1].lower)) ++head;
            // ("the manager of a cafe said …. ¶ “…,” she said": or what it is of in lower case.)
            const bool role = tokens_[last].has(word_class::role) ||
                              (person && head < last && tokens_[head].has(word_class::role) &&
                               !tokens_[head].capitalised);
            const bool one_person =
                !person && std::any_of(tokens_.begin() + antecedent->first + 1,
                                       tokens_.begin() + antecedent->last,
                                       [](const Token& w) { return w.has(word_class::role); });
            if (!role && !one_person) return std::nullopt;
            speaker.name = antecedent->text;
            speaker.organisation = false;
        } else {
            speaker.name = mentions_.entities[antecedent->entity].name;
            speaker.organisation = !person;
        }
        speaker.mention = t.span;
        speaker.resolution = Resolution::pronoun;
        return speaker;
    }

    // The speaker of a cue whose report `m` opens ("She told Variety that Strand …", "Mrs
    // Marsh said a consultant …"), when that subject is the pronoun `pronoun` or a person who
    // may be of `gender`.
    std::optional<Speaker> pronoun_reporter(const Mention& m, std::string_view pronoun,
                                            Gender gender) const {
        const bool after_that = tokens_[m.first - 1].is("that");
        const uint32_t unit = unit_of_[m.first];
        for (const CueHit& hit : hits_in_unit(unit)) {
            if (hit.last > m.first) break;
            if (!hit.speaker || hit.start >= hit.first) continue;
            // (Only right after the cue, or after "that"; the cue's own subject is no report.)
            if (!after_that && hit.end != m.first) continue;
            if (hit.speaker->resolution == Resolution::pronoun &&
                tokens_[hit.start].lower == pronoun)
                return hit.speaker;
            if (const Mention* subject = mentions_.starting_at(hit.start);
                subject && subject != &m && mentions_.names_person(*subject) &&
                (mentions_.entities[subject->entity].gender == gender ||
                 mentions_.entities[subject->entity].gender == Gender::unknown)) {
                std::optional<Speaker> speaker = speaker_from(*subject);
                speaker->resolution = Resolution::pronoun;
                return speaker;
            }
        }
        return std::nullopt;
    }

    // The latest plural role opening a sentence ("Passengers", "Many residents") in this
    // paragraph or the one before, after the mention `after` (if any).
    uint32_t plural_group_before(uint32_t token, const Mention* after) const {
        const uint32_t paragraph = tokens_[token].paragraph;
        const uint32_t floor = after ? after->last : 0;
        for (uint32_t u = unit_of_[token] + 1; u-- > 0;) {
            const Unit& unit = units_[u];
            if (unit.first < floor || tokens_[unit.first].paragraph + 1 < paragraph) break;
            uint32_t k = unit.first;
            if (k < unit.last && tokens_[k].has(word_class::determiner)) ++k;
            if (k >= unit.last || k >= token || !tokens_[k].word || !tokens_[k].outside()) continue;
            const std::string_view word = tokens_[k].lower;
            if (word.size() > 3 && (lexicon_.singular_classes_of(word) & word_class::role))
                return k;
        }
        return kNone;
    }

    // ---- sources ---------------------------------------------------------------------------

    bool phrase_before(const std::vector<Phrase>& phrases, uint32_t end,
                       uint32_t unit_first) const {
        for (const Phrase& phrase : phrases) {
            if (end < unit_first + phrase.size()) continue;
            bool all = true;
            for (size_t k = 0; k < phrase.size() && all; ++k) {
                const Token& t = tokens_[end - phrase.size() + k];
                all = t.outside() && t.lower == phrase[k];
            }
            if (all) return true;
        }
        return false;
    }

    // "told Sputnik", "in an interview with TASS", "Haaretz reported", "quoted by Reuters".
    void find_outlet_sources() {
        unit_sources_.assign(units_.size(), {});
        for (const CueHit& hit : hits_)
            for (const SourceRef& source : hit.sources) add_unit_source(hit.unit, source);
        for (const Mention& m : mentions_.mentions) {
            if (m.entity == UINT32_MAX || mentions_.entities[m.entity].kind != EntityKind::outlet)
                continue;
            const uint32_t unit = unit_of_[m.first];
            uint32_t first = m.first;
            if (first > units_[unit].first && tokens_[first - 1].is("the")) --first;
            std::string cue;
            if (first > units_[unit].first) {
                if (const std::vector<Phrase>* phrases =
                        tokens_[first - 1].has(word_class::outlet_cue_end)
                            ? lexicon_.outlet_cues_before_table.find(tokens_[first - 1].lower)
                            : nullptr) {
                    for (const Phrase& phrase : *phrases)
                        if (phrase_before({phrase}, first, units_[unit].first)) {
                            cue = join(phrase);
                            break;
                        }
                }
            }
            if (cue.empty() && m.last < units_[unit].last) {
                if (const std::vector<Phrase>* phrases =
                        tokens_[m.last].has(word_class::outlet_cue_start)
                            ? lexicon_.outlet_cues_after_table.find(tokens_[m.last].lower)
                            : nullptr) {
                    for (const Phrase& phrase : *phrases) {
                        bool all = m.last + phrase.size() <= units_[unit].last;
                        for (size_t k = 0; k < phrase.size() && all; ++k)
                            all = tokens_[m.last + k].outside() &&
                                  tokens_[m.last + k].lower == phrase[k];
                        if (all) {
                            cue = join(phrase);
                            break;
                        }
                    }
                }
            }
            if (cue.empty()) continue;
            const SourceRef source{mentions_.entities[m.entity].name, m.span, cue};
            add_unit_source(unit, source);
            // "told The Associated Press" with no speaker found carries to nobody: it is one
            // person's interview, not the article's source.
            // ("The ministry said companies would be fined, according to state news agency
            // Wam", "In remarks carried by Wam, Mohsen Al Nuaimi said": someone the sentence
            // names speaking through it, that person's later quotes only.)
            if (covers_article(cue)) {
                std::optional<std::string> speaker = cue == "according to" || cue == "carried by"
                                                         ? speaker_of_unit(unit, false)
                                                         : std::nullopt;
                carried_.push_back({unit, source, std::move(speaker)});
            } else if (std::optional<std::string> speaker = speaker_of_unit(unit)) {
                carried_.push_back({unit, source, std::move(speaker)});
            }
        }
        std::sort(carried_.begin(), carried_.end(),
                  [](const Carried& a, const Carried& b) { return a.unit < b.unit; });
    }

    // "Haaretz reported", "according to AFP" vouch for the article; "told Sputnik" for one speaker,
    // and "writing in the Times" for one critic or columnist.
    static bool covers_article(const std::string& cue) {
        for (std::string_view personal :
             {"told", "tell", "interview", "speaking", "talk", "spoke", "said to", "comments to",
              "remarks to", "email to", "statement to", "quoted", "cited", "writ", "wrote",
              "column", "op-ed", "essay", "review"})
            if (cue.find(personal) != std::string::npos) return false;
        // ("in a text message to the Inquirer", "in a letter to": what one sends someone.)
        return !((cue.ends_with(" to") || cue.ends_with(" with")) && cue != "according to");
    }

    // Who talked to the outlet: the speaker of a cue in the unit, else (`about`) the person the
    // sentence is about ("Dunmore faced questions in an interview with the BBC").
    std::optional<std::string> speaker_of_unit(uint32_t unit, bool about = true) const {
        size_t looked = 0;
        for (const CueHit& hit : hits_in_unit(unit)) {
            if (hit.speaker) return hit.speaker->name;
            if (++looked == kNearbyHits) break;
        }
        if (!about) return std::nullopt;
        if (const Mention* m = mentions_.last_subject_person(units_[unit].last, units_[unit].first))
            return mentions_.entities[m->entity].name;
        return std::nullopt;
    }

    static std::string join(const Phrase& phrase) {
        std::string out;
        for (const std::string& word : phrase) out += (out.empty() ? "" : " ") + word;
        return out;
    }

    void add_unit_source(uint32_t unit, const SourceRef& source) {
        auto& list = unit_sources_[unit];
        for (const SourceRef& known : list)
            if (known.name == source.name) return;
        list.push_back(source);
    }

    // A source named once ("…, Haaretz reported") covers the quotes that follow it; one a person
    // talked to ("told Sputnik") covers only that person's later quotes, until they talk to
    // another.
    void carry_sources() {
        std::vector<SourceRef> whole_article;  // first mention of each
        // By speaker: each source with the unit whose cue gave it.
        std::unordered_map<std::string, std::vector<std::pair<SourceRef, uint32_t>>> personal;
        size_t next = 0;
        for (uint32_t q = 0; q < quotes_.size(); ++q) {
            if (quote_first_[q] == kNone) continue;
            const uint32_t unit = unit_of_[quote_first_[q]];
            for (; next < carried_.size() && carried_[next].unit < unit; ++next) {
                const Carried& carried = carried_[next];
                auto same_name = [&](const SourceRef& s) { return s.name == carried.source.name; };
                if (!carried.speaker) {
                    if (std::none_of(whole_article.begin(), whole_article.end(), same_name))
                        whole_article.push_back(carried.source);
                    continue;
                }
                // (The latest outlet they talked to: after "told CNN" … "told the Guardian", a
                // later quote of theirs is no longer CNN's too.)
                auto& list = personal[*carried.speaker];
                if (std::none_of(list.begin(), list.end(),
                                 [&](const auto& entry) { return same_name(entry.first); })) {
                    list.clear();
                    list.emplace_back(carried.source, carried.unit);
                }
            }
            Attribution& attribution = analysis_.attributions[q];
            if (!attribution.speaker || !attribution.sources.empty()) continue;
            attribution.sources = whole_article;
            // "Haddad later told reporters": told someone else this time, not the outlet of an
            // earlier interview; the second half of a quote told to CNN keeps CNN (its cue is
            // the one that named the outlet).
            const std::optional<Cue>& cue = attribution.cue;
            const uint32_t told_in = cue && cue->lemma == "tell" ? unit_at(cue->span.start) : kNone;
            if (auto it = personal.find(attribution.speaker->name); it != personal.end())
                // Not a structured binding: clang 14 (the fuzz preset) cannot capture one in a
                // lambda.
                for (const auto& carried : it->second) {
                    const SourceRef& source = carried.first;
                    if ((told_in == kNone || told_in == carried.second) &&
                        std::none_of(attribution.sources.begin(), attribution.sources.end(),
                                     [&](const SourceRef& s) { return s.name == source.name; }))
                        attribution.sources.push_back(source);
                }
        }
    }

    // The first token that starts at `offset` or after; kNone past the last.
    uint32_t token_at(uint32_t offset) const {
        const auto it =
            std::lower_bound(tokens_.begin(), tokens_.end(), offset,
                             [](const Token& t, uint32_t o) { return t.span.start < o; });
        return it == tokens_.end() ? kNone : static_cast<uint32_t>(it - tokens_.begin());
    }

    // The unit of the token that starts at `offset` (a cue's first word).
    uint32_t unit_at(uint32_t offset) const {
        const uint32_t token = token_at(offset);
        return token == kNone ? kNone : unit_of_[token];
    }

    // ---- quotes ----------------------------------------------------------------------------

    // Hits are in token order, so those of one unit or paragraph are a contiguous range.
    std::span<const CueHit> hits_in_unit(uint32_t unit) const {
        auto first = std::lower_bound(hits_.begin(), hits_.end(), unit,
                                      [](const CueHit& h, uint32_t u) { return h.unit < u; });
        auto last = std::upper_bound(first, hits_.end(), unit,
                                     [](uint32_t u, const CueHit& h) { return u < h.unit; });
        return {first, last};
    }

    // The last cue of `hits` whose speaker may also be a later quote's.
    // ("“…,” Guidry told jurors, according to a court transcript. “Nobody ever wrote me back.”":
    // not an "according to" of a record after someone's cue, which tells where their words come
    // from.)
    const CueHit* last_with_speaker(std::span<const CueHit> hits) const {
        for (size_t i = hits.size(), looked = 0; i-- > 0 && looked < kNearbyHits; ++looked) {
            if (!hits[i].speaker || !hits[i].form->introduces) continue;
            if (i > 0 && hits[i].form->kind == CueKind::according && record_after(hits[i]) &&
                hits[i - 1].speaker && hits[i - 1].form->kind != CueKind::according &&
                hits[i].first <= hits[i - 1].last + 3)
                continue;
            // ("Mr Munro said his mother asks the same question every visit. ¶ “…”": a cue
            // inside what another reported is no speaker of the next quote; the reporter is.)
            if (i > 0 && hits[i - 1].speaker && hits[i - 1].form->introduces &&
                hits[i].unit == hits[i - 1].unit && hits[i].start >= hits[i - 1].last &&
                hits[i].start <= hits[i - 1].end + 1)
                continue;
            return &hits[i];
        }
        return nullptr;
    }

    // Whether a statement's word (a transcript, a filing) is the object of the "according to"
    // `hit`, at most one word before it: "according to a court transcript".
    bool record_after(const CueHit& hit) const {
        for (uint32_t k = hit.last; k < hit.last + 3 && k < tokens_.size(); ++k) {
            if (!tokens_[k].word || !tokens_[k].outside()) return false;
            if (tokens_[k].has(word_class::statement)) return true;
        }
        return false;
    }

    std::span<const CueHit> hits_in_paragraph(uint32_t paragraph) const {
        auto in = [&](const CueHit& h) { return tokens_[h.first].paragraph; };
        auto first = std::lower_bound(hits_.begin(), hits_.end(), paragraph,
                                      [&](const CueHit& h, uint32_t p) { return in(h) < p; });
        auto last = std::upper_bound(first, hits_.end(), paragraph,
                                     [&](uint32_t p, const CueHit& h) { return p < in(h); });
        return {first, last};
    }

    // Whether a cue with a speaker ends before token `first`, past only cues with none ("such
    // claims") from `after` back.
    static bool spoken_to_before(std::span<const CueHit> hits,
                                 std::span<const CueHit>::iterator after, uint32_t first) {
        for (auto it = after; it != hits.begin();) {
            --it;
            if (it->last > first) continue;
            if (it->speaker) return true;
        }
        return false;
    }

    // The cue that governs quote `q` within its own unit, if any.
    const CueHit* governing_hit(uint32_t q, bool with_speaker = true) const {
        const uint32_t first = quote_first_[q];
        const uint32_t last = quote_last_[q];
        const uint32_t unit = unit_of_[first];
        const std::span<const CueHit> hits = hits_in_unit(unit);
        const auto after =
            std::lower_bound(hits.begin(), hits.end(), last,
                             [](const CueHit& h, uint32_t t) { return h.first < t; });
        // After the quote, before the next quote in the unit: "…,” said Putin / “…,” he added.
        // (Past a nickname inside a name: "“…,” the commander of the 80th “Edom” Division, Brig.
        // Gen. Yoav Ben-Haim, told reporters".)
        uint32_t next_quote = last;
        while (next_quote < units_[unit].last &&
               (tokens_[next_quote].outside() || inside_name(tokens_[next_quote].quote)))
            ++next_quote;
        // ("with Whitaker calling the plan a “fantasy” and Alvarez accusing him": a cue whose
        // subject "and", "but" or "while" opens is another clause's; not "… and a delegation
        // will go to Moscow, the minister said", where the cue ends the sentence.)
        // ("…,” while the United Ubuntu Party's Mandla Zwane described …": "while", "whereas"
        // and ";" anywhere between.)
        auto another_clause = [&](const CueHit& hit) {
            // (Not "and" between two roles: "“…,” chief executive and managing director
            // Srinivas Raghavan told reporters".)
            const auto role = [&](uint32_t at) {
                return tokens_[at].word && tokens_[at].has(word_class::role | word_class::title);
            };
            for (uint32_t k = last; k < hit.start; ++k) {
                const Token& t = tokens_[k];
                if (!t.outside()) continue;
                // ("…, even as the Congress accused the government of …": "even as" too.)
                if (t.is("while") || t.is("whereas") || t.is("whilst") || t.is(";") ||
                    (t.is("as") && k > last && tokens_[k - 1].is("even")))
                    return true;
                // ("said that voting had proceeded “…” and that all 11 districts had reported
                // results": a second clause of what the one before the quote said.)
                if (t.is("and") && k + 1 < hit.start && tokens_[k + 1].is("that")) return true;
                if (k + 2 >= hit.start && (t.is("and") || t.is("but")) &&
                    !(t.is("and") && k > last && role(k - 1) && k + 2 < hit.last &&
                      (role(k + 1) || role(k + 2))))
                    return true;
            }
            return false;
        };
        // ("said the exchange was “sadly typical” of what her members reported": a cue in a
        // clause that "what" or "which" opens tells what was said about, not who said it.)
        auto embedded = [&](const CueHit& hit) {
            for (uint32_t k = std::max(last, hit.start > 3 ? hit.start - 3 : 0); k < hit.start; ++k)
                if (tokens_[k].outside() && (tokens_[k].is("what") || tokens_[k].is("which")))
                    return true;
            return false;
        };
        size_t looked = 0;
        // (Not one whose subject came before the quote, "X, in a statement, described it as
        // “…”, adding that …": the cue before the quote is that one's.)
        // ("The Israel Police has described the weapons as a “major driver” of violence …,
        // according to the Abraham Initiatives": nor an "according to" after the words of a
        // speaker named before them, which tells where the sentence's facts come from.)
        // ("said … the administration was preparing “significant” layoffs, a threat Democrats
        // called illegal": nor a relative clause's cue about a noun after them; "The chief
        // executive … said the law would “squeeze” farmers, as the company reported a jump in
        // profit": nor a clause that "as" opens.)
        const bool named_before =
            after != hits.begin() && std::prev(after)->last <= first && std::prev(after)->speaker;
        const bool spoken_before = named_before && std::prev(after)->form &&
                                   std::prev(after)->form->kind != CueKind::according;
        const auto after_speaker = [&](const CueHit& hit) {
            return spoken_before &&
                   ((hit.form && hit.form->kind == CueKind::according) ||
                    (hit.start < hit.first && relative_clause_subject(tokens_, hit.start)) ||
                    (hit.start > last && tokens_[hit.start - 1].is("as")));
        };
        for (auto it = after; it != hits.end() && it->start <= next_quote && looked < kNearbyHits;
             ++it, ++looked) {
            // ("X described the situation as “unacceptable” and said the union would be
            // writing": a second verb of the speaker named before the quote, and any cue in
            // what that verb says.)
            // ("Patel called such claims “pure fiction” and urged calm": past a cue word with no
            // subject of its own between.)
            if (it->start < first && (named_before || spoken_to_before(hits, after, first))) break;
            if ((it->speaker || !with_speaker) && !another_clause(*it) && !embedded(*it) &&
                !after_speaker(*it))
                return &*it;
        }
        // Before the quote: the closest cue with a speaker ("Putin declared, “…”"), passing
        // one whose subject follows a determiner and a common noun after an earlier cue: a
        // relative clause telling about the noun ("Castellano said the growth Lindqvist
        // described to investors “was fiction”" is Castellano's).
        auto in_relative_clause = [&](const CueHit& hit) {
            return hit.start < hit.first && relative_clause_subject(tokens_, hit.start);
        };
        looked = 0;
        const CueHit* relative = nullptr;
        for (auto it = after; it != hits.begin() && looked < kNearbyHits; ++looked) {
            --it;
            if (it->last > first || !(it->speaker || !with_speaker)) continue;
            if (relative && it->last > relative->start) continue;
            // (Unless the quote is what the clause's verb calls the noun: "a decision the
            // Fishing Companies Association described as “painful but necessary”".)
            if (relative == nullptr && in_relative_clause(*it) &&
                !(first == it->last || (first == it->last + 1 && tokens_[it->last].is("as")))) {
                relative = &*it;
                continue;
            }
            if (const CueHit* outer = outer_that_clause(hits, it, first)) return outer;
            // ("Mayor Karen Whitlock said residents felt “forgotten”": a feeling inside what
            // someone said is put in that speaker's words; so is what someone "continued" as
            // its object: "The association said that Tamm had continued “a great tradition”".)
            if (it->form &&
                (it->form->lemma == "feel" || (it->form->lemma == "continue" && first == it->last)))
                for (auto outer = it; outer != hits.begin();) {
                    --outer;
                    if (outer->speaker && outer->last <= it->start && outer->form &&
                        outer->form->kind == CueKind::speech && outer->form->lemma != "feel")
                        return &*outer;
                }
            return &*it;
        }
        return relative;
    }

    // "Mehmood told the court that the ministry had written to the departments, and that “none
    // of them has reported …”": after "and that", the cue whose "that" (said or left out)
    // opened the clause `inner` is in, when one came before it in the unit; nullptr otherwise.
    const CueHit* outer_that_clause(std::span<const CueHit> hits,
                                    std::span<const CueHit>::iterator inner, uint32_t first) const {
        if (first < 2 || !tokens_[first - 1].is("that") || !tokens_[first - 2].is("and"))
            return nullptr;
        size_t looked = 0;
        for (auto it = inner; it != hits.begin() && looked < kNearbyHits; ++looked) {
            --it;
            if (!it->speaker || it->last > inner->start) continue;
            // (The first "that" may be left out: "said the council had written …, and that".)
            if (inner->start <= it->last + 3) return &*it;
            for (uint32_t k = it->last; k < it->last + 3 && k < inner->start; ++k)
                if (tokens_[k].is("that")) return &*it;
        }
        return nullptr;
    }

    // Whether a cue speaks a word or two in quotation marks: "accused them of “lying”" does,
    // but a so-called “reform” (or “so-called reform”) is the writer's doubt, and a cue in a
    // contrasting clause ("Critics dismissed it, while the council defended its “review”") or whose
    // subject holds the quote does not reach it. (A comma alone is no boundary: "said that,
    // whichever side won, the “new quality” of ties would last".)
    bool cue_reaches_scare_quote(const CueHit& hit, uint32_t q) const {
        const uint32_t first = quote_first_[q];
        if (first >= 1 &&
            (tokens_[first - 1].is("so-called") ||
             (first + 1 < quote_last_[q] && tokens_[first + 1].is("so-called")) ||
             (first >= 2 && tokens_[first - 1].is("called") && tokens_[first - 2].is("so"))))
            return false;
        // "triggering what is known as a “red zone”", "referred to as “the lagoon”": a term.
        if (uint32_t k = first; k >= 3) {
            if (tokens_[k - 1].is("a") || tokens_[k - 1].is("an") || tokens_[k - 1].is("the")) --k;
            // ("a phenomenon known in Japanese as “senjo kosuitai”", "known locally as".)
            const auto known_before = [&](uint32_t as) {
                for (uint32_t w = as; w-- > 0 && as - w <= 4;) {
                    if (!tokens_[w].word || !tokens_[w].outside()) return false;
                    if (tokens_[w].is("known")) return true;
                }
                return false;
            };
            if (tokens_[k - 1].is("as") &&
                (known_before(k - 1) ||
                 (tokens_[k - 2].is("to") && k >= 4 &&
                  (tokens_[k - 3].is("referred") || tokens_[k - 3].is("refer") ||
                   tokens_[k - 3].is("refers")))))
                return false;
            // ("what meteorologists call a “heat dome”", "what the industry calls
            // “better-for-you” snacks": a name people use, in the present, is a term; not
            // "what he calls a “get-out-of-jail-free card”" nor "MPs have blamed what they call
            // a “fertiliser cartel”", the words of those just named.)
            if (tokens_[k - 1].is("call") || tokens_[k - 1].is("calls"))
                for (uint32_t w = k - 1; w-- > 0 && k - w <= 7;) {
                    const Token& t = tokens_[w];
                    if (!t.word || !t.outside() || t.capitalised ||
                        t.has(word_class::person_pronoun) || t.is("they") || t.is("we"))
                        break;
                    if (t.is("what")) return false;
                }
        }
        if (given_name_in_marks(q)) return false;
        // ("Critics have dubbed the plan the “bin-pocalypse”": a name given, after "the".)
        if (hit.form && hit.form->lemma == "brand" && hit.last <= first && first >= 1 &&
            (tokens_[first - 1].is("the") || tokens_[first].is("the")))
            return false;
        // ("a model critics have dubbed “ZBE de papel”", "Residents have dubbed the queues “the
        // night shift”": a name a group of people, unnamed, gives something; "Critics have
        // branded the project a “white elephant”" is their words.)
        if (hit.form && hit.form->lemma == "brand" && hit.last <= first &&
            !tokens_[hit.first].lower.starts_with("brand")) {
            uint32_t k = hit.first;
            if (k > 0 && (tokens_[k - 1].is("have") || tokens_[k - 1].is("has"))) --k;
            if (k > 0 && tokens_[k - 1].word && tokens_[k - 1].outside() &&
                (!tokens_[k - 1].capitalised || k - 1 == units_[unit_of_[first]].first) &&
                plural_word(tokens_[k - 1].lower) &&
                !tokens_[k - 1].has(word_class::person_pronoun | word_class::group_pronoun))
                return false;
        }
        // ("a tactic firefighters call “pincering”", "which some elders call “the old
        // one”", "a practice some inspectors called “windshield inspections”": a name that
        // people unnamed give to a thing, in the clause about it, is a term.)
        // ("three groups, which they labeled “early eaters”": "which they" too.)
        if (hit.form && (hit.form->lemma == "call" || hit.form->lemma == "brand") &&
            hit.last <= first && hit.first >= 3) {
            uint32_t k = hit.first;
            if (tokens_[k - 1].is("have") || tokens_[k - 1].is("has")) --k;
            const Token& group = tokens_[k - 1];
            uint32_t before = k - 2;
            static const WordList kSome = {"some", "many", "most", "local", "fellow"};
            // (Things people name, not a decision or a plan they judge: "a decision
            // campaigners called “a hammer blow”" is theirs.)
            static const WordList kNamed = {
                "practice",  "tactic",    "technique", "phenomenon", "principle", "method",
                "process",   "ritual",    "tradition", "custom",     "condition", "syndrome",
                "spot",      "place",     "area",      "stretch",    "corner",    "building",
                "structure", "manoeuvre", "maneuver",  "trick",      "scheme",    "pattern"};
            if (before > 0 && kSome.contains(tokens_[before].lower)) --before;
            const Token& opener = tokens_[before];
            if (group.is("they") && opener.is("which")) return false;
            if (group.word && group.outside() && !group.capitalised && plural_word(group.lower) &&
                !group.has(word_class::person_pronoun | word_class::group_pronoun) &&
                (opener.is("which") ||
                 (kNamed.contains(opener.lower) && before > 0 &&
                  (tokens_[before - 1].is("a") || tokens_[before - 1].is("an") ||
                   tokens_[before - 1].is("the")))))
                return false;
        }
        // A title or a named term is no one's words; "“Glass Harbour,” she said" may be.
        const bool cue_after = hit.last > first;
        if (names_a_term(cue_after ? units_[unit_of_[first]].first : hit.end, hit, q) ||
            (tokens_[first].paragraph != 0 &&
             (!(cue_after && hit.start <= quote_last_[q] + 1) ||
              // ("Appearing on “Fox News Sunday,” he dismissed": a show's name.)
              is_linking_preposition(tokens_[first - 1].lower)) &&
             title_cased(q)))
            return false;
        // A cue after it speaks it unless the quote sits inside the cue's own subject ("Cruz,
        // who starred in “Jumanji”, told fans", "the commander of the 80th “Edom” Division,
        // Brig. Gen. Yoav Ben-Haim, told reporters").
        if (cue_after) return hit.start >= quote_last_[q] && !inside_name(q);
        // "said Earvin “Magic” Johnson": a nickname inside the speaker's name.
        if (first < hit.end) return false;
        for (uint32_t k = hit.end; k < first; ++k) {
            const Token& t = tokens_[k];
            if (t.is(";") || t.is("while") || t.is("whereas") || t.is("although") || t.is("though"))
                return false;
            // "said it backed the plan but would “watch developments”": no new subject, the
            // same speaker; "but the council defended its “review”" is another's.
            // ("said no staff members had been injured but all were “understandably shaken”":
            // nor a quantifier over those the speech was about.)
            static const WordList kQuantifiers = {"all",  "both", "most",    "many",
                                                  "some", "none", "several", "each"};
            // ("said the guards were unharmed but “badly shaken”": the quote itself goes on
            // from "but", the same clause.)
            if (t.is("but") && k + 1 < first &&
                !(same_subject_verb(tokens_[k + 1]) || tokens_[k + 1].is("that") ||
                  kQuantifiers.contains(tokens_[k + 1].lower)))
                return false;
        }
        return true;
    }

    // Whether quote `q` is one capitalised word in marks that is a name given to someone or
    // something: a nickname inside a name ("Andre ‘Bounty’ Whyte", "Ricardo “Ricky” Persad"),
    // a storm's or an operation's name after its kind ("Tropical Depression “Emong”"), a name
    // after "nicknamed", "code-named" or "known (to his friends) as" ("known to his friends
    // as “Oxo”", "code-named “Amotekun”").
    bool given_name_in_marks(uint32_t q) const {
        const uint32_t first = quote_first_[q];
        if (quotes_[q].kind != QuoteKind::scare || first == 0 || quote_last_[q] < first + 3 ||
            !quotes_[q].closed())
            return false;
        // The words inside: one capitalised word, or "the" and up to three ("known locally as
        // “the Compo”", "have taken to calling Whitaker “The Closer,”"), a comma or a full
        // stop after them.
        uint32_t end = quote_last_[q] - 1;  // at the closing mark
        if (end > first + 1 && (tokens_[end - 1].is(",") || tokens_[end - 1].is("."))) --end;
        const bool article = tokens_[first + 1].is("the");
        const uint32_t words = end - (first + 1) - (article ? 1 : 0);
        if (words < 1 || words > (article ? 3u : 1u) ||
            !std::all_of(tokens_.begin() + first + 1 + (article ? 1 : 0), tokens_.begin() + end,
                         [](const Token& t) { return t.word && t.capitalised; }))
            return false;
        if (!article && inside_name(q)) return true;
        const Token& before = tokens_[first - 1];
        if (!before.word || !before.outside()) return false;
        if (before.is("nicknamed") || before.is("code-named") || before.is("codenamed"))
            return true;
        // ("calling Whitaker “The Closer”", "have called “the Castle”", "the presses the family
        // calls “the Twins.”")
        for (uint32_t k = first - 1; article && k > 0 && first - k <= 3; --k)
            if (tokens_[k].is("called") || tokens_[k].is("calling") || tokens_[k].is("call") ||
                tokens_[k].is("calls"))
                return true;
        // ("known to his friends as", "known locally as".)
        const auto known_as = [&] {
            for (uint32_t k = first - 1; k > 0 && first - k <= 5; --k)
                if (tokens_[k].is("as"))
                    return std::any_of(tokens_.begin() + (k >= 4 ? k - 4 : 0), tokens_.begin() + k,
                                       [](const Token& t) { return t.is("known"); });
            return false;
        };
        if (article) return known_as();
        // (After a capitalised word inside a sentence, not one that opens it: "“Brilliant,”
        // Said …" is no name.)
        if (before.capitalised && first >= 2 && tokens_[first - 2].word &&
            tokens_[first - 2].paragraph == before.paragraph &&
            !before.has(word_class::cue_start | word_class::person_pronoun | word_class::not_name))
            return true;
        return known_as();
    }

    // Whether quote `q` is a scare quote inside a name, between a word and a capitalised word:
    // "the 80th “Edom” Division", "Earvin “Magic” Johnson".
    bool inside_name(uint32_t q) const {
        const uint32_t first = quote_first_[q], end = quote_last_[q];
        if (quotes_[q].kind != QuoteKind::scare || first == 0 || end >= tokens_.size())
            return false;
        const Token& before = tokens_[first - 1];
        const Token& after = tokens_[end];
        return before.word && before.outside() && after.word && after.outside() &&
               after.capitalised && after.paragraph == before.paragraph;
    }

    // A verb that goes on without a subject of its own after "but": a modal or an auxiliary
    // ("but had reached a “clear consensus”") or a past tense ("but wanted “meaningful
    // input”"), not a new subject ("but the council defended its “review”"). ("said … but that
    // nothing pointed to arson “at this stage”" goes on with what was said.)
    static bool same_subject_verb(const Token& t) {
        static const WordList kAuxiliaries = {"had", "has", "have", "was",  "were",
                                              "is",  "are", "did",  "does", "do"};
        return modal_verb(t) || kAuxiliaries.contains(t.lower) ||
               (t.word && !t.capitalised && t.lower.size() > 4 && t.lower.ends_with("ed"));
    }

    static bool reflexive(const Token& t) {
        return t.is("herself") || t.is("himself") || t.is("themselves") || t.is("itself");
    }

    static bool modal_verb(const Token& t) {
        return t.is("would") || t.is("will") || t.is("could") || t.is("can") || t.is("should") ||
               t.is("might") || t.is("may") || t.is("must");
    }

    // Whether the words before quote `q` name what it is, outside the cue: "used the phrase
    // “blast radius”", "under the banner ‘Save Our Pier’", "a play titled “Salt”".
    bool names_a_term(uint32_t from, const CueHit& hit, uint32_t q) const {
        uint32_t k = quote_first_[q];
        for (int skipped = 0; k > from && skipped < 3; ++skipped) {
            const Token& t = tokens_[--k];
            if (t.is("a") || t.is("an") || t.is("the") || t.is("as")) continue;
            if (k >= hit.first && k < hit.last) return false;
            for (std::string_view naming :
                 {"phrase", "term", "slogan", "banner", "hashtag", "motto", "nickname", "headline",
                  "title", "titled", "entitled", "nicknamed", "named", "billed", "reading"})
                if (t.is(naming)) return true;
            return false;
        }
        return false;
    }

    // Whether quote `q`, a few words that the extraction took for a fragment of speech (a
    // capital, or a comma inside its closing mark), is a name the words before it give: "a
    // single large male they have nicknamed “Kurotora,”", "Its marketing slogan, “Made in
    // Europe, for Europe,”", "a sign: “WELCOME BACK, KETTY.”", "under the label “sick building
    // syndrome”", "the Islands, which Argentina calls the “Malvinas”", "a practice known
    // inside the company's billing office as “rounding up.”".
    bool names_a_thing(uint32_t q) const {
        const uint32_t first = quote_first_[q], end = quote_last_[q];
        if (first < 2 || end > tokens_.size() || !quotes_[q].closed()) return false;
        uint32_t words = 0;
        bool capitalised = true;
        // ("dubbed “Fit for 70,”": a name in title case keeps its small words and numbers in
        // lower case; its first word is a capital's.)
        static const WordList kSmall = {"of", "the", "for", "and", "a", "an", "to", "in", "on"};
        for (uint32_t k = first + 1; k + 1 < end; ++k)
            if (tokens_[k].word) {
                ++words;
                capitalised =
                    capitalised &&
                    (tokens_[k].capitalised || tokens_[k].is("the") ||
                     (words > 1 && (kSmall.contains(tokens_[k].lower) ||
                                    (tokens_[k].lower[0] >= '0' && tokens_[k].lower[0] <= '9'))));
            }
        if (words == 0 || words > 5) return false;
        // ("downgraded the stock to “hold” from “buy”", "her “outperform” rating": an analyst's
        // rating is a name of the scale's, no one's words.)
        static const WordList kRatings = {"buy",
                                          "sell",
                                          "hold",
                                          "outperform",
                                          "underperform",
                                          "overweight",
                                          "underweight",
                                          "equal weight",
                                          "equal-weight",
                                          "market perform",
                                          "sector perform",
                                          "peer perform",
                                          "strong buy",
                                          "strong sell",
                                          "accumulate",
                                          "market outperform",
                                          "sector outperform",
                                          "sector underperform",
                                          "market underperform",
                                          "speculative buy"};
        if (words <= 2) {
            std::string rating;
            for (uint32_t k = first + 1; k + 1 < end; ++k)
                if (tokens_[k].word)
                    rating.append(rating.empty() ? "" : " ").append(tokens_[k].lower);
            if (kRatings.contains(rating)) return true;
        }
        const auto outside_word = [&](uint32_t k) {
            return tokens_[k].word && tokens_[k].outside() &&
                   tokens_[k].paragraph == tokens_[first].paragraph;
        };
        uint32_t k = first - 1;
        const bool set_off = tokens_[k].is(",") || tokens_[k].is(":");
        if (set_off) --k;
        static const WordList kDeterminers = {"the", "a", "an", "its", "their", "his", "her"};
        const bool determiner = outside_word(k) && kDeterminers.contains(tokens_[k].lower);
        if (determiner && k > 0) --k;
        if (!outside_word(k)) return false;
        const Token& before = tokens_[k];
        // (A whole sentence in marks names a thing only set off after the thing's word: "a
        // sign: “WELCOME BACK, KETTY.”".)
        static const WordList kThings = {
            "phrase", "term",    "label",    "slogan",    "motto", "banner",   "hashtag",
            "sign",   "placard", "nickname", "moniker",   "title", "hit",      "song",
            "single", "album",   "novel",    "pseudonym", "alias", "username", "handle"};
        if (kThings.contains(before.lower)) return true;
        // ("Tenant advocates have a word for the practice: “renoviction.”", "is a slogan from
        // a protest two years ago: “Kaam do, daam do”": a word for something, or a thing's
        // word, in the clause the colon ends.)
        if (tokens_[first - 1].is(":") && words <= 4)
            for (uint32_t w = first - 1; w-- > 0 && first - w <= 12 && outside_word(w);) {
                const Token& t = tokens_[w];
                if (kThings.contains(t.lower) && w > 0 &&
                    (tokens_[w - 1].is("a") || tokens_[w - 1].is("the")))
                    return true;
                if ((t.is("word") || t.is("name") || t.is("term")) && w > 0 &&
                    tokens_[w - 1].is("a") && w + 1 < first && tokens_[w + 1].is("for"))
                    return true;
            }
        // ("posts under the name “Clematis hirsuta,”": a name someone goes by.)
        if (before.is("name") && k > 0 && (tokens_[k - 1].is("the") || tokens_[k - 1].is("a")))
            return true;
        if (quotes_[q].kind == QuoteKind::direct) return false;
        static const WordList kNaming = {"titled",     "entitled",  "nicknamed",
                                         "christened", "codenamed", "code-named",
                                         "dubbed",     "named",     "branded"};
        if (kNaming.contains(before.lower) &&
            (capitalised || determiner || !(before.is("dubbed") || before.is("named"))))
            return true;
        // ("have nicknamed the funerary bundle the “Lord of Carabayllo,”": a name given to
        // what the verb's object names.)
        if (determiner && capitalised)
            for (uint32_t w = k; w-- > 0 && k - w <= 4 && outside_word(w);)
                if (kNaming.contains(tokens_[w].lower)) return true;
        // ("by its Maya name “xunán kab”": a name in a language.)
        if (before.is("name") && k >= 2 &&
            (tokens_[k - 1].is("its") || tokens_[k - 2].is("its") || tokens_[k - 1].is("their") ||
             tokens_[k - 2].is("their")))
            return true;
        if ((before.is("calls") || before.is("call") || before.is("called")) && capitalised &&
            words <= 3 && !tokens_[first + 1].has(word_class::not_name))
            return true;
        if (before.is("as") && k >= 2)
            for (uint32_t w = k; w-- > 0 && k - w <= 6;) {
                if (!outside_word(w)) break;
                if (tokens_[w].is("known")) return true;
            }
        return false;
    }

    // Whether quote `q` is a short run of capitalised words, small words aside: a title or a
    // name ("a school staging of “Glass Harbour”"), not words a speaker said. Headlines are
    // left alone: many capitalise every word.
    bool title_cased(uint32_t q) const {
        size_t significant = 0;
        for (uint32_t k = quote_first_[q] + 1; k + 1 < quote_last_[q]; ++k) {
            const Token& t = tokens_[k];
            if (!t.word) continue;
            if (t.is("a") || t.is("an") || t.is("the") || t.is("of") || t.is("to") || t.is("in") ||
                t.is("on") || t.is("at") || t.is("for") || t.is("and") || t.is("or") ||
                t.is("by") || t.is("with") || t.is("from"))
                continue;
            if (!t.capitalised || ++significant > 8) return false;
        }
        return significant >= 2;
    }

    // "Under cross-examination, Raghunathan asked him whether … ¶ “…,” Ashdown replied. ¶
    // “That is not what I asked you, Mr Ashdown.” ¶ “Not specifically, no.”": a reply to a
    // question someone was named asking, in that paragraph or the one before, opens an
    // exchange whose quote-only paragraphs take turns.
    struct Exchange {
        Speaker answer, question;
        uint32_t paragraph;  // of its latest quote
        // Opened by an answer that was only said or testified: the quotes after it take turns
        // only where a question mark shows the turn.
        bool by_questions = false;
    };
    void note_exchange(const CueHit& hit) {
        const std::string_view lemma = hit.form->lemma;
        const bool replied = lemma == "reply" || lemma == "answer" || lemma == "respond";
        if (!hit.speaker || !(replied || lemma == "say" || lemma == "testify")) return;
        const uint32_t paragraph = tokens_[hit.first].paragraph;
        for (uint32_t p = paragraph + 1; p-- > 0 && paragraph - p < 2;)
            for (const CueHit& asked : hits_in_paragraph(p))
                if (asked.form->lemma == "ask" && asked.speaker &&
                    asked.speaker->name != hit.speaker->name && !asked.speaker->organisation &&
                    asked.first < hit.first) {
                    exchange_ = Exchange{*hit.speaker, *asked.speaker, paragraph, !replied};
                    return;
                }
    }

    void set(uint32_t q, const CueHit& hit) {
        Attribution& attribution = analysis_.attributions[q];
        attribution.cue =
            Cue{{tokens_[hit.first].span.start, tokens_[hit.last - 1].span.end}, hit.form->lemma};
        attribution.speaker = hit.speaker;
        // "The news agency KNA reported that President Anselm Drago had … “reaffirmed …”": an
        // outlet reports, the person it reports on speaks (the outlet stays a source).
        // (Or a name an outlet's word comes just before: "The state news agency KNA later
        // reported that …"; not "Police reported that Smith had been “acting strangely”",
        // the police's words.)
        const Mention* outlet = mentions_.starting_at(hit.start);
        if (!outlet || outlet->entity == UINT32_MAX ||
            !(mentions_.entities[outlet->entity].kind == EntityKind::outlet ||
              (hit.form->kind == CueKind::report && !mentions_.names_person(*outlet) &&
               (tokens_[outlet->first].has(word_class::outlet_head) ||
                (outlet->first > 0 && tokens_[outlet->first - 1].has(word_class::outlet_head))))) ||
            hit.last + 1 >= quote_first_[q] || !tokens_[hit.last].is("that"))
            return;
        if (std::optional<Speaker> person = reported_person(hit.last + 1, quote_first_[q])) {
            attribution.speaker = std::move(person);
            attribution.sources.push_back(
                source_from(*outlet, std::string(tokens_[hit.first].lower)));
        }
    }

    // The person an outlet reports on, opening the "that" clause at `k` before the token
    // `limit`: someone named, a role ("that the minister had been “devastated”") or "he" or
    // "she".
    std::optional<Speaker> reported_person(uint32_t k, uint32_t limit) const {
        if (k >= limit) return std::nullopt;
        if (tokens_[k].outside() && tokens_[k].has(word_class::person_pronoun) &&
            (tokens_[k].is("he") || tokens_[k].is("she")))
            return pronoun_speaker(k);
        const Mention* person = mentions_.starting_at(k);
        if (!person || !person->subject || person->possessive || person->last >= limit)
            return std::nullopt;
        if (mentions_.names_person(*person) ||
            (person->form == MentionForm::descriptor && person->entity == UINT32_MAX &&
             tokens_[person->last - 1].has(word_class::role)))
            return speaker_from(*person);
        return std::nullopt;
    }

    void attribute_quotes() {
        std::optional<uint32_t> previous;  // the last attributed direct quote
        for (uint32_t q = 0; q < quotes_.size(); ++q) {
            Quote& quote = analysis_.extraction.quotes[q];
            if (quote.depth != 0 || quote_first_[q] == kNone) continue;
            const uint32_t first = quote_first_[q];
            const uint32_t unit = unit_of_[first];
            if (quote.kind != QuoteKind::block && names_a_thing(q)) {
                quote.kind = QuoteKind::scare;
                continue;
            }
            const CueHit* hit = governing_hit(q);
            if (hit && quote.kind == QuoteKind::scare && !cue_reaches_scare_quote(*hit, q))
                hit = nullptr;
            if (!hit && quote.kind == QuoteKind::scare) {
                // "‘Forgotten’, say residents": a cue with no one named still speaks its words.
                const CueHit* cue = governing_hit(q, false);
                if (cue && cue_reaches_scare_quote(*cue, q)) quote.kind = QuoteKind::partial;
            }
            if (line_opened_by_name(q)) {
                // the line names its speaker before the colon, whatever cue comes later
                if (quote.kind == QuoteKind::scare) quote.kind = QuoteKind::partial;
            } else if (hit && headline_cue_after_colon(q, *hit) && headline_colon(q)) {
                // "‘…’: Rajasthan CM launches campaign, Congress hits back": the name right
                // after the headline's colon, before the cue of a clause after a comma
                if (quote.kind == QuoteKind::scare) quote.kind = QuoteKind::partial;
            } else if (hit) {
                set(q, *hit);
                note_exchange(*hit);
                if (quote.kind == QuoteKind::scare) quote.kind = QuoteKind::partial;
            } else if (quote.kind != QuoteKind::scare && own_admission(q, unit)) {
                // "He has, by his own admission, a jump shot that “looked like …”"
            } else if (headline_colon(q)) {
                // the headline names its speaker after the quote ("‘Forgotten’: …" is speech)
                if (quote.kind == QuoteKind::scare) quote.kind = QuoteKind::partial;
            } else if (quote.kind != QuoteKind::scare && signed_after_dash(q)) {
                // "“The whole sky was orange.” — Carla Jennings, 41"
            } else if (quote.kind == QuoteKind::direct || quote.kind == QuoteKind::block) {
                attribute_by_context(q, unit, previous);
            }
            Attribution& attribution = analysis_.attributions[q];
            if (attribution.speaker) {
                for (const SourceRef& source : unit_sources_[unit])
                    if (std::none_of(attribution.sources.begin(), attribution.sources.end(),
                                     [&](const SourceRef& s) { return s.name == source.name; }))
                        attribution.sources.push_back(source);
                if (quote.kind != QuoteKind::scare) previous = q;
            }
        }
    }

    // "“…,” Kilkelly said. ¶ Mannion was shown a second yellow card …, a decision the Galway
    // manager felt was harsh. ¶ “…,” he added.": a "he" or "she" who adds to a quote goes on
    // from the speaker of the quote before, of that gender, when the person the pronoun would
    // otherwise mean has said nothing yet.
    void added_goes_on() {
        std::optional<uint32_t> previous;  // the latest quote with a speaker
        for (uint32_t q = 0; q < quotes_.size(); ++q) {
            if (quotes_[q].depth != 0 || quotes_[q].kind == QuoteKind::scare) continue;
            Attribution& attribution = analysis_.attributions[q];
            if (!attribution.speaker) continue;
            const std::optional<uint32_t> before = previous;
            previous = q;
            if (!before || !attribution.cue || attribution.cue->lemma != "add" ||
                attribution.speaker->resolution != Resolution::pronoun)
                continue;
            const Speaker& earlier = *analysis_.attributions[*before].speaker;
            if (earlier.name == attribution.speaker->name || earlier.organisation ||
                quotes_[*before].last_paragraph + 2 < quotes_[q].first_paragraph)
                continue;
            const uint32_t pronoun = token_at(attribution.speaker->mention.start);
            const Gender gender =
                pronoun == kNone ? Gender::unknown : pronoun_gender(tokens_[pronoun]);
            if (gender == Gender::unknown || gender_named(earlier.name) != gender) continue;
            // (Not when the one the pronoun means has spoken before: "Jones said the team was
            // tired. “…,” he added" is Jones's.)
            // (Its own cue aside, which a quote split by it may come after.)
            const std::string& meant = attribution.speaker->name;
            if (std::any_of(hits_.begin(), hits_.end(), [&](const CueHit& hit) {
                    return hit.last <= quote_first_[q] && hit.speaker &&
                           hit.speaker->name == meant &&
                           tokens_[hit.first].span.start != attribution.cue->span.start;
                }))
                continue;
            const Span mention = attribution.speaker->mention;
            attribution.speaker = earlier;
            attribution.speaker->mention = mention;
            attribution.speaker->resolution = Resolution::pronoun;
        }
    }

    // The gender of the article's person named `name`, if known.
    Gender gender_named(std::string_view name) const {
        for (const Entity& entity : mentions_.entities)
            if (entity.kind == EntityKind::person && entity.name == name) return entity.gender;
        return Gender::unknown;
    }

    // "who in Kettering’s words “arrives with a clipboard”", "sold, in her words, “about as well
    // as a pamphlet”": a quote after "in X's (own) words" with no speaker of its own is X's.
    void in_their_words() {
        for (uint32_t q = 0; q < quotes_.size(); ++q) {
            if (quotes_[q].depth != 0 || analysis_.attributions[q].speaker) continue;
            uint32_t at = quote_first_[q];
            if (at == kNone || at < 3) continue;
            if (tokens_[at - 1].is(",")) --at;
            if (at < 3 || !tokens_[at - 1].is("words")) continue;
            uint32_t owner = at - 2;
            if (tokens_[owner].is("own")) --owner;
            if (owner < 1 || !tokens_[owner - 1].is("in")) continue;
            std::optional<Speaker> speaker;
            if (tokens_[owner].is("her") || tokens_[owner].is("his") ||
                tokens_[owner].is("their")) {
                speaker = pronoun_speaker(owner, !tokens_[owner].is("their"),
                                          tokens_[owner].is("her")   ? Gender::female
                                          : tokens_[owner].is("his") ? Gender::male
                                                                     : Gender::unknown);
            } else if (const Mention* m = mentions_.ending_at(owner + 1);
                       m && m->possessive && m->entity != UINT32_MAX) {
                speaker = speaker_from(*m);
            }
            if (speaker && !speaker->name.empty()) {
                analysis_.attributions[q].speaker = std::move(speaker);
                if (quotes_[q].kind == QuoteKind::scare)
                    analysis_.extraction.quotes[q].kind = QuoteKind::partial;
            }
        }
    }

    // "‘It just kept rising’: Ashby River floods homes" … "“It just kept rising, and we had
    // nowhere to go,” said Jo Marsh": a quote with no cue of its own that a short paragraph (a
    // headline, a standfirst, a subheading, a pull quote) repeats from a later one is the
    // speaker's named there.
    void repeated_quotes() {
        constexpr size_t kWords = 3;       // fewer repeat by chance
        constexpr size_t kShort = 30;      // words in a display paragraph, at most
        constexpr uint32_t kLooked = 200;  // later quotes compared, at most
        std::vector<std::string> folded(quotes_.size());
        auto fold = [&](uint32_t q) -> const std::string& {
            std::string& f = folded[q];
            if (!f.empty()) return f;
            const std::string_view words = quotes_[q].text.in(text_);
            f.resize(words.size() + 1);  // written in place, then cut to length
            size_t length = 0;
            bool space = true;
            for (const char c : words) {
                if (is_ascii_alnum(c)) {
                    f[length++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
                    space = false;
                } else if (!space && (c == ' ' || c == '\n')) {
                    f[length++] = ' ';
                    space = true;
                }
            }
            // (Folded once: a quote of no letters stays no key.)
            f.resize(length == 0 ? 1 : length);
            if (length == 0) f[0] = ' ';
            return f;
        };
        // Whether quote r, in a paragraph after quote q's, is top-level speech whose cue names
        // someone.
        // (Or a paragraph that goes on with the words of the quote's speaker before it: "“…,”
        // Mr Fenwicke said. ¶ “This is a gut-wrenching day …”".)
        const auto said_later = [&](uint32_t q, uint32_t r) {
            const std::optional<Speaker>& speaker = analysis_.attributions[r].speaker;
            return quotes_[r].first_paragraph > quotes_[q].last_paragraph &&
                   quotes_[r].depth == 0 && quotes_[r].kind != QuoteKind::scare && speaker &&
                   (analysis_.attributions[r].cue ||
                    speaker->resolution == Resolution::previous_speaker) &&
                   !unresolved_descriptor(speaker);
        };
        // The speaker of a later quote, named by a cue, whose words hold quote q's.
        // (A headline's word or two in quotation marks are the body's too: "Salmon at ‘crisis
        // point’" … "said the species had reached “crisis point”".)
        // (`group_cue`: the quote's cue has a group nobody in the article fits as its speaker.)
        const auto repeated_from = [&](uint32_t q, bool group_cue) -> const Attribution* {
            const std::string& key = fold(q);
            const size_t words = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
            const bool few = words < kWords;
            // ("Salmon at ‘crisis point’, scientists warn": a headline's few words after a cue
            // of such a group too.)
            // ("Opposition walks out, says reply ‘an insult’": or a headline's partial quote
            // after its first words; "‘Digital arrest’ scam: …" opens with a term.)
            // ("‘We're terrified’: Expectant mothers …": or before the headline's colon, or a
            // word that joins no noun to it: "‘Devastating blow’ as theatre loses funding".)
            static const WordList kAfterOpening = {"as",   "after", "amid", "over", "but",
                                                   "and",  "for",   "in",   "at",   "on",
                                                   "from", "with",  "by",   "to"};
            const uint32_t after = quote_last_[q];
            const bool partial_in_headline =
                quotes_[q].kind == QuoteKind::partial &&
                (quotes_[q].open.start > analysis_.article.paragraphs[0].start ||
                 (after < tokens_.size() && tokens_[after].paragraph == 0 &&
                  (tokens_[after].is(":") ||
                   (tokens_[after].word && kAfterOpening.contains(tokens_[after].lower)))));
            // ("‘Simple physics’" as a subheading … "“That is simple physics,” Jörg Wendland
            // told DW": or a paragraph that is the quote alone.)
            const Span paragraph = analysis_.article.paragraphs[quotes_[q].first_paragraph];
            const bool alone = quotes_[q].open.start == paragraph.start && quotes_[q].closed() &&
                               quotes_[q].close.end == paragraph.end;
            if ((few &&
                 !(quotes_[q].first_paragraph == 0 &&
                   (quotes_[q].kind == QuoteKind::scare || quotes_[q].kind == QuoteKind::direct ||
                    partial_in_headline || group_cue)) &&
                 !alone) ||
                key == " ")
                return nullptr;
            const size_t shortest = key.size();  // a later quote holding it is no shorter
            const uint32_t last =
                std::min<uint32_t>(static_cast<uint32_t>(quotes_.size()), q + 1 + kLooked);
            // ("‘Digital arrest’ scam" … the body's “digital arrest” in marks of its own: a
            // term, which a speaker may use too.)
            if (few)
                for (uint32_t r = q + 1; r < last; ++r)
                    if (quotes_[r].kind == QuoteKind::scare && fold(r) == key) return nullptr;
            for (uint32_t r = q + 1; r < last; ++r) {
                if (quotes_[r].text.size() < shortest || !said_later(q, r)) continue;
                if (fold(r).find(key) != std::string::npos ||
                    (quotes_[q].first_paragraph == 0 && !few && in_order(fold(r), key)))
                    return &analysis_.attributions[r];
            }
            return nullptr;
        };
        // ("with one City Council member calling the spending “a blank check nobody is willing
        // to tear up”" … "Ald. Tomasz Wozniak … described the overtime budget as a “blank
        // check”": the named speaker of a later quote of two words or more that the quote
        // holds whole.)
        const auto shortened_later = [&](uint32_t q) -> const Attribution* {
            const std::string key = " " + fold(q) + " ";
            const uint32_t last =
                std::min<uint32_t>(static_cast<uint32_t>(quotes_.size()), q + 1 + kLooked);
            for (uint32_t r = q + 1; r < last; ++r) {
                if (!said_later(q, r)) continue;
                const std::string& words = fold(r);
                if (words.find(' ') != std::string::npos &&
                    key.find(" " + words + " ") != std::string::npos)
                    return &analysis_.attributions[r];
            }
            return nullptr;
        };
        for (uint32_t q = 0; q < quotes_.size(); ++q) {
            Quote& quote = analysis_.extraction.quotes[q];
            const Attribution& attribution = analysis_.attributions[q];
            // "Builder left widow's home 'like a bombsite'" … "“When I walked in it was like a
            // bombsite,” said Karen Whitley": words in scare quotes that someone says later are
            // theirs, quoted in part.
            if (quote.kind == QuoteKind::scare && quote.depth == 0 && !attribution.speaker &&
                quote.first_paragraph == quote.last_paragraph) {
                if (const Attribution* later = repeated_from(q, false)) {
                    quote.kind = QuoteKind::partial;
                    analysis_.attributions[q].speaker = later->speaker;
                }
                continue;
            }
            // ("'He was my only son' - Mother testifies": or a cue whose speaker is only a
            // descriptor nobody in the article was found to fit.)
            if (quote.depth != 0 || quote.kind == QuoteKind::scare ||
                quote.first_paragraph != quote.last_paragraph)
                continue;
            // ("Chief says community ‘living in fear’" … "“People are living in fear right
            // now,” Muswagon told CBC News": a headline's descriptor that fits someone gives way
            // to whoever the body gives the words.)
            // ("Hospital declares critical incident: ‘Staff are exhausted’": so does a body's
            // word alone, capitalised as headlines are.)
            const auto bare_body_word = [&](const Speaker& speaker) {
                return speaker.organisation && speaker.name.find(' ') == std::string::npos &&
                       (lexicon_.classes_of(lowercase_ascii(speaker.name)) &
                        word_class::organisation) != 0;
            };
            // ("“Ghanaians deserve the truth” – Minority demands …": or one word for a group
            // or a body, no person's name.)
            const auto lone_group_word = [&](const Speaker& speaker) {
                if (speaker.resolution != Resolution::name ||
                    speaker.name.find(' ') != std::string::npos)
                    return false;
                const uint32_t at = token_at(speaker.mention.start);
                const Mention* m = at != kNone ? mentions_.starting_at(at) : nullptr;
                return m && m->entity != UINT32_MAX &&
                       mentions_.entities[m->entity].kind != EntityKind::person;
            };
            if (attribution.cue && quote.first_paragraph == 0 && attribution.speaker &&
                (attribution.speaker->resolution == Resolution::descriptor ||
                 bare_body_word(*attribution.speaker) || lone_group_word(*attribution.speaker)) &&
                !unresolved_descriptor(attribution.speaker)) {
                if (const Attribution* later = repeated_from(q, true))
                    analysis_.attributions[q].speaker = later->speaker;
                continue;
            }
            if (attribution.cue && !unresolved_descriptor(attribution.speaker)) continue;
            // ("a sewage spill that prosecutors said “wiped out a generation of fish”" … "“…
            // the company wiped out a generation of fish,” Rachel Okafor said": a group that
            // fits no one gives way to the one of them who says the words later, wherever it
            // stands; not "the mayor", who is not whoever says them.)
            // (In a headline, anyone who fits no one: "Preston boss says side must be ‘braver’"
            // … "must be “braver with the ball”," said Ciarán Kelleher.)
            if (attribution.cue && unresolved_descriptor(attribution.speaker)) {
                const std::string_view name = attribution.speaker->name;
                const std::string_view head = name.substr(name.rfind(' ') + 1);
                // ("with one City Council member calling the spending “…”": or one of them,
                // unnamed.)
                const uint32_t opener = token_at(attribution.speaker->mention.start);
                const bool one_of = (lexicon_.classes_of(head) & word_class::role) &&
                                    opener != kNone &&
                                    (tokens_[opener].is("one") || tokens_[opener].is("a") ||
                                     tokens_[opener].is("an"));
                // ("“We are not going to let one capital hold 26 others hostage,” the EU’s top
                // diplomat said" in a standfirst, the body's “…,” Anneli Rask … told reporters":
                // or words long enough that only their speaker says them again.)
                constexpr size_t kLongWords = 8;
                const std::string_view words = quotes_[q].text.in(text_);
                const bool long_quote =
                    static_cast<size_t>(std::count(words.begin(), words.end(), ' ')) + 1 >=
                    kLongWords;
                if ((lexicon_.singular_classes_of(head) & word_class::role) || one_of ||
                    quote.first_paragraph == 0 || long_quote) {
                    if (const Attribution* later = repeated_from(q, true))
                        analysis_.attributions[q].speaker = later->speaker;
                    else if (const Attribution* shorter = shortened_later(q))
                        analysis_.attributions[q].speaker = shorter->speaker;
                    continue;
                }
            }
            const std::string_view paragraph =
                analysis_.article.paragraphs[quote.first_paragraph].in(text_);
            // ("'It sounded like a train coming through the roof': Terrified family's caravan
            // flipped … as Storm Verity batters Britain …": a headline that opens with the quote
            // and a colon, however long.)
            const bool opens_headline = quote.first_paragraph == 0 &&
                                        quote.open.start == analysis_.article.paragraphs[0].start &&
                                        quote_last_[q] < tokens_.size() &&
                                        tokens_[quote_last_[q]].is(":");
            if (!opens_headline &&
                static_cast<size_t>(std::count(paragraph.begin(), paragraph.end(), ' ')) >= kShort)
                continue;
            // (Display text ends with no full stop of its own: "… described the response as
            // “the cost of” in remarks on Tuesday." is the writer's sentence.)
            const size_t end = paragraph.find_last_not_of(" \t\r\n");
            if (end != std::string_view::npos &&
                (paragraph[end] == '.' || paragraph[end] == '!' || paragraph[end] == '?'))
                continue;
            if (const Attribution* later = repeated_from(q, false))
                analysis_.attributions[q].speaker = later->speaker;
        }
    }

    // Whether the words of `key` stand in `text` in their order, at most two words between two
    // of them (both folded, words one space apart): a headline's shortening of the body's quote,
    // "‘Youth Have Been Betrayed’" … "“The youth of Rajasthan have been betrayed,”".
    // (A key of five words or more may skip a clause of up to six words between two: "Heard A
    // Roar, Then Mud Everywhere" of "We heard a roar like a helicopter landing, and then there
    // was mud everywhere".)
    static bool in_order(std::string_view text, std::string_view key) {
        const int kBetween = std::count(key.begin(), key.end(), ' ') >= 4 ? 6 : 2;
        size_t at = 0;  // where the next key word may start in text
        bool first = true;
        for (size_t k = 0; k < key.size();) {
            size_t space = key.find(' ', k);
            if (space == std::string_view::npos) space = key.size();
            const std::string_view word = key.substr(k, space - k);
            k = space + 1;
            // (Each word whole: its own word in text, from `at` on, within reach.)
            int skipped = 0;
            for (;;) {
                if (at >= text.size()) return false;
                size_t end = text.find(' ', at);
                if (end == std::string_view::npos) end = text.size();
                if (text.substr(at, end - at) == word) {
                    at = end + 1;
                    break;
                }
                at = end + 1;
                if (!first && ++skipped > kBetween) return false;
            }
            first = false;
        }
        return true;
    }

    static bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    // Whether paragraph `p` is a live blog's time stamp: "14.35", "Posted at 13:10", "1.10pm",
    // "1330 GMT", "5:55 p.m. ET, April 14, 2026", "Jul 08, 2026 15:30 (IST)": a short line of
    // a time and nothing but zones, dates and the words of posting.
    bool time_stamp(uint32_t p) const {
        const std::string_view line = analysis_.article.paragraphs[p].in(text_);
        if (line.size() > 40) return false;
        static const WordList kWords = {
            "posted",   "at",    "updated", "am",   "pm",     "a",         "p",       "m",
            "local",    "time",  "gmt",     "bst",  "et",     "est",       "edt",     "pt",
            "pst",      "ist",   "utc",     "cet",  "cest",   "aest",      "aedt",    "nzst",
            "nzdt",     "jan",   "feb",     "mar",  "apr",    "may",       "jun",     "jul",
            "aug",      "sep",   "sept",    "oct",  "nov",    "dec",       "january", "february",
            "march",    "april", "june",    "july", "august", "september", "october", "november",
            "december", "mon",   "tue",     "wed",  "thu",    "fri",       "sat",     "sun",
            "today"};
        bool time = false;
        for (size_t k = 0; k < line.size();) {
            const auto letter = [&](size_t at) { return ascii_letter(line[at]); };
            const auto digit = [&](size_t at) { return line[at] >= '0' && line[at] <= '9'; };
            if (digit(k)) {
                size_t end = k;
                while (end < line.size() && digit(end)) ++end;
                // (A time: "14.35", "3:40", "1330 GMT", "4:40pm".)
                if ((end - k <= 2 && end + 2 < line.size() &&
                     (line[end] == ':' || line[end] == '.') && digit(end + 1) && digit(end + 2)) ||
                    (end - k == 4 && (end == line.size() || !letter(end))))
                    time = true;
                k = end;
            } else if (letter(k)) {
                size_t end = k;
                while (end < line.size() && letter(end)) ++end;
                const std::string word = lowercase_ascii(line.substr(k, end - k));
                if (!kWords.contains(word)) return false;
                k = end;
            } else {
                if (static_cast<unsigned char>(line[k]) >= 0x80) return false;
                ++k;
            }
        }
        return time;
    }

    // Live blogs: "14.35 ¶ ‘Lucky nobody was killed’: Chief fire officer ¶ Cork City Fire
    // Brigade's chief fire officer, Siobhán Twomey, said … “…, it is remarkable and frankly
    // lucky that nobody was killed,” Ms Twomey said.": a quote in an entry's heading (the short
    // line after a time stamp) is the words, often shortened, of the one the entry quotes
    // saying them: the speaker of the entry's quote that shares the most words with it.
    void live_entry_headlines() {
        constexpr size_t kHeading = 16;  // words in an entry's heading, at most
        constexpr uint32_t kEntry = 10;  // paragraphs of an entry looked at, at most
        const auto content_words = [&](uint32_t q) {
            std::vector<std::string> words;
            const std::string_view text = quotes_[q].text.in(text_);
            for (size_t k = 0; k < text.size();) {
                if (!ascii_letter(text[k])) {
                    ++k;
                    continue;
                }
                size_t end = k;
                while (end < text.size() && ascii_letter(text[end])) ++end;
                std::string word = lowercase_ascii(text.substr(k, end - k));
                if (word.size() >= 4 && !is_stopword(word)) words.push_back(std::move(word));
                k = end;
            }
            return words;
        };
        for (uint32_t q = 0; q < quotes_.size(); ++q) {
            Quote& quote = analysis_.extraction.quotes[q];
            const uint32_t p = quote.first_paragraph;
            if (quote.depth != 0 || p < 2 || quote.last_paragraph != p || !time_stamp(p - 1))
                continue;
            // (A heading: short, not a sentence the entry opens with.)
            const std::string_view heading = analysis_.article.paragraphs[p].in(text_);
            if (static_cast<size_t>(std::count(heading.begin(), heading.end(), ' ')) + 1 >
                    kHeading ||
                heading.ends_with('.'))
                continue;
            Attribution& attribution = analysis_.attributions[q];
            // (A name the heading gives stays: "Fairclough: ‘…’".)
            if (attribution.speaker && attribution.speaker->resolution != Resolution::descriptor &&
                !attribution.speaker->organisation && attribution.cue) {
                const uint32_t at = token_at(attribution.speaker->mention.start);
                const Mention* m = at != kNone ? mentions_.starting_at(at) : nullptr;
                if (m && mentions_.names_person(*m)) continue;
            }
            const std::vector<std::string> words = content_words(q);
            if (words.empty()) continue;
            const Attribution* best = nullptr;
            size_t best_shared = 0;
            for (uint32_t r = q + 1; r < quotes_.size(); ++r) {
                const uint32_t at = quotes_[r].first_paragraph;
                if (at > p + kEntry || (at > p + 1 && time_stamp(at - 1))) break;
                if (quotes_[r].depth != 0 || quotes_[r].kind == QuoteKind::scare ||
                    !analysis_.attributions[r].speaker ||
                    unresolved_descriptor(analysis_.attributions[r].speaker))
                    continue;
                const std::vector<std::string> theirs = content_words(r);
                const size_t shared = static_cast<size_t>(
                    std::count_if(words.begin(), words.end(), [&](const auto& w) {
                        return std::find(theirs.begin(), theirs.end(), w) != theirs.end();
                    }));
                if (shared > best_shared) {
                    best_shared = shared;
                    best = &analysis_.attributions[r];
                }
            }
            if (!best) continue;
            if (quote.kind == QuoteKind::scare) quote.kind = QuoteKind::partial;
            attribution.speaker = best->speaker;
        }
    }

    // Whether `speaker` is a descriptor that points to no one: its name is its own words, in
    // lower case ("mother", "fire service spokesman").
    // (Its head in lower case: "City Council member" fits no one either.)
    static bool unresolved_descriptor(const std::optional<Speaker>& speaker) {
        if (!speaker || speaker->resolution != Resolution::descriptor) return false;
        const std::string_view name = speaker->name;
        const std::string_view head = name.substr(name.rfind(' ') + 1);
        return std::none_of(head.begin(), head.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    }

    // “… I said to them at half-time, ‘You’ve got 45 minutes,’ and they did.”: a quote inside
    // another that its speaker introduces in the first person is the outer speaker's own words;
    // one that "he" or "she" introduces is the words of whom the pronoun means, someone other
    // than the outer speaker. Any other quote inside a quote keeps no speaker.
    void attribute_nested_quotes() {
        for (uint32_t q = 0; q < quotes_.size(); ++q) {
            const Quote& inner = quotes_[q];
            if (inner.depth == 0 || analysis_.attributions[q].speaker) continue;
            std::optional<uint32_t> outer;
            for (uint32_t o = q; o-- > 0;)
                if (quotes_[o].depth < inner.depth && quotes_[o].text.start <= inner.open.start &&
                    inner.open.start < quotes_[o].text.end) {
                    outer = o;
                    break;
                }
            if (!outer || !analysis_.attributions[*outer].speaker || quote_first_[*outer] == kNone)
                continue;
            const auto at = static_cast<uint32_t>(
                std::lower_bound(tokens_.begin(), tokens_.end(), inner.open.start,
                                 [](const Token& t, uint32_t o) { return t.span.start < o; }) -
                tokens_.begin());
            // The nearest cue before it in the sentence, and that cue's subject: "I said to
            // them", "I kept saying", not "Fonseca only told me".
            const uint32_t floor = std::max(quote_first_[*outer], at > 10 ? at - 10 : 0);
            uint32_t cue = kNone;
            for (uint32_t k = at; k-- > floor && cue == kNone;) {
                const Token& t = tokens_[k];
                if (t.is(".") || t.is("?") || t.is("!")) break;
                if (t.word && t.has(word_class::cue_start)) cue = k;
            }
            if (cue == kNone) continue;
            uint32_t subject = cue;
            while (
                subject > floor && cue - subject < 3 &&
                (tokens_[subject - 1].is("kept") || between_subject_and_verb(tokens_[subject - 1])))
                --subject;
            if (subject <= floor) continue;
            const Token& who = tokens_[subject - 1];
            if (who.is("i") || who.is("we")) {
                analysis_.attributions[q].speaker = analysis_.attributions[*outer].speaker;
            } else if (who.is("he") || who.is("she")) {
                // (“When officers approached, he told them, ‘I wasn’t the one driving’”: the one
                // the outer speaker speaks of, named before, never the outer speaker.)
                std::optional<Speaker> meant = pronoun_speaker(subject - 1);
                if (meant && meant->name != analysis_.attributions[*outer].speaker->name)
                    analysis_.attributions[q].speaker = std::move(meant);
            }
        }
    }

    // "16:31 ¶ Network Rail: ‘Do not travel’", "Starmer: “We will fix it”": a live blog's line,
    // or a heading, that opens with a name and a colon before the quote; true when the name is
    // its speaker.
    bool line_opened_by_name(uint32_t q) {
        const uint32_t first = quote_first_[q];
        if (first < 2 || !tokens_[first - 1].is(":")) return false;
        const Mention* named = mentions_.ending_at(first - 1);
        if (!named || named->form != MentionForm::name || named->possessive ||
            named->entity == UINT32_MAX ||
            mentions_.entities[named->entity].kind == EntityKind::outlet ||
            !opens_line(named->first))
            return false;
        analysis_.attributions[q].speaker = speaker_from(*named);
        return true;
    }

    // "Kinsella had, by his own admission, been “not in a great place”", "in her own words":
    // the words are those of whom the "his" or "her" before the quote in its sentence means;
    // "in Park's words", "in the words of a senior official": of whom they name.
    bool own_admission(uint32_t q, uint32_t unit) {
        const uint32_t first = quote_first_[q];
        for (uint32_t k = units_[unit].first; k + 3 < first; ++k) {
            const Token& owner = tokens_[k + 1];
            if (!(owner.is("his") || owner.is("her")) || !tokens_[k + 2].is("own") ||
                !((tokens_[k].is("by") && tokens_[k + 3].is("admission")) ||
                  (tokens_[k].is("in") && tokens_[k + 3].is("words"))))
                continue;
            // (The sentence's subject when it opens with a person: "Odom-Hayes was the pick out
            // of Saint Louis, a forward with, by his own admission, …".)
            const Gender gender = owner.is("his") ? Gender::male : Gender::female;
            const Mention* m = mentions_.starting_at(units_[unit].first);
            if (!m || m->possessive || !mentions_.names_person(*m) ||
                (mentions_.entities[m->entity].gender != Gender::unknown &&
                 mentions_.entities[m->entity].gender != gender))
                m = mentions_.antecedent(tokens_, k + 1, true, gender);
            if (!m || m->entity == UINT32_MAX || !mentions_.names_person(*m)) return false;
            Speaker speaker = speaker_from(*m);
            speaker.mention = owner.span;
            speaker.resolution = Resolution::pronoun;
            analysis_.attributions[q].speaker = std::move(speaker);
            return true;
        }
        // ("ended, in Park's words, “with a lot of polite applause”", "in the words of one
        // adviser, “…”": whose words they are, named.)
        for (uint32_t k = units_[unit].first; k + 3 < first; ++k) {
            if (!tokens_[k].is("in") || !tokens_[k].outside()) continue;
            const Mention* m = nullptr;
            if (const Mention* owner = mentions_.starting_at(k + 1);
                owner && owner->possessive && owner->last + 1 < first &&
                (tokens_[owner->last].is("words") ||
                 (tokens_[owner->last].is("own") && tokens_[owner->last + 1].is("words"))))
                m = owner;
            else if (tokens_[k + 1].is("the") && tokens_[k + 2].is("words") &&
                     tokens_[k + 3].is("of"))
                m = mentions_.starting_at(k + 4);
            if (!m || m->first >= first ||
                !(mentions_.names_person(*m) ||
                  (m->form == MentionForm::descriptor && m->entity == UINT32_MAX)))
                continue;
            analysis_.attributions[q].speaker = speaker_from(*m);
            return true;
        }
        return false;
    }

    // Whether the token at `k` is the first of its line: of its paragraph, or after a line
    // break inside it.
    bool opens_line(uint32_t k) const {
        if (k == 0 || tokens_[k - 1].paragraph != tokens_[k].paragraph) return true;
        return Span{tokens_[k - 1].span.end, tokens_[k].span.start}.in(text_).find('\n') !=
               std::string_view::npos;
    }

    // Whether `hit` is the cue of a later clause of quote q's headline, after its colon and a
    // comma ("‘Development, not doles’: Rajasthan CM launches campaign, Congress hits back"), or
    // someone else's after the person the colon names ("“…”: Ó Fathaigh fumes after Galway
    // denied by late free"), so that the name after the colon speaks.
    bool headline_cue_after_colon(uint32_t q, const CueHit& hit) const {
        const uint32_t colon = quote_last_[q];
        if (colon >= tokens_.size() || !tokens_[colon].is(":") || tokens_[colon].paragraph != 0 ||
            hit.start <= colon)
            return false;
        for (uint32_t k = colon + 1; k < hit.start; ++k)
            if (tokens_[k].is(",")) return true;
        // ("“I've never seen anything like it”: Ó Fathaigh fumes after Galway denied by late
        // free": or the cue of someone after a person named right after the colon.)
        const Mention* named = mentions_.starting_at(colon + 1);
        return named && mentions_.names_person(*named) && named->last <= hit.start;
    }

    // A headline's “We are ready”: Zelensky on the offensive: the name after the colon speaks.
    // ("“I’M NOT DONE YET!” Soap legend Gina Castell hits back": a quote that ends in its own
    // "!" or "?" may go without the colon, before a person's name.)
    bool headline_colon(uint32_t q) {
        const uint32_t last = quote_last_[q];
        if (tokens_[quote_first_[q]].paragraph != 0 || last + 1 >= tokens_.size() ||
            tokens_[last + 1].paragraph != 0)
            return false;
        const std::string_view words = quotes_[q].text.in(text_);
        const bool exclaimed = !words.empty() && (words.back() == '!' || words.back() == '?');
        if (!tokens_[last].is(":") && !exclaimed) return false;
        const Mention* m = mentions_.starting_at(tokens_[last].is(":") ? last + 1 : last);
        // ("Soap legend Gina Castell": the person after words that describe her.)
        for (uint32_t k = last; !tokens_[last].is(":") && k < last + 3 && k < tokens_.size() &&
                                (!m || !mentions_.names_person(*m));
             ++k)
            m = mentions_.starting_at(k);
        // ("‘Development, not doles’: Rajasthan CM launches campaign": or a role the article
        // gives a named person, not a role nobody in it fits.)
        if (!m || m->entity == UINT32_MAX ||
            (m->form == MentionForm::descriptor && !mentions_.names_person(*m)) ||
            mentions_.entities[m->entity].kind == EntityKind::outlet ||
            (!tokens_[last].is(":") && !mentions_.names_person(*m)))
            return false;
        // ("‘We're terrified’: Expectant mothers face two-hour drive": a word of no known kind
        // that the story never names again inside a sentence is the headline's capital, not a
        // name; "Expectant mothers in the shire will …" opens a sentence in capitals too.)
        if (mentions_.entities[m->entity].kind == EntityKind::unknown &&
            std::none_of(mentions_.mentions.begin(), mentions_.mentions.end(),
                         [&](const Mention& other) {
                             const uint32_t k = other.first;
                             return other.entity == m->entity && tokens_[k].paragraph > 0 &&
                                    units_[unit_of_[k]].first != k;
                         }))
            return false;
        analysis_.attributions[q].speaker = speaker_from(*m);
        return true;
    }

    // "“The whole sky was orange.” — Carla Jennings, 41": a dash after the quote and a name
    // that ends its paragraph, or goes on after a comma or a parenthesis, sign it.
    // (Also on the next line after a quote alone in its paragraph, as a claim box prints it:
    // "“Violent crime has doubled.” ¶ — State Sen. Gordon Haverstock, in a speech".)
    bool signed_after_dash(uint32_t q) {
        const uint32_t dash = quote_last_[q];
        if (dash + 1 >= tokens_.size()) return false;
        const uint32_t paragraph = tokens_[quote_first_[q]].paragraph;
        const bool alone =
            (quote_first_[q] == 0 || tokens_[quote_first_[q] - 1].paragraph != paragraph) &&
            tokens_[dash].paragraph == paragraph + 1;
        if (!tokens_[dash].outside() || tokens_[dash + 1].paragraph != tokens_[dash].paragraph ||
            (tokens_[dash].paragraph != paragraph && !alone) ||
            !(tokens_[dash].is("\xE2\x80\x94") || tokens_[dash].is("\xE2\x80\x93") ||
              tokens_[dash].is("-")))
            return false;
        const Mention* m = mentions_.starting_at(dash + 1);
        // ("– Shadow Minister for Housing Marcus Delaney, interview on ABC’s Insiders": past an
        // office before the name.)
        const auto ends_signature = [&](const Mention& n) {
            return n.last >= tokens_.size() ||
                   tokens_[n.last].paragraph != tokens_[n.first].paragraph ||
                   tokens_[n.last].is(",") || tokens_[n.last].is("(");
        };
        for (uint32_t k = dash + 1;
             (!m || m->form == MentionForm::descriptor || !ends_signature(*m)) && k < dash + 8 &&
             k < tokens_.size() && tokens_[k].word &&
             (tokens_[k].capitalised || tokens_[k].is("for") || tokens_[k].is("of") ||
              tokens_[k].is("and"));
             ++k)
            if (const Mention* n = mentions_.starting_at(k + 1);
                n && n->form != MentionForm::descriptor && mentions_.names_person(*n) &&
                ends_signature(*n))
                m = n;
        if (!m || m->entity == UINT32_MAX || m->form == MentionForm::descriptor ||
            mentions_.entities[m->entity].kind == EntityKind::outlet)
            return false;
        if (m->last < tokens_.size() && tokens_[m->last].paragraph == tokens_[m->first].paragraph &&
            !(tokens_[m->last].is(",") || tokens_[m->last].is("(")))
            return false;
        analysis_.attributions[q].speaker = speaker_from(*m);
        return true;
    }

    // "A banner carried by one man read: “…”" speaks for nobody; "An email from Hale read: “…”"
    // is Hale's. True when the quote follows such a "read:" (its speaker set, or left empty).
    bool read_out(uint32_t q, uint32_t unit) {
        const uint32_t first = quote_first_[q];
        const uint32_t start = units_[unit].first;
        // ("The post, written by Hannah Reyes, began: “…”" is Reyes's too.)
        if (first < start + 3 || !tokens_[first - 1].is(":") ||
            !(tokens_[first - 2].is("read") || tokens_[first - 2].is("reads") ||
              tokens_[first - 2].is("began") || tokens_[first - 2].is("begins") ||
              tokens_[first - 2].is("ended") || tokens_[first - 2].is("ends")))
            return false;
        const uint32_t verb = first - 2;
        // "Judge Holt read: “…”": a person reading aloud goes the usual way (not the writer
        // of "An email from Hoffman read: “…”").
        if (const Mention* m = mentions_.ending_at(verb);
            is_pronoun(tokens_[verb - 1]) ||
            (m && m->form != MentionForm::descriptor && mentions_.names_person(*m) &&
             !(m->first > start &&
               (tokens_[m->first - 1].is("from") || tokens_[m->first - 1].is("by")))))
            return false;
        for (uint32_t k = start; k + 1 < verb; ++k) {
            if (!(tokens_[k].is("from") || tokens_[k].is("by"))) continue;
            const Mention* m = mentions_.starting_at(k + 1);
            if (m && m->entity != UINT32_MAX && m->form != MentionForm::descriptor &&
                mentions_.entities[m->entity].kind != EntityKind::outlet) {
                analysis_.attributions[q].speaker = speaker_from(*m);
                return true;
            }
        }
        // (A sign that reads is no one's; a post that began or ended is its writer's, whom the
        // usual ways find: "His LinkedIn post ended: “…”".)
        return tokens_[verb].is("read") || tokens_[verb].is("reads");
    }

    // "A hand-painted sign hangs in the window. It read: “Still open. Still here.”": whether
    // the token at `it` is an "it" that reads, after a sign, a banner or a placard in the
    // paragraph; its words are nobody's speech.
    bool sign_reads(uint32_t it) const {
        static const WordList kSigns = {
            "sign",       "signs",     "banner",     "banners",     "placard",     "placards",
            "poster",     "posters",   "plaque",     "inscription", "graffiti",    "billboard",
            "sticker",    "t-shirt",   "shirt",      "mural",       "noticeboard", "chalkboard",
            "whiteboard", "headstone", "gravestone", "tattoo"};
        if (it + 1 >= tokens_.size() || !tokens_[it].is("it") ||
            !(tokens_[it + 1].is("read") || tokens_[it + 1].is("reads")))
            return false;
        const uint32_t paragraph = tokens_[it].paragraph;
        for (uint32_t k = it; k-- > 0 && it - k < 30;) {
            if (tokens_[k].paragraph != paragraph) return false;
            if (tokens_[k].word && tokens_[k].outside() && kSigns.contains(tokens_[k].lower))
                return true;
        }
        return false;
    }

    // "Here is more from Group Commander Dean Hollis, who gave a briefing a short time ago. ¶
    // “…”": a quote opening the paragraph after one that opens with "(Here is) more from" or
    // "Here is what" and a person is that person's.
    const Mention* more_from(uint32_t q) const {
        const uint32_t first = quote_first_[q];
        if (first < 4 || tokens_[first - 1].paragraph == tokens_[first].paragraph) return nullptr;
        const uint32_t before = tokens_[first - 1].paragraph;
        uint32_t opener = first - 1;
        while (opener > 0 && tokens_[opener - 1].paragraph == before) --opener;
        uint32_t at = opener;
        if (tokens_[at].is("here") && at + 2 < first &&
            (tokens_[at + 1].is("is") || tokens_[at + 1].is("'s") || tokens_[at + 1].is("’s")))
            at += 2;
        else if (tokens_[at].is("here") && at + 1 < first && tokens_[at + 1].is("s"))
            at += 2;
        if (at + 2 >= first) return nullptr;
        if (tokens_[at].is("more") && tokens_[at + 1].is("from"))
            at += 2;
        else if (at > opener && tokens_[at].is("what"))
            ++at;
        else
            return nullptr;
        const Mention* m = mentions_.starting_at(at);
        return m && !m->possessive && m->form != MentionForm::descriptor &&
                       mentions_.names_person(*m)
                   ? m
                   : nullptr;
    }

    // A quote with no cue of its own: the speaker of the sentence before it in the paragraph
    // (“…,” he said. “…”), of a cue that introduced it (Putin said:), or of the quote before it
    // when it opens a paragraph (continuation).
    void attribute_by_context(uint32_t q, uint32_t unit, std::optional<uint32_t> previous) {
        const Quote& quote = quotes_[q];
        Attribution& attribution = analysis_.attributions[q];
        const uint32_t paragraph = tokens_[quote_first_[q]].paragraph;
        if (read_out(q, unit) || sign_reads(units_[unit].first)) return;
        if (const Mention* m = more_from(q)) {
            attribution.speaker = speaker_from(*m);
            return;
        }
        // The previous unit in the same paragraph, or the previous paragraph's last unit when it
        // ends with a colon, unless the quote's own sentence hands it over with a colon
        // ("- **Graeme Pottinger, BusinessNZ:** “…”" after "Here is how they responded:").
        const bool own_colon =
            quote_first_[q] > units_[unit].first + 1 && tokens_[quote_first_[q] - 1].is(":");
        if (unit > 0) {
            const Unit& before = units_[unit - 1];
            const Token& last = tokens_[before.last - 1];
            const bool same_paragraph = last.paragraph == paragraph;
            // ("… he said, adding that … Lindqvist was skeptical: “…”": a colon whose own
            // sentence opens with a person hands the quote to them, not to the cue before.)
            const Mention* colon_subject =
                own_colon ? mentions_.starting_at(units_[unit].first) : nullptr;
            const bool own_subject = colon_subject && colon_subject->subject &&
                                     !colon_subject->possessive &&
                                     colon_subject->form != MentionForm::descriptor &&
                                     mentions_.names_person(*colon_subject);
            if ((same_paragraph && !own_subject) || (last.is(":") && !own_colon)) {
                const CueHit* chosen = last_with_speaker(hits_in_unit(unit - 1));
                // ("Castel dismissed the offer. “We have had meetings.”": a person named as the
                // subject of a verb that only characterises speech still has the floor in the
                // paragraph; "Critics dismissed the plan" does not.)
                if (!chosen && same_paragraph)
                    for (const CueHit& hit : hits_in_unit(unit - 1))
                        if (hit.speaker && !hit.form->introduces &&
                            hit.speaker->resolution == Resolution::name &&
                            !hit.speaker->organisation && hit.start < hit.first &&
                            hit.start == units_[unit - 1].first)
                            chosen = &hit;
                if (chosen) {
                    set(q, *chosen);
                    return;
                }
                if (same_paragraph && previous &&
                    tokens_[quote_first_[*previous]].paragraph == paragraph) {
                    attribution.speaker = analysis_.attributions[*previous].speaker;
                    attribution.cue = analysis_.attributions[*previous].cue;
                    return;
                }
                // "Agnes shrugs. “Claire means well.”": the person the sentence before is about;
                // also after a cue that names no speaker ("Asked about the turnaround, Hartley
                // smiled. “…”": Hartley was asked).
                const auto hits = hits_in_paragraph(paragraph);
                if (same_paragraph && std::none_of(hits.begin(), hits.end(), [](const CueHit& h) {
                        return h.speaker.has_value() || !h.sources.empty();
                    })) {
                    if (const Mention* m =
                            mentions_.last_subject_person(quote_first_[q], before.first)) {
                        attribution.speaker = speaker_from(*m);
                        return;
                    }
                    // ("She paused. “It sounds like the building …”": whom the "she" is.)
                    if (const Token& opener = tokens_[before.first];
                        opener.outside() && (opener.is("she") || opener.is("he"))) {
                        attribution.speaker = pronoun_speaker(before.first);
                        if (attribution.speaker) return;
                    }
                }
            }
        }
        // "Dolphins coach Mike McDaniel was blunt: “…”": a colon hands the quote to the
        // clause's subject.
        const uint32_t first = quote_first_[q];
        if (first > units_[unit].first && tokens_[first - 1].is(":")) {
            // ("- Reform and Renewal spokeswoman Kerry Blythe: “…”": a person with a role named
            // right before the colon, whatever opens the line.)
            if (const Mention* named = mentions_.ending_at(first - 1);
                named && named->form == MentionForm::name && !named->possessive &&
                named->first > units_[unit].first && named->first < units_[unit].first + 12 &&
                named->entity != UINT32_MAX && mentions_.names_person(*named) &&
                !mentions_.entities[named->entity].title_words.empty() &&
                std::all_of(tokens_.begin() + units_[unit].first, tokens_.begin() + named->first,
                            [](const Token& t) {  // (no verb before the name: a heading)
                                return !t.word || t.capitalised || t.is("and") ||
                                       t.has(word_class::role | word_class::title);
                            })) {
                attribution.speaker = speaker_from(*named);
                return;
            }
            CueHit colon;
            colon.first = first - 1;
            colon.last = first;
            colon.unit = unit;
            if (clause_subject(colon, ":") && colon.speaker) {
                attribution.speaker = colon.speaker;
                return;
            }
            // "Her speech ended with a line aimed at her critics: “…”", "His message was
            // blunt: “…”": the clause's subject is someone's words, and they are that person's.
            const uint32_t opener = units_[unit].first;
            const Token& owner = tokens_[opener];
            // "The governor's message to lawmakers was blunt: “…”".
            if (const Mention* m = mentions_.starting_at(opener);
                m && m->possessive && mentions_.names_person(*m)) {
                attribution.speaker = speaker_from(*m);
                return;
            }
            if (owner.is("his") || owner.is("her"))
                if (const Mention* m = mentions_.antecedent(
                        tokens_, opener, true, owner.is("his") ? Gender::male : Gender::female);
                    m && m->entity != UINT32_MAX && mentions_.names_person(*m)) {
                    attribution.speaker = speaker_from(*m);
                    attribution.speaker->mention = owner.span;
                    attribution.speaker->resolution = Resolution::pronoun;
                    return;
                }
        }
        const uint32_t last = quote_last_[q];
        // “…” He added. / “…” Putin said: the next unit in the paragraph opens with the cue.
        if (last == units_[unit].last || (last + 1 == units_[unit].last && !tokens_[last].word)) {
            for (const CueHit& hit : hits_in_unit(unit + 1)) {
                if (hit.start != units_[unit + 1].first) {
                    if (hit.speaker && quote.kind == QuoteKind::direct &&
                        tokens_[hit.start].paragraph == paragraph &&
                        opens_paragraph_alone(q, paragraph) &&
                        named_first_after_quote(hit, unit + 1)) {
                        set(q, hit);
                        return;
                    }
                    continue;
                }
                if (tokens_[hit.first].paragraph != paragraph || !hit.speaker) break;
                set(q, hit);
                return;
            }
            if (const Mention* m = named_in_next_sentence(unit, paragraph)) {
                attribution.speaker = speaker_from(*m);
                return;
            }
            if (quote.kind == QuoteKind::direct && opens_paragraph_alone(q, paragraph))
                if (const Mention* m = introduced_after_quote(unit, paragraph)) {
                    attribution.speaker = speaker_from(*m);
                    return;
                }
        }
        // Continuation: a paragraph that opens with a quote and names nobody.
        if (!opens_paragraph_alone(q, paragraph)) return;
        // (A cue inside the quote is the quoted speaker's report: "“He said, ‘Grandma, please
        // don’t tell Mom,’ and I went to the bank.")
        for (const CueHit& hit : hits_in_paragraph(paragraph))
            if (tokens_[hit.first].outside()) return;
        // ("“…” ¶ That was Priya Chandran, a mother of three, who …", "¶ The line came from
        // Brisebois himself": a paragraph that is only the quote, and the next says whose.)
        if (const uint32_t end_unit = unit_of_[last - 1];
            units_[end_unit].last == last && end_unit + 1 < units_.size() &&
            tokens_[units_[end_unit + 1].first].paragraph == paragraph + 1)
            if (const Mention* m = named_in_next_sentence(end_unit, paragraph + 1)) {
                attribution.speaker = speaker_from(*m);
                return;
            }
        // ("“Do you regret it?” I ask. ¶ … ¶ “Are you nervous?” ¶ “Terrified.”": in an
        // interview whose writer has asked in quotes before, a paragraph that is only a question
        // in quotes is the writer's next one, put to whoever answered last; the quotes after
        // take turns. Not after a paragraph whose subject is someone else: "The waiter returns
        // as she is describing … ¶ “Pudding?”"; nor right after a quote, whose turns the
        // exchange below reads.)
        if (std::optional<Speaker> interviewer =
                previous && tokens_[quote_last_[*previous] - 1].paragraph + 1 == paragraph
                    ? std::nullopt
                    : writers_next_question(q, paragraph)) {
            if (std::optional<Speaker> answerer = last_answerer(q);
                answerer && !someone_else_brought_in(q, paragraph, *answerer)) {
                exchange_ = Exchange{*answerer, *interviewer, paragraph, true};
                attribution.speaker = std::move(interviewer);
                return;
            }
        }
        // Only the paragraph right before: a quote after a break ("Advertisement") or a
        // photo caption may be an orphan from elsewhere, and is better left unattributed.
        if (paragraph == 0) return;
        // An interview: "Isn't it risky?" then “Of course. …”: the answer goes on from the
        // quote before the interviewer's question.
        const uint32_t before =
            paragraph >= 2 && is_question(paragraph - 1) ? paragraph - 1 : paragraph;
        // ("“…,” Pruitt says. ¶ “Is he still inside?” the dispatcher asks. ¶ “Yes. …”": or the
        // question is quoted and asked by someone else, and the answer is the one's before.)
        // ("“Would you ever go back?” I ask Sami. ¶ “…”": the answer is the one's asked; "“Are
        // you frightened?” I ask. ¶ “…”": the writer's question, the one's who last answered the
        // writer in full.)
        if (previous && paragraph >= 1 &&
            tokens_[quote_last_[*previous] - 1].paragraph == paragraph - 1)
            if (std::optional<Speaker> answerer = answer_to(*previous)) {
                attribution.speaker = std::move(answerer);
                attribution.speaker->resolution = Resolution::previous_speaker;
                return;
            }
        // ("“…,” Delaney said. ¶ The first question came from Dale Pruitt. ¶ “Did Tate miss the
        // flight?” Pruitt asked. ¶ “I'm not going to get into that.” ¶ “Is he enrolled?” ¶
        // “He's still a student.”": a question someone is named asking is answered by the one
        // who spoke last before it, up to three paragraphs before; the quotes after take turns.
        // So is a paragraph that is only a question put to "you", after someone else spoke, and
        // answered in the next: "Orrell pressed him on his future. ¶ “Do you expect to be in
        // charge on Saturday?” ¶ “I've got no reason to think otherwise.”")
        if (previous && paragraph >= 2 &&
            tokens_[quote_last_[*previous] - 1].paragraph == paragraph - 1 &&
            tokens_[quote_first_[*previous]].paragraph == paragraph - 1) {
            const Attribution& asked = analysis_.attributions[*previous];
            const Quote& question = quotes_[*previous];
            const bool put_to_you =
                !asks(quote) && !(exchange_ && exchange_->paragraph + 1 == paragraph) &&
                whole_paragraph(*previous, paragraph - 1) &&
                std::any_of(tokens_.begin() + quote_first_[*previous],
                            tokens_.begin() + quote_last_[*previous],
                            [](const Token& t) { return t.is("you") || t.is("your"); });
            if ((asked_by_cue(asked) || put_to_you) && asked.speaker &&
                !asked.speaker->organisation && asks(question))
                for (uint32_t e = *previous; e-- > 0 && *previous - e < 8;) {
                    if (quotes_[e].depth != 0 || quote_first_[e] == kNone) continue;
                    if (tokens_[quote_last_[e] - 1].paragraph + 4 < paragraph) break;
                    const Attribution& answered = analysis_.attributions[e];
                    // (A question put to "you" right after the asker's own quote goes on from it:
                    // "“Cut,” Castellanos calls. She walks over to him. ¶ “Can you give me one
                    // …?”" is put to one who has not spoken.)
                    if (!answered.speaker || answered.speaker->name == asked.speaker->name) {
                        if (!asked_by_cue(asked)) break;
                        continue;
                    }
                    if (answered.speaker->organisation) break;
                    attribution.speaker = answered.speaker;
                    attribution.speaker->resolution = Resolution::previous_speaker;
                    exchange_ = Exchange{*answered.speaker, *asked.speaker, paragraph, true};
                    return;
                }
        }
        if (previous && tokens_[quote_last_[*previous] - 1].paragraph == before - 1) {
            attribution.speaker = analysis_.attributions[*previous].speaker;
            // (In a cross-examination the quotes take turns: see note_exchange.)
            // ("“What did you do?” ¶ “I called the sergeant.”": after an answer that was only
            // said, a question goes back to who asked, and what follows a question answers it.)
            if (exchange_ && exchange_->paragraph + 1 == paragraph && attribution.speaker) {
                const bool question = asks(quote);
                const bool by_questions = exchange_->by_questions;
                if (attribution.speaker->name == exchange_->answer.name &&
                    (!by_questions || question))
                    attribution.speaker = exchange_->question;
                else if (attribution.speaker->name == exchange_->question.name &&
                         (!by_questions || !question))
                    attribution.speaker = exchange_->answer;
                exchange_->paragraph = paragraph;
            }
            attribution.speaker->resolution = Resolution::previous_speaker;
            return;
        }
        // ("The most memorable of them was Dolores Reese, 81, who taught kindergarten here. ¶
        // “…”": the person the paragraph before brings in after "was" at its end.)
        if (const Mention* named = brought_in_after_was(before - 1)) {
            attribution.speaker = speaker_from(*named);
            attribution.speaker->resolution = Resolution::previous_speaker;
            return;
        }
        // "Smith said the plan would fail." then a paragraph that is only a quote: Smith's.
        const CueHit* reported = last_with_speaker(hits_in_paragraph(before - 1));
        if (reported) {
            attribution.speaker = reported->speaker;
            attribution.speaker->resolution = Resolution::previous_speaker;
            return;
        }
        // "Cole, 54, has lived on the street for 30 years." then the quote paragraph: the person
        // the previous paragraph is about.
        const uint32_t from = paragraph_first_token(before - 1);
        if (const Mention* m = mentions_.last_subject_person(quote_first_[q], from))
            attribution.speaker = speaker_from(*m);
    }

    // Whether the quote's words end with a question mark.
    bool asks(const Quote& quote) const {
        return quote.text.size() > 0 && text_[quote.text.end - 1] == '?';
    }

    // The person named right after "was" or "is" in the last sentence of paragraph
    // `paragraph`, where no one is said to speak; nullptr when there is none.
    const Mention* brought_in_after_was(uint32_t paragraph) const {
        const uint32_t end = paragraph_first_token(paragraph + 1);
        if (end == 0 || end > tokens_.size()) return nullptr;
        const uint32_t unit = unit_of_[end - 1];
        if (tokens_[units_[unit].first].paragraph != paragraph) return nullptr;
        for (const CueHit& hit : hits_in_unit(unit))
            if (hit.speaker) return nullptr;
        for (uint32_t k = units_[unit].first + 1; k < end; ++k)
            if (tokens_[k - 1].is("was") || tokens_[k - 1].is("is"))
                if (const Mention* m = mentions_.starting_at(k); m && !m->possessive &&
                                                                 m->form == MentionForm::name &&
                                                                 mentions_.names_person(*m))
                    return m;
        return nullptr;
    }

    // Whether quote `q` opens paragraph `paragraph` (no words of the writer before it).
    bool opens_paragraph_alone(uint32_t q, uint32_t paragraph) const {
        return quotes_[q].open.start == analysis_.article.paragraphs[paragraph].start;
    }

    // Whether quote `q` is all of paragraph `paragraph`, from its opening mark to its closing one.
    bool whole_paragraph(uint32_t q, uint32_t paragraph) const {
        return opens_paragraph_alone(q, paragraph) && quotes_[q].closed() &&
               quotes_[q].close.end == analysis_.article.paragraphs[paragraph].end;
    }

    // Whether an "ask" cue gave the attribution ("“Did he miss the flight?” Pruitt asked").
    static bool asked_by_cue(const Attribution& attribution) {
        return attribution.cue && attribution.cue->lemma == "ask";
    }

    // "“I knew right away what it was.” Pawn shop owner Ricky Dale said he recognized …",
    // "“…” Sitting in the main stand, season-ticket holder Arthur Bramley said he could not
    // …": a person named by name as the subject of a speech verb, the first person the
    // sentence after a quote names, said it.
    bool named_first_after_quote(const CueHit& hit, uint32_t unit) const {
        if (!hit.form || hit.form->lemma != "say" || hit.speaker->resolution != Resolution::name ||
            hit.speaker->organisation || hit.start >= hit.first)
            return false;
        const Mention* subject = mentions_.starting_at(hit.start);
        if (!subject || !mentions_.names_person(*subject) || subject->possessive) return false;
        // (A capitalised first word of no known kind, "Pawn", is no one before them.)
        for (uint32_t k = units_[unit].first; k < hit.start; ++k)
            if (const Mention* m = mentions_.starting_at(k);
                m && m->entity != UINT32_MAX &&
                mentions_.entities[m->entity].kind != EntityKind::unknown)
                return false;
        return true;
    }

    // “…” That was the assessment of Peter Lindqvist, a law professor. / “…” That is how Tom
    // Ellery describes it. / “…” The line, delivered by retired teacher Martha Quinlan, drew a
    // standing ovation: a sentence that opens by pointing back at the quote before it and names
    // the person whose words they were.
    const Mention* named_in_next_sentence(uint32_t unit, uint32_t paragraph) const {
        if (unit + 1 >= units_.size()) return nullptr;
        const Unit& next = units_[unit + 1];
        const uint32_t first = next.first;
        if (first + 3 >= next.last || tokens_[first].paragraph != paragraph) return nullptr;
        const Token& opener = tokens_[first];
        // ("“…” So says Maya Tran, 17, who took a job at a pool": the speech verb, then who.)
        if (opener.is("so") && tokens_[first + 1].word &&
            tokens_[first + 1].has(word_class::cue_start))
            if (const Mention* m = mentions_.starting_at(first + 2);
                m && mentions_.names_person(*m))
                return m;
        // ("That’s how Jonas Wirth … described the situation": "that is" run together.)
        const bool pointer_is = opener.is("that") && opener.possessive;
        static const WordList kPointers = {"that", "those", "this", "these"};
        static const WordList kWords = {
            "line",      "words",   "remark",    "comment",  "message",    "verdict",
            "view",      "warning", "quip",      "plea",     "assessment", "admission",
            "response",  "pledge",  "question",  "promise",  "answer",     "reply",
            "praise",    "tribute", "criticism", "rebuke",   "vow",        "boast",
            "assurance", "advice",  "reaction",  "argument", "conclusion", "sentiment"};
        const bool pointer = pointer_is || kPointers.contains(opener.lower);
        if (!pointer && !(opener.is("the") && kWords.contains(tokens_[first + 1].lower)))
            return nullptr;
        // ("That was Priya Chandran, a mother of three from Barrhaven, who said": the person
        // the pointer is.)
        if (pointer && !pointer_is && (tokens_[first + 1].is("was") || tokens_[first + 1].is("is")))
            // ("That was Nykoliation’s plan for Monday, she told a radio station": or whose
            // words they were.)
            if (const Mention* m = mentions_.starting_at(first + 2);
                m && mentions_.names_person(*m) && m->last < next.last &&
                (m->possessive || tokens_[m->last].is(",") || tokens_[m->last].is(".")))
                return m;
        // "That is how Tom Ellery describes the river".
        if (const uint32_t how = pointer_is ? first + 1 : first + 2;
            pointer &&
            (pointer_is || tokens_[first + 1].is("is") || tokens_[first + 1].is("was")) &&
            tokens_[how].is("how"))
            // ("That was how one senior dealmaker who advises regional lenders described it":
            // or someone of a role, unnamed.)
            if (const Mention* m = mentions_.starting_at(how + 1);
                m && (mentions_.names_person(*m) ||
                      (m->form == MentionForm::descriptor && m->entity == UINT32_MAX &&
                       !m->possessive && tokens_[m->last - 1].has(word_class::role))))
                return m;
        const uint32_t end = std::min(next.last, first + 12);
        for (uint32_t k = first + 1; k + 1 < end; ++k) {
            // ("That was the first question Bill Hensley asked": the one who asked it.)
            // ("That was the message Price left residents with": or who left it, right after
            // the word for it.)
            if (const Mention* m = mentions_.starting_at(k);
                m && mentions_.names_person(*m) && !m->possessive && m->last < next.last &&
                tokens_[m->last].word &&
                (tokens_[m->last].has(word_class::cue_start) ||
                 (k == first + 4 && tokens_[k - 2].is("the") &&
                  kWords.contains(tokens_[k - 1].lower))))
                return m;
            // ("The words belong to Lea Fontaine, 26": whose they are.)
            const bool belong = tokens_[k].is("to") &&
                                (tokens_[k - 1].is("belong") || tokens_[k - 1].is("belongs") ||
                                 tokens_[k - 1].is("belonged"));
            if (!(tokens_[k].is("of") || tokens_[k].is("from") || tokens_[k].is("by") || belong))
                continue;
            for (uint32_t at = k + 1; at < std::min(next.last, k + 5); ++at) {
                const Mention* m = mentions_.starting_at(at);
                // ("The promise came from St Colman’s captain Ruairí Breen": past a body whose
                // person it is.)
                if (m && m->possessive && !mentions_.names_person(*m)) {
                    at = m->last - 1;
                    continue;
                }
                // ("That was the assurance from the university’s chief operating officer,
                // Sandra Whitlam,": a role no one was found for, then the person in apposition.)
                if (m && m->entity == UINT32_MAX && m->form == MentionForm::descriptor &&
                    m->last + 1 < next.last && tokens_[m->last].is(","))
                    if (const Mention* named = mentions_.starting_at(m->last + 1);
                        named && mentions_.names_person(*named) && !named->possessive)
                        return named;
                if (m) return mentions_.names_person(*m) ? m : nullptr;
                if (!tokens_[at].word || tokens_[at].capitalised) break;
            }
            return nullptr;
        }
        return nullptr;
    }

    // “The gym is gone.” Mark Tillery, superintendent of the district, stood in the car park:
    // a person the article names for the first time, opening the sentence after a quote that
    // opens the paragraph, is the one who said it.
    const Mention* introduced_after_quote(uint32_t unit, uint32_t paragraph) const {
        if (unit + 1 >= units_.size()) return nullptr;
        const Unit& next = units_[unit + 1];
        const Mention* m = mentions_.starting_at(next.first);
        if (!m || tokens_[next.first].paragraph != paragraph || !mentions_.names_person(*m) ||
            m->form != MentionForm::name || m->possessive || m->last + 1 >= next.last ||
            !(tokens_[m->last].is(",") || (tokens_[m->last].word && !tokens_[m->last].capitalised)))
            return nullptr;
        for (const Mention& before : mentions_.mentions) {
            if (&before == m) break;
            if (before.entity == m->entity) return nullptr;
        }
        return m;
    }

    // The writer, when quote `q` is a whole paragraph that asks a question and the writer asked
    // in quotes before it ("“Do you regret it?” I ask.").
    std::optional<Speaker> writers_next_question(uint32_t q, uint32_t paragraph) {
        if (mentions_.writer.empty() || !asks(quotes_[q]) || !whole_paragraph(q, paragraph))
            return std::nullopt;
        // (The quotes before are read once for all the calls, which come in the quotes' order:
        // not again for each question of a long article.)
        for (; !writer_asked_ && writer_asked_read_ < q; ++writer_asked_read_) {
            const Attribution& asked = analysis_.attributions[writer_asked_read_];
            if (asked.speaker && asked.speaker->name == mentions_.writer && asked_by_cue(asked))
                writer_asked_ = asked.speaker;
        }
        return writer_asked_;
    }

    // Whether the paragraph before quote `q` (in paragraph `paragraph`) has as a subject a
    // person named or described other than `speaker`.
    bool someone_else_brought_in(uint32_t q, uint32_t paragraph, const Speaker& speaker) const {
        if (paragraph == 0) return false;
        const uint32_t from = paragraph_first_token(paragraph - 1);
        for (auto it = mentions_before(from); it != mentions_.mentions.end(); ++it) {
            const Mention& m = *it;
            if (m.first >= quote_first_[q]) break;
            // (A person, named or described: not "a 200-seat theatre", "Rehearsals".)
            const bool person = m.entity == UINT32_MAX
                                    ? m.form == MentionForm::descriptor
                                    : mentions_.entities[m.entity].kind == EntityKind::person;
            if (m.subject && !m.possessive && person && speaker_from(m).name != speaker.name)
                return true;
        }
        return false;
    }

    // The latest person before quote `q`, not the writer, whose quote was a whole one.
    std::optional<Speaker> last_answerer(uint32_t q) const {
        for (uint32_t e = q; e-- > 0 && q - e < 12;) {
            const Attribution& before = analysis_.attributions[e];
            if (quotes_[e].depth != 0 || quote_first_[e] == kNone || !before.speaker ||
                before.speaker->name == mentions_.writer || before.speaker->organisation ||
                analysis_.extraction.quotes[e].kind != QuoteKind::direct)
                continue;
            return before.speaker;
        }
        return std::nullopt;
    }

    // Whom question `q` was put to, when an "ask" cue gave it: the person named right after the
    // cue ("I ask Sami", "she asked Debra"); for the writer's own question with no one named
    // after it, the latest person before it, not the writer, whose quote was a whole one.
    std::optional<Speaker> answer_to(uint32_t q) const {
        const Attribution& asked = analysis_.attributions[q];
        if (!asked_by_cue(asked) || !asks(quotes_[q])) return std::nullopt;
        const uint32_t after = token_at(asked.cue->span.end);
        if (after < tokens_.size() && tokens_[after].outside())
            if (const Mention* m = mentions_.starting_at(after);
                m && !m->possessive && mentions_.names_person(*m))
                return speaker_from(*m);
        // (Only "I ask." with no one after it: not "I ask them".)
        if (!asked.speaker || mentions_.writer.empty() || asked.speaker->name != mentions_.writer ||
            (after < tokens_.size() && tokens_[after].word))
            return std::nullopt;
        return last_answerer(q);
    }

    // A short paragraph of the writer's own words that ends with a question mark and quotes
    // and cues no one: an interviewer's question.
    bool is_question(uint32_t paragraph) const {
        const uint32_t first = paragraph_first_token(paragraph);
        uint32_t end = first;
        while (end < tokens_.size() && tokens_[end].paragraph == paragraph) {
            if (!tokens_[end].outside() || end - first > 60) return false;
            ++end;
        }
        if (end == first || !tokens_[end - 1].is("?")) return false;
        // ("What did your family say?": a question may hold a cue of its own.)
        static const WordList kAsking = {
            "what", "how", "why",  "when", "where", "who",   "which", "did",  "do",  "does",   "is",
            "are",  "was", "were", "can",  "could", "would", "will",  "have", "has", "should", "q"};
        return kAsking.contains(tokens_[first].lower) || hits_in_paragraph(paragraph).empty();
    }

    uint32_t paragraph_first_token(uint32_t paragraph) const {
        auto it = std::lower_bound(tokens_.begin(), tokens_.end(), paragraph,
                                   [](const Token& t, uint32_t p) { return t.paragraph < p; });
        return static_cast<uint32_t>(it - tokens_.begin());
    }

    // ---- vague and indirect ----------------------------------------------------------------

    void find_vague() {
        uint32_t next = 0;  // the first token after the last phrase found
        for (const uint32_t i : vague_starts_) {
            if (i < next) continue;
            const Token& t = tokens_[i];
            const std::vector<Phrase>* phrases = lexicon_.vague_table.find(t.lower);
            if (!phrases) continue;
            for (const Phrase& phrase : *phrases) {
                bool all = i + phrase.size() <= tokens_.size();
                for (size_t k = 1; k < phrase.size() && all; ++k)
                    all = tokens_[i + k].outside() && tokens_[i + k].lower == phrase[k];
                if (!all) continue;
                const uint32_t end = i + static_cast<uint32_t>(phrase.size());
                VagueAttribution vague;
                vague.span = {t.span.start, tokens_[end - 1].span.end};
                vague.sentence = analysis_.segments.sentence_at(t.span.start);
                vague.covered_by_source = !unit_sources_[unit_of_[i]].empty();
                analysis_.vague.push_back(vague);
                next = end;
                break;
            }
        }
    }

    bool unit_has_quote(uint32_t unit) const {
        // A quote never straddles units, so one that starts inside the unit is enough.
        auto it = std::lower_bound(quote_token_starts_.begin(), quote_token_starts_.end(),
                                   units_[unit].first);
        return it != quote_token_starts_.end() && *it < units_[unit].last;
    }

    // "Putin said that he supports reconciliation", "Lavrov said the two men had spoken", and
    // "Energy is a priority, the Turkish leader said."
    void find_indirect() {
        for (const CueHit& hit : hits_) {
            if (!hit.speaker || hit.form->kind == CueKind::according) continue;
            const Unit& unit = units_[hit.unit];
            const bool subject_first = hit.start < hit.first;
            uint32_t from = hit.end;
            Span content;
            if (from < unit.last && tokens_[from].is("that")) ++from;
            if (subject_first && from < unit.last && tokens_[from].word &&
                tokens_[from].outside()) {
                uint32_t to = unit.last;
                while (to > from && !tokens_[to - 1].word && tokens_[to - 1].outside()) --to;
                if (to > from) content = {tokens_[from].span.start, tokens_[to - 1].span.end};
            } else if (hit.start > unit.first && tokens_[hit.start - 1].is(",") &&
                       !unit_has_quote(hit.unit) && (from >= unit.last || !tokens_[from].word)) {
                const uint32_t to = hit.start - 1;
                if (to > unit.first)
                    content = {tokens_[unit.first].span.start, tokens_[to - 1].span.end};
            }
            if (content.empty()) continue;
            IndirectSpeech speech;
            speech.span = content;
            speech.cue = Cue{{tokens_[hit.first].span.start, tokens_[hit.last - 1].span.end},
                             hit.form->lemma};
            speech.speaker = hit.speaker;
            speech.sources = unit_sources_[hit.unit];
            analysis_.indirect.push_back(std::move(speech));
        }
    }

    struct Carried {
        uint32_t unit;
        SourceRef source;
        std::optional<std::string> speaker;  // only this speaker's quotes, when set
    };

    ArticleAnalysis& analysis_;
    const AttributionLexicon& lexicon_;
    std::string_view text_;
    const std::vector<Quote>& quotes_;
    const std::string& lowered_;  // what the tokens' `lower` views point into
    std::vector<Token> tokens_;
    // Tokens outside quotes whose word may start a cue, or a vague phrase, in order.
    std::vector<uint32_t> cue_starts_;
    std::vector<uint32_t> vague_starts_;
    ArticleMentions mentions_;
    std::vector<Unit> units_;
    std::vector<uint32_t> unit_of_;
    std::vector<uint32_t> quote_first_;
    std::vector<uint32_t> quote_last_;
    std::vector<uint32_t> quote_token_starts_;  // sorted
    std::vector<CueHit> hits_;
    std::optional<Exchange> exchange_;
    // The writer's first question in quotes (writers_next_question), and how many quotes were
    // read for it.
    std::optional<Speaker> writer_asked_;
    uint32_t writer_asked_read_ = 0;
    // The first two bodies with "Police" in their names: first mention, name (only_police_force).
    std::optional<std::vector<std::pair<uint32_t, const std::string*>>> police_forces_;
    std::optional<EntitiesByName> entities_by_name_;
    std::vector<std::vector<SourceRef>> unit_sources_;
    std::vector<Carried> carried_;
};

}  // namespace

void attribute_article(ArticleAnalysis& analysis, const AttributionLexicon& lexicon,
                       const std::string& lowered) {
    if (analysis.article.paragraphs.empty()) {
        analysis.attributions.assign(analysis.extraction.quotes.size(), {});
        return;
    }
    Attributor(analysis, lexicon, lowered).run();
}

void attribute_article(ArticleAnalysis& analysis, const AttributionLexicon& lexicon) {
    attribute_article(analysis, lexicon, lowercase_ascii(analysis.article.text()));
}

}  // namespace quotecheck
