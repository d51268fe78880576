#include "corpus/name_variants.hpp"

#include <fmt/format.h>
#include <oneapi/tbb/concurrent_unordered_map.h>
#include <oneapi/tbb/concurrent_unordered_set.h>
#include <oneapi/tbb/parallel_for.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <numeric>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "corpus/person_names.hpp"

namespace quotecheck {

namespace {

// A mention with what report_person reads of it.
struct Mention {
    const NameEntry* entry;
    const FoldedName* name;      // shared by the mentions of one spelling
    const std::string* written;  // given name and surname as written: the key `name` is folded from
    const std::string* title;  // as written, kept once per spelling; null without qualifier or role
    // With a given name as written: known when the mention is read, so that reporting a person
    // reads the material again only for titles (the material of a large corpus is far beyond
    // the cache, and each mention's article is another miss).
    bool given = false;
};

// What the check reads of a mention: the words its article's material keeps for it (the
// article's text is not read: a large run has released it by now).
MentionWords read_mention(const Corpus& corpus, const NameEntry& entry) {
    return mention_words(corpus.material[entry.article].name_words, entry.mention);
}

// One written form (a name or a title) and where it occurs.
struct Form {
    std::string text;
    std::string qualifier;               // titles: the folded country part
    const FoldedName* folded = nullptr;  // names: the name folded
    std::vector<Location> places;
    std::set<uint32_t> articles;
};

// Shorter surnames one letter apart are too often different names (Kim/Kin).
constexpr size_t kMinLinkedSurname = 5;

struct UnionFind {
    std::vector<size_t> parent;
    explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), size_t{0}); }
    size_t find(size_t x) { return parent[x] == x ? x : parent[x] = find(parent[x]); }
    void unite(size_t x, size_t y) { parent[find(x)] = find(y); }
};

std::string list_forms(const Corpus& corpus, const std::vector<const Form*>& forms) {
    std::vector<std::string> parts;
    for (const Form* form : forms) {
        std::vector<std::string> names;
        for (uint32_t article : form->articles) {
            if (names.size() == 3) {
                names.push_back(fmt::format("{} more", form->articles.size() - 3));
                break;
            }
            names.push_back(corpus.name(article));
        }
        parts.push_back(
            fmt::format("“{}” ×{} ({})", form->text, form->places.size(), fmt::join(names, ", ")));
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

// Orders forms most used first; ties keep first appearance.
std::vector<const Form*> by_use(const std::map<std::string, Form>& forms) {
    std::vector<const Form*> ordered;
    for (const auto& [text, form] : forms) ordered.push_back(&form);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Form* x, const Form* y) {
        if (x->places.size() != y->places.size()) return x->places.size() > y->places.size();
        return before(x->places.front(), y->places.front());
    });
    return ordered;
}

void add_place(Form& form, const std::string& text, Location place) {
    // (The same text each time: the form is keyed by it.)
    if (form.text.empty()) form.text = text;
    form.places.push_back(place);
    form.articles.insert(place.article);
}

// The forms of a name that are spellings of one another (not a short form of the name).
std::vector<const Form*> drifting_names(const std::map<std::string, Form>& names) {
    const std::vector<const Form*> ordered = by_use(names);
    std::vector<const Form*> drifting;
    for (size_t k = 0; k < ordered.size(); ++k) {
        const std::string& given = ordered[k]->folded->given;
        bool differs = false;
        for (size_t other = 0; other < ordered.size() && !differs; ++other)
            differs = other != k && (given == ordered[other]->folded->given ||
                                     spelling_variants(given, ordered[other]->folded->given));
        if (differs) drifting.push_back(ordered[k]);
    }
    return drifting;
}

// The forms of one role whose country part is one country written two ways.
std::vector<const Form*> drifting_titles(const std::map<std::string, Form>& titles) {
    const std::vector<const Form*> ordered = by_use(titles);
    std::vector<const Form*> drifting;
    for (const Form* form : ordered) {
        const bool differs = std::any_of(ordered.begin(), ordered.end(), [&](const Form* other) {
            return other != form && same_qualifier_stem(form->qualifier, other->qualifier);
        });
        if (differs) drifting.push_back(form);
    }
    return drifting;
}

