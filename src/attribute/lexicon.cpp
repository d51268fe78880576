#include "attribute/lexicon.hpp"
#include "core/edit_distance.hpp"

#include <fmt/format.h>

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <functional>

#include "core/diagnostic.hpp"
#include "core/embedded.hpp"
#include "core/utf8.hpp"

namespace quotecheck {

const std::vector<CueForm>* AttributionLexicon::cue_forms(std::string_view first_word) const {
    return cue_table.find(first_word);
}

const RosterPerson* AttributionLexicon::roster_person(std::string_view lowercase_name) const {
    const size_t* index = roster_index.find(lowercase_name);
    return index ? &people[*index] : nullptr;
}

const Outlet* AttributionLexicon::outlet(std::string_view lowercase_name) const {
    const size_t* index = outlet_index.find(lowercase_name);
    return index ? &outlets[*index] : nullptr;
}

namespace {

// The lowercased words of `text` between the characters `separates` says part them.
template <typename Separator>
std::vector<std::string> lowercase_words(std::string_view text, Separator separates) {
    std::vector<std::string> words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && separates(text[i])) ++i;
        size_t end = i;
        while (end < text.size() && !separates(text[end])) ++end;
        if (end > i) words.push_back(lowercase_ascii(text.substr(i, end - i)));
        i = end;
    }
    return words;
}

// The words of a phrase: "according to" -> {"according", "to"}.
std::vector<std::string> split_words(std::string_view phrase) {
    return lowercase_words(phrase, [](char c) { return c == ' '; });
}