// The roster's spelling of the person, when one of the forms is it, is the one proposed.
void prefer_roster_spelling(const Corpus& corpus, std::vector<const Form*>& forms) {
    if (!corpus.roster) return;
    for (const Form* form : forms) {
        std::string lower = form->text;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        const RosterPerson* person = corpus.roster->roster_person(lower);
        if (!person) continue;
        const auto canonical = std::find_if(forms.begin(), forms.end(),
                                            [&](const Form* f) { return f->text == person->name; });
        if (canonical != forms.end()) std::rotate(forms.begin(), canonical, canonical + 1);
        return;
    }
}

// Puts the words of each related location into its message, which report_person left with a
// {} where they go; each article's text is read once for all of them.
void word_related_places(const Corpus& corpus, std::span<Finding> findings) {
    std::vector<RelatedLocation*> places;
    for (Finding& finding : findings)
        for (RelatedLocation& related : finding.related) places.push_back(&related);
    corpus.for_each_text(
        places, [](const RelatedLocation* related) { return related->where.article; },
        [](RelatedLocation* related, std::string_view text) {
            related->message =
                fmt::format(fmt::runtime(related->message), excerpt(text, related->where.span));
        });
}

void report_person(const Corpus& corpus, const std::vector<const Mention*>& person,
                   std::vector<Finding>& findings) {
    std::map<std::string, Form> names;                          // keyed by the written full name
    std::map<std::string, std::map<std::string, Form>> titles;  // role → written title
    auto words_of = [&](const Mention& m) { return read_mention(corpus, *m.entry); };
    for (const Mention* m : person) {
        const Location place{m->entry->article, m->entry->mention.span};
        if (m->given) {
            Form& form = names[*m->written];
            form.folded = m->name;
            add_place(form, *m->written, place);
        }
        if (m->title) {
            const MentionWords words = words_of(*m);
            Form& form = titles[std::string(words.role)][*m->title];
            form.qualifier = words.qualifier;
            add_place(form, *m->title, place);
        }
    }
    std::vector<std::vector<const Form*>> groups;  // each: the proposed form first
    if (auto drifting = drifting_names(names); !drifting.empty()) {
        prefer_roster_spelling(corpus, drifting);
        groups.push_back(std::move(drifting));
    }
    const size_t title_groups_from = groups.size();
    for (const auto& [role, forms] : titles)
        if (auto drifting = drifting_titles(forms); !drifting.empty())
            groups.push_back(std::move(drifting));
    if (groups.empty()) return;

    // Named by the proposed spelling, else by the name most used.
    const std::vector<const Form*> all_names = by_use(names);
    const std::string who =
        title_groups_from > 0 ? groups.front().front()->text
        : all_names.empty()
            ? person.front()->written->substr(words_of(*person.front()).given.size() + 1)
            : all_names.front()->text;
    std::vector<std::string> parts, fixes;
    std::vector<Location> minority, proposed;
    for (size_t g = 0; g < groups.size(); ++g) {
        const auto& group = groups[g];
        std::string fix = replacement_fix(group.front()->text);
        // A group whose every other form an article finding already corrects the same way (a
        // house spelling, a title rule) would say it twice.
        const bool already_proposed =
            corpus.proposed && std::all_of(group.begin() + 1, group.end(), [&](const Form* form) {
                return std::all_of(
                    form->places.begin(), form->places.end(),
                    [&](const Location& place) { return corpus.proposed->covers(place, fix); });
            });
        if (already_proposed) continue;
        const bool is_title = g >= title_groups_from;
        parts.push_back(fmt::format("{} {} ways: {}", is_title ? "title written" : "name spelled",
                                    group.size(), list_forms(corpus, group)));
        fixes.push_back(std::move(fix));
        for (size_t k = 0; k < group.size(); ++k)
            for (const Location& place : group[k]->places)
                (k == 0 ? proposed : minority).push_back(place);
    }
    if (parts.empty()) return;
    std::sort(minority.begin(), minority.end(), before);
    std::sort(proposed.begin(), proposed.end(), before);

    Finding finding;
    finding.rule = "corpus.name-variants";
    finding.severity = Severity::warning;
    finding.message = fmt::format("{} is named inconsistently across the articles: {}", who,
                                  fmt::join(parts, "; "));
    finding.fix = fmt::format("{}", fmt::join(fixes, "; "));
    finding.where = minority.front();
    // Each related location's words are read after every person is reported, each article's
    // text once (word_related_places): its message holds where they go.
    for (size_t k = 1; k < minority.size() && finding.related.size() < kMaxRelated; ++k)
        finding.related.push_back({minority[k], "“{}”"});
    // The proposed form once per article, so the reader sees where it is used.
    std::set<uint32_t> shown;
    for (const Location& place : proposed) {
        if (finding.related.size() >= kMaxRelated) break;
        if (!shown.insert(place.article).second) continue;
        finding.related.push_back({place, "“{}” (proposed form)"});
    }
    findings.push_back(std::move(finding));
}

// Calls `add` with each string left after deleting up to `depth` bytes of `key` at or after
// `from`, `key` itself included: two words within `depth` edits of each other share one of
// them. Deleting positions in increasing order reaches each set of positions once; a string
// may still come twice (deleting either "n" of "Anna").
template <typename Add>
void for_each_deletion(const std::string& key, size_t from, size_t depth, const Add& add) {
    add(key);
    if (depth == 0) return;
    for (size_t k = from; k < key.size(); ++k) {
        std::string shorter = key;
        shorter.erase(k, 1);
        for_each_deletion(shorter, k, depth - 1, add);
    }
}

// Pairs (x < y) of given names that may be one person's, found through shared keys rather
// than by comparing all pairs: a surname common in a large archive comes with many given
// names. A short form shares a word with the full form; spelling variants have the same
// number of words and first words within max(1, length / 4) edits (see spelling_variants), so
// they share a deletion of the first word.
std::vector<std::pair<size_t, size_t>> given_name_candidates(
    const std::vector<std::string>& givens) {
    std::unordered_map<std::string, std::vector<size_t>> by_key;
    for (size_t g = 0; g < givens.size(); ++g) {
        // Names are added in order, so a key met twice for one name ends its list already.
        auto add = [&](const std::string& key) {
            std::vector<size_t>& members = by_key[key];
            if (members.empty() || members.back() != g) members.push_back(g);
        };
        size_t words = 0;
        std::string_view first;
        const std::string_view given = givens[g];
        for (size_t from = 0; from <= given.size();) {
            const size_t to = std::min(given.find(' ', from), given.size());
            if (to > from) {
                const std::string_view word = given.substr(from, to - from);
                if (words++ == 0) first = word;
                add(std::string("w ").append(word));
            }
            from = to + 1;
        }
        const std::string prefix = fmt::format("v{} ", words);
        for_each_deletion(prefix + std::string(first), prefix.size(),
                          std::max<size_t>(1, first.size() / 4), add);
    }
    std::vector<std::pair<size_t, size_t>> pairs;
    for (const auto& [key, members] : by_key)
        for (size_t i = 0; i < members.size(); ++i)
            for (size_t j = i + 1; j < members.size(); ++j)
                pairs.emplace_back(members[i], members[j]);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

// Surnames one letter apart (Netanyahu/Netanyahou, Liberman/Lieberman) are one person's when
// given names agree too. Candidates come from single-deletion keys, not from comparing all
// pairs. Maps each folded surname to the one that stands for its group.
std::unordered_map<std::string, std::string> link_surnames(const std::vector<Mention>& mentions) {
    std::map<std::string, std::set<std::string>> givens_of;
    for (const Mention& mention : mentions) {
        auto& givens = givens_of[mention.name->surname];
        if (!mention.name->given.empty()) givens.insert(mention.name->given);
    }
    std::vector<const std::string*> surnames;
    for (const auto& [surname, givens] : givens_of) surnames.push_back(&surname);
    UnionFind groups(surnames.size());
    std::unordered_map<std::string, size_t> first_with_key;
    for (size_t i = 0; i < surnames.size(); ++i) {
        const std::string& surname = *surnames[i];
        if (surname.size() < kMinLinkedSurname) continue;
        std::vector<std::string> keys = {surname};
        for (size_t k = 0; k < surname.size(); ++k)
            keys.push_back(surname.substr(0, k) + surname.substr(k + 1));
        for (const std::string& key : keys) {
            const auto [found, added] = first_with_key.try_emplace(key, i);
            if (added || groups.find(found->second) == groups.find(i)) continue;
            const std::string& other = *surnames[found->second];
            if (!within_one_edit(surname, other)) continue;
            const auto& mine = givens_of[surname];
            const auto& theirs = givens_of[other];
            const bool same_person =
                std::any_of(mine.begin(), mine.end(), [&](const std::string& given) {
                    return std::any_of(theirs.begin(), theirs.end(), [&](const std::string& their) {
                        return given_names_compatible(given, their);
                    });
                });
            if (same_person) groups.unite(i, found->second);
        }
    }
    std::unordered_map<std::string, std::string> group_of;
    for (size_t i = 0; i < surnames.size(); ++i) group_of[*surnames[i]] = *surnames[groups.find(i)];
    return group_of;
}

}  // namespace