// The words of a long list written as one string: separated by spaces, tabs or line breaks.
std::vector<std::string> whitespace_words(std::string_view text) {
    return lowercase_words(text,
                           [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

// Reads one lexicon file into the lexicon, checking every key and type.
class LexiconReader {
  public:
    LexiconReader(AttributionLexicon& lexicon, std::string path)
        : lexicon_(lexicon), path_(std::move(path)) {}

    void read(std::string_view text) {
        toml::table root;
        try {
            root = toml::parse(text, path_);
        } catch (const toml::parse_error& error) {
            throw ConfigError(path_, static_cast<unsigned>(error.source().begin.line),
                              std::string(error.description()));
        }
        const std::array<std::pair<std::string_view, WordSet*>, 29> word_lists{{
            {"titles", &lexicon_.titles},
            {"honorifics", &lexicon_.honorifics},
            {"roles", &lexicon_.roles},
            {"generic_roles", &lexicon_.generic_roles},
            {"epithets", &lexicon_.epithets},
            {"spouses", &lexicon_.spouses},
            {"relatives", &lexicon_.relatives},
            {"audiences", &lexicon_.audiences},
            {"qualifiers", &lexicon_.qualifiers},
            {"titles_kept_alone", &lexicon_.kept_alone},
            {"organisation_words", &lexicon_.organisation_words},
            {"name_particles", &lexicon_.name_particles},
            {"post_nominals", &lexicon_.post_nominals},
            {"not_names", &lexicon_.not_names},
            {"person_pronouns", &lexicon_.person_pronouns},
            {"male_words", &lexicon_.male_words},
            {"female_words", &lexicon_.female_words},
            {"male_names", &lexicon_.male_words},
            {"female_names", &lexicon_.female_words},
            {"group_pronouns", &lexicon_.group_pronouns},
            {"between_words", &lexicon_.between_words},
            {"determiners", &lexicon_.determiners},
            {"outlet_suffixes", &lexicon_.outlet_suffixes},
            {"outlet_heads", &lexicon_.outlet_heads},
            {"statement_words", &lexicon_.statement_words},
            {"surnames_first", &lexicon_.surnames_first},
            {"place_features", &lexicon_.place_features},
            {"place_openers", &lexicon_.place_openers},
            {"descriptions", &lexicon_.descriptions},
        }};
        std::vector<std::string_view> known{"cue",
                                            "person",
                                            "outlet",
                                            "vague",
                                            "outlet_cues_before",
                                            "outlet_cues_after",
                                            "title_abbreviations",
                                            "role_synonyms",
                                            "organisation_kinds"};
        for (const auto& entry : word_lists) known.push_back(entry.first);
        for (const auto& [key, node] : root) {
            const std::string_view name = key.str();
            if (name == "cue") {
                for_each_table(node, name, [&](const toml::table& t) { read_cue(t); });
            } else if (name == "person") {
                for_each_table(node, name, [&](const toml::table& t) { read_person(t); });
            } else if (name == "outlet") {
                for_each_table(node, name, [&](const toml::table& t) { read_outlet(t); });
            } else if (name == "title_abbreviations") {
                const toml::table* table = node.as_table();
                if (!table) fail(node, "'title_abbreviations' must be a table of strings");
                for (const auto& [abbreviation, words] : *table) {
                    const auto* value = words.as_string();
                    if (!value) fail(words, "'title_abbreviations' must be a table of strings");
                    lexicon_.title_abbreviations[lowercase_ascii(std::string(abbreviation.str()))] =
                        split_words(value->get());
                }
            } else if (name == "role_synonyms") {
                const toml::table* table = node.as_table();
                if (!table) fail(node, "'role_synonyms' must be a table of word lists");
                for (const auto& [word, others] : *table)
                    lexicon_.role_synonyms[lowercase_ascii(std::string(word.str()))] =
                        strings(others, name);
            } else if (name == "organisation_kinds") {
                const toml::table* table = node.as_table();
                if (!table) fail(node, "'organisation_kinds' must be a table of word lists");
                for (const auto& [kind, words] : *table)
                    for (const std::string& word : strings(words, name))
                        lexicon_.organisation_kinds[word] = std::string(kind.str());
            } else if (name == "vague") {
                for (const std::string& phrase : strings(node, name)) {
                    Phrase words = split_words(phrase);
                    if (!words.empty()) lexicon_.vague[words.front()].push_back(std::move(words));
                }
            } else if (name == "outlet_cues_before" || name == "outlet_cues_after") {
                const bool before = name == "outlet_cues_before";
                for (const std::string& phrase : strings(node, name)) {
                    Phrase words = split_words(phrase);
                    if (words.empty()) continue;
                    auto& index = before ? lexicon_.outlet_cues_before[words.back()]
                                         : lexicon_.outlet_cues_after[words.front()];
                    index.push_back(std::move(words));
                }
            } else {
                auto list = std::find_if(word_lists.begin(), word_lists.end(),
                                         [&](const auto& entry) { return entry.first == name; });
                if (list == word_lists.end()) unknown_key(node, name, known);
                // A long list may be one string of words ("male_names", "female_names"): TOML++
                // reads it in about 60 % of the time an array of thousands of strings takes.
                if (const auto* words = node.as_string();
                    words && (name == "male_names" || name == "female_names")) {
                    for (const std::string& word : whitespace_words(words->get()))
                        list->second->insert(word);
                    continue;
                }
                for (const std::string& word : strings(node, name))
                    list->second->insert(lowercase_ascii(word));
            }
        }
    }

  private:
    [[noreturn]] void fail(const toml::node& node, const std::string& message) const {
        throw ConfigError(path_, static_cast<unsigned>(node.source().begin.line), message);
    }

    [[noreturn]] void unknown_key(const toml::node& node, std::string_view key,
                                  const std::vector<std::string_view>& known) const {
        std::string message = fmt::format("unknown key '{}'", key);
        std::string_view best;
        size_t best_distance = 3;
        for (std::string_view candidate : known) {
            const size_t distance = edit_distance(key, candidate);
            if (distance < best_distance) best = candidate, best_distance = distance;
        }
        if (!best.empty()) message += fmt::format(" (did you mean '{}'?)", best);
        fail(node, message);
    }

    std::vector<std::string> strings(const toml::node& node, std::string_view key) const {
        const toml::array* array = node.as_array();
        if (!array) fail(node, fmt::format("'{}' must be an array of strings", key));
        std::vector<std::string> out;
        for (const toml::node& item : *array) {
            const auto* value = item.as_string();
            if (!value) fail(item, fmt::format("'{}' must be an array of strings", key));
            out.push_back(value->get());
        }
        return out;
    }

    std::string string(const toml::node& node, std::string_view key) const {
        const auto* value = node.as_string();
        if (!value) fail(node, fmt::format("'{}' must be a string", key));
        return value->get();
    }

    void for_each_table(const toml::node& node, std::string_view key,
                        const std::function<void(const toml::table&)>& read_one) const {
        const toml::array* array = node.as_array();
        if (!array) fail(node, fmt::format("'{}' must be an array of tables ([[{}]])", key, key));
        for (const toml::node& item : *array) {
            const toml::table* table = item.as_table();
            if (!table)
                fail(item, fmt::format("'{}' must be an array of tables ([[{}]])", key, key));
            read_one(*table);
        }
    }

    const toml::node& required(const toml::table& table, std::string_view section,
                               std::string_view key) const {
        const toml::node* node = table.get(key);
        if (!node) fail(table, fmt::format("[[{}]] needs '{}'", section, key));
        return *node;
    }

    void read_cue(const toml::table& table) {
        const std::vector<std::string_view> known{"lemma",     "forms",      "kind",
                                                  "addressee", "introduces", "people_only"};
        for (const auto& [key, node] : table)
            if (std::find(known.begin(), known.end(), key.str()) == known.end())
                unknown_key(node, key.str(), known);
        CueForm base;
        base.lemma = string(required(table, "cue", "lemma"), "lemma");
        if (const toml::node* kind = table.get("kind")) {
            const std::string value = string(*kind, "kind");
            if (value == "speech")
                base.kind = CueKind::speech;
            else if (value == "according")
                base.kind = CueKind::according;
            else if (value == "report")
                base.kind = CueKind::report;
            else
                fail(*kind,
                     fmt::format("kind '{}' is not one of speech, according, report", value));
        }
        if (const toml::node* addressee = table.get("addressee")) {
            const auto* value = addressee->as_boolean();
            if (!value) fail(*addressee, "'addressee' must be true or false");
            base.addressee = value->get();
        }
        if (const toml::node* introduces = table.get("introduces")) {
            const auto* value = introduces->as_boolean();
            if (!value) fail(*introduces, "'introduces' must be true or false");
            base.introduces = value->get();
        }
        if (const toml::node* people_only = table.get("people_only")) {
            const auto* value = people_only->as_boolean();
            if (!value) fail(*people_only, "'people_only' must be true or false");
            base.people_only = value->get();
        }
        for (const std::string& form : strings(required(table, "cue", "forms"), "forms")) {
            CueForm cue = base;
            cue.words = split_words(form);
            if (cue.words.empty()) fail(table, "a cue form is empty");
            auto& forms = lexicon_.cues[cue.words.front()];
            // A form given again (by a later [[cue]], or a newsroom's own lexicon file) replaces
            // the one before: its lemma, kind and options are the ones that hold.
            if (auto same = std::find_if(forms.begin(), forms.end(),
                                         [&](const CueForm& f) { return f.words == cue.words; });
                same != forms.end())
                forms.erase(same);
            forms.push_back(std::move(cue));
            // Longest forms first, so "pointed out" wins over "pointed".
            std::stable_sort(forms.begin(), forms.end(), [](const CueForm& a, const CueForm& b) {
                return a.words.size() > b.words.size();
            });
        }
    }

    void read_person(const toml::table& table) {
        const std::vector<std::string_view> known{"name", "aliases", "titles"};
        for (const auto& [key, node] : table)
            if (std::find(known.begin(), known.end(), key.str()) == known.end())
                unknown_key(node, key.str(), known);
        RosterPerson person;
        person.name = string(required(table, "person", "name"), "name");
        if (const toml::node* aliases = table.get("aliases"))
            person.aliases = strings(*aliases, "aliases");
        if (const toml::node* titles = table.get("titles"))
            for (const std::string& title : strings(*titles, "titles"))
                for (std::string& word : split_words(title))
                    person.titles.push_back(std::move(word));
        const size_t index = lexicon_.people.size();
        lexicon_.roster_names[lowercase_ascii(person.name)] = index;
        for (const std::string& alias : person.aliases)
            lexicon_.roster_names[lowercase_ascii(alias)] = index;
        lexicon_.people.push_back(std::move(person));
    }

    void read_outlet(const toml::table& table) {
        const std::vector<std::string_view> known{"name", "aliases"};
        for (const auto& [key, node] : table)
            if (std::find(known.begin(), known.end(), key.str()) == known.end())
                unknown_key(node, key.str(), known);
        Outlet outlet;
        outlet.name = string(required(table, "outlet", "name"), "name");
        if (const toml::node* aliases = table.get("aliases"))
            outlet.aliases = strings(*aliases, "aliases");
        const size_t index = lexicon_.outlets.size();
        lexicon_.outlet_names[lowercase_ascii(outlet.name)] = index;
        for (const std::string& alias : outlet.aliases)
            lexicon_.outlet_names[lowercase_ascii(alias)] = index;
        lexicon_.outlets.push_back(std::move(outlet));
    }

    AttributionLexicon& lexicon_;
    std::string path_;
};

}  // namespace

AttributionLexicon load_attribution_lexicon(std::span<const LexiconText> extra) {
    AttributionLexicon lexicon;
    for (const EmbeddedFile& file : embedded_rule_files()) {
        if (!is_lexicon_file(file.path)) continue;
        LexiconReader(lexicon, "rules/" + std::string(file.path)).read(file.bytes);
    }
    for (const LexiconText& file : extra) LexiconReader(lexicon, file.path).read(file.text);
    const std::pair<const WordSet*, uint32_t> sets[] = {
        {&lexicon.titles, word_class::title},
        {&lexicon.honorifics, word_class::honorific},
        {&lexicon.roles, word_class::role},
        {&lexicon.organisation_words, word_class::organisation},
        {&lexicon.name_particles, word_class::name_particle},
        {&lexicon.post_nominals, word_class::post_nominal},
        {&lexicon.not_names, word_class::not_name},
        {&lexicon.person_pronouns, word_class::person_pronoun},
        {&lexicon.group_pronouns, word_class::group_pronoun},
        {&lexicon.between_words, word_class::between},
        {&lexicon.determiners, word_class::determiner},
        {&lexicon.statement_words, word_class::statement},
        {&lexicon.outlet_suffixes, word_class::outlet_suffix},
        {&lexicon.generic_roles, word_class::generic_role},
        {&lexicon.epithets, word_class::epithet},
        {&lexicon.spouses, word_class::spouse},
        {&lexicon.relatives, word_class::relative},
        {&lexicon.audiences, word_class::audience},
        {&lexicon.qualifiers, word_class::qualifier},
        {&lexicon.kept_alone, word_class::kept_alone},
        {&lexicon.place_features, word_class::place_feature},
        {&lexicon.place_openers, word_class::place_opener},
        {&lexicon.outlet_heads, word_class::outlet_head},
        {&lexicon.male_words, word_class::male},
        {&lexicon.female_words, word_class::female},
    };
    std::unordered_map<std::string, uint32_t> classes;
    for (const auto& [set, bit] : sets)
        for (const std::string& word : *set) classes[word] |= bit;
    for (const auto& [word, forms] : lexicon.cues) classes[word] |= word_class::cue_start;
    for (const auto& [word, words] : lexicon.title_abbreviations)
        classes[word] |= word_class::abbreviation;
    for (const auto& [word, phrases] : lexicon.vague) classes[word] |= word_class::vague_start;
    for (const auto& [word, phrases] : lexicon.outlet_cues_before)
        classes[word] |= word_class::outlet_cue_end;
    for (const auto& [word, phrases] : lexicon.outlet_cues_after)
        classes[word] |= word_class::outlet_cue_start;
    lexicon.word_classes = WordTable<uint32_t>(classes);
    lexicon.roster_index = WordTable<size_t>(lexicon.roster_names);
    lexicon.outlet_index = WordTable<size_t>(lexicon.outlet_names);
    lexicon.cue_table = WordTable<std::vector<CueForm>>(lexicon.cues);
    lexicon.vague_table = WordTable<std::vector<Phrase>>(lexicon.vague);
    lexicon.outlet_cues_before_table = WordTable<std::vector<Phrase>>(lexicon.outlet_cues_before);
    lexicon.outlet_cues_after_table = WordTable<std::vector<Phrase>>(lexicon.outlet_cues_after);
    return lexicon;
}

}  // namespace quotecheck