bool same_qualifier_stem(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty() || a == b) return a == b;
    size_t common = 0;
    while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
    const size_t shorter = std::min(a.size(), b.size());
    // ("Clark County Judge" and "Clark County District Judge": a word more, not a spelling.)
    const std::string_view longer = a.size() > b.size() ? a : b;
    if (common == shorter && longer[shorter] == ' ') return false;
    return common >= 4 && common * 5 >= shorter * 3;
}

void check_name_variants(const Corpus& corpus, std::vector<Finding>& findings) {
    // An archive names the same people again and again: each spelling is folded once, and its
    // mentions point at the one folded form (the map's nodes never move). Articles are read in
    // parallel; two threads meeting a new spelling at once fold it alike and keep one.
    tbb::concurrent_unordered_map<std::string, FoldedName> folded_names;
    auto folded = [&](std::string name) -> const std::pair<const std::string, FoldedName>& {
        auto it = folded_names.find(name);
        if (it == folded_names.end()) {
            FoldedName name_folded = fold_name(name);
            it = folded_names.emplace(std::move(name), std::move(name_folded)).first;
        }
        return *it;
    };
    // Titles as written, each once (the set's nodes never move).
    tbb::concurrent_unordered_set<std::string> titles;
    struct ArticleNames {
        std::vector<Mention> mentions;
        std::vector<std::string_view> person_surnames;  // into folded_names
    };
    std::vector<ArticleNames> by_article(corpus.material.size());
    tbb::parallel_for(size_t{0}, corpus.material.size(), [&](size_t a) {
        const ArticleMaterial& material = corpus.material[a];
        ArticleNames& names = by_article[a];
        for (const std::string& speaker : material.speakers)
            names.person_surnames.push_back(folded(speaker).second.surname);
        if (material.names.empty()) return;
        names.mentions.reserve(material.names.size());
        for (const NameEntry& entry : material.names) {
            const MentionWords text = read_mention(corpus, entry);
            std::string full(text.given);
            full += ' ';
            full += text.surname;
            const auto& [written, name] = folded(std::move(full));
            const std::string* title = nullptr;
            if (!text.qualifier.empty() && !text.role.empty())
                title = &*titles.emplace(text.title).first;
            Mention mention{&entry, &name, &written, title, !text.given.empty()};
            if (!text.title.empty() || entry.mention.next_to_speech_cue)
                names.person_surnames.push_back(mention.name->surname);
            names.mentions.push_back(mention);
        }
    });
    // A capitalised pair of words is taken for a person's name only when the corpus shows the
    // surname is a person's: with a title, as a speaker, or next to a speech verb.
    std::unordered_set<std::string_view> person_surnames;
    std::vector<Mention> mentions;
    for (ArticleNames& names : by_article) {
        person_surnames.insert(names.person_surnames.begin(), names.person_surnames.end());
        mentions.insert(mentions.end(), names.mentions.begin(), names.mentions.end());
    }
    std::vector<ArticleNames>().swap(by_article);
    std::erase_if(mentions,
                  [&](const Mention& m) { return !person_surnames.contains(m.name->surname); });

    const std::unordered_map<std::string, std::string> surname_group = link_surnames(mentions);
    std::unordered_map<std::string, std::vector<const Mention*>> by_surname;
    for (const Mention& mention : mentions)
        by_surname[surname_group.at(mention.name->surname)].push_back(&mention);
    std::vector<std::pair<std::string_view, const std::vector<const Mention*>*>> surnames;
    for (const auto& [surname, list] : by_surname) surnames.emplace_back(surname, &list);
    std::sort(surnames.begin(), surnames.end());

    // Each surname's people are found and reported on their own, in parallel (this was the
    // largest serial part of a run on two cores), and their findings joined in surname order.
    std::vector<std::vector<Finding>> found(surnames.size());
    tbb::parallel_for(size_t{0}, surnames.size(), [&](size_t s) {
        const auto& list = *surnames[s].second;
        // Given names of this surname, grouped into people. Two spellings that one article
        // uses side by side are two people (Jon and John Smith), not drift.
        std::vector<std::string> givens;                        // in order of first mention
        std::vector<std::set<uint32_t>> articles_of;            // of each of givens
        std::vector<size_t> given_of(list.size());              // each mention's index into givens
        std::unordered_map<std::string_view, size_t> index_of;  // views into the mentions
        for (size_t k = 0; k < list.size(); ++k) {
            const std::string& given = list[k]->name->given;
            if (given.empty()) continue;
            const auto [slot, added] = index_of.try_emplace(given, givens.size());
            if (added) {
                givens.push_back(given);
                articles_of.emplace_back();
            }
            articles_of[slot->second].insert(list[k]->entry->article);
            given_of[k] = slot->second;
        }
        UnionFind people(givens.size());
        for (const auto& [x, y] : given_name_candidates(givens)) {
            if (!given_names_compatible(givens[x], givens[y])) continue;
            const auto& ax = articles_of[x];
            const auto& ay = articles_of[y];
            const bool side_by_side =
                spelling_variants(givens[x], givens[y]) &&
                std::any_of(ax.begin(), ax.end(), [&](uint32_t a) { return ay.contains(a); });
            if (!side_by_side) people.unite(x, y);
        }
        std::map<size_t, std::vector<const Mention*>> person_mentions;
        std::set<size_t> roots;
        for (size_t x = 0; x < givens.size(); ++x) roots.insert(people.find(x));
        for (size_t k = 0; k < list.size(); ++k) {
            const Mention* m = list[k];
            if (m->name->given.empty()) {
                // A title and surname alone ("President Putin") belong to the one person of
                // that surname, if there is only one.
                if (roots.size() <= 1)
                    person_mentions[roots.empty() ? 0 : *roots.begin()].push_back(m);
                continue;
            }
            person_mentions[people.find(given_of[k])].push_back(m);
        }

        for (const auto& [root, person] : person_mentions) report_person(corpus, person, found[s]);
    });
    const size_t first = findings.size();
    for (std::vector<Finding>& list : found)
        findings.insert(findings.end(), std::make_move_iterator(list.begin()),
                        std::make_move_iterator(list.end()));
    word_related_places(corpus, std::span(findings).subspan(first));
}

}  // namespace quotecheck
