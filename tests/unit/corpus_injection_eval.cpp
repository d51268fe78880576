// Recall and false alarms of the cross-article quote checks, measured by injection: each base
// article gets a second "other outlet" copy in memory where one attributed quote is altered (a
// misquote of several kinds, a misattribution) or rewritten harmlessly (controls). The corpus
// stage runs over the original, the copy and the other base articles as distractors. Run on the
// real seed articles (skipped when ../shared/seeds is absent) and on short articles written here.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "attribute/lexicon.hpp"
#include "check/run_check.hpp"
#include "corpus/check_corpus.hpp"
#include "corpus/person_names.hpp"
#include "corpus_fixtures.hpp"
#include "load/load.hpp"

using namespace quotecheck;
using testing::seeds_dir;

namespace {

struct Base {
    std::string name;
    std::string text;
    std::string date;
};

struct Word {
    size_t start = 0, end = 0;  // byte offsets in the article text
    std::string lower;
};

// Words (letters, digits, inner apostrophes) of one stretch of text.
std::vector<Word> words_in(const std::string& text, size_t from, size_t to) {
    std::vector<Word> words;
    auto is_word_byte = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    for (size_t k = from; k < to;) {
        if (!is_word_byte(static_cast<unsigned char>(text[k]))) {
            ++k;
            continue;
        }
        size_t end = k;
        while (end < to && (is_word_byte(static_cast<unsigned char>(text[end])) ||
                            (text[end] == '\'' && end + 1 < to &&
                             std::isalpha(static_cast<unsigned char>(text[end + 1])))))
            ++end;
        std::string lower = text.substr(k, end - k);
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        words.push_back({k, end, lower});
        k = end;
    }
    return words;
}

bool is_function_word(const std::string& word) {
    static const std::set<std::string> words = {
        "a",    "an",   "the",  "and", "or",    "but",  "of",    "to",    "in",    "on",
        "at",   "for",  "with", "by",  "from",  "is",   "are",   "was",   "were",  "be",
        "been", "we",   "i",    "you", "he",    "she",  "it",    "they",  "this",  "that",
        "our",  "my",   "his",  "her", "their", "its",  "will",  "would", "can",   "could",
        "not",  "have", "has",  "had", "do",    "does", "there", "these", "those", "as"};
    return words.contains(word);
}

const std::vector<std::string> kReplacements = {"remarkable", "dangerous", "temporary",
                                                "careful",    "separate",  "powerful"};

std::string replacement_for(const std::vector<Word>& words, size_t skip = 0) {
    for (const std::string& candidate : kReplacements) {
        const bool used = std::any_of(words.begin(), words.end(),
                                      [&](const Word& w) { return w.lower == candidate; });
        if (!used && skip-- == 0) return candidate;
    }
    return "unusual";
}

std::string replaced(const std::string& text, size_t start, size_t end, const std::string& with) {
    return text.substr(0, start) + with + text.substr(end);
}

// Content words of the quote usable for a change: not function words, not numbers.
std::vector<size_t> content_positions(const std::vector<Word>& words) {
    std::vector<size_t> result;
    for (size_t k = 0; k < words.size(); ++k)
        if (words[k].lower.size() >= 4 && !is_function_word(words[k].lower) &&
            !std::isdigit(static_cast<unsigned char>(words[k].lower[0])))
            result.push_back(k);
    return result;
}

enum class Expect { misquote, misattribution, nothing };

struct Case {
    std::string type;
    Expect expect;
    std::string copy_text;
    std::string quote = {};  // the quote changed, for a report of what was missed
};

// The injections for one quote (text between the marks at [from, to)); a kind that does not
// apply to the quote (no number to swap) is left out.
std::vector<Case> cases_for(const std::string& text, Span quote, Span open, Span close,
                            const std::string& other_speaker, Span speaker_mention) {
    std::vector<Case> cases;
    const std::vector<Word> words = words_in(text, quote.start, quote.end);
    const std::vector<size_t> content = content_positions(words);
    if (words.size() < 6 || content.size() < 2) return cases;

    const Word& middle = words[content[content.size() / 2]];
    cases.push_back({"misquote: one content word changed", Expect::misquote,
                     replaced(text, middle.start, middle.end, replacement_for(words))});

    const auto not_word =
        std::find_if(words.begin(), words.end(), [](const Word& w) { return w.lower == "not"; });
    if (not_word != words.end()) {
        cases.push_back({"misquote: \"not\" dropped or inserted", Expect::misquote,
                         replaced(text, not_word->start, not_word->end + 1, "")});
    } else {
        static const std::set<std::string> auxiliaries = {"is",   "are", "was",   "were",
                                                          "will", "can", "would", "should",
                                                          "have", "has", "must",  "could"};
        const auto aux = std::find_if(words.begin(), words.end(),
                                      [](const Word& w) { return auxiliaries.contains(w.lower); });
        const size_t at = aux != words.end() ? aux->end : words[1].end;
        cases.push_back({"misquote: \"not\" dropped or inserted", Expect::misquote,
                         replaced(text, at, at, " not")});
    }

    const auto number = std::find_if(words.begin(), words.end(), [](const Word& w) {
        return std::all_of(w.lower.begin(), w.lower.end(),
                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    });
    if (number != words.end())
        cases.push_back({"misquote: number swapped", Expect::misquote,
                         replaced(text, number->start, number->end,
                                  std::to_string(std::stol(number->lower) * 2 + 1))});

    if (content.size() >= 4) {
        const Word& first = words[content[content.size() / 4]];
        const Word& second = words[content[content.size() * 3 / 4]];
        std::string copy = replaced(text, second.start, second.end, replacement_for(words, 1));
        cases.push_back({"misquote: two words replaced", Expect::misquote,
                         replaced(copy, first.start, first.end, replacement_for(words))});
    }

    if (!other_speaker.empty() && !speaker_mention.empty())
        cases.push_back(
            {"misattribution: speaker replaced", Expect::misattribution,
             replaced(text, speaker_mention.start, speaker_mention.end, other_speaker)});

    // Controls: rewritten in ways that are not misquotes.
    const size_t keep = std::max<size_t>(6, words.size() * 2 / 3);
    if (keep < words.size())
        cases.push_back({"control: truncated quote", Expect::nothing,
                         replaced(text, words[keep - 1].end, quote.end, "")});
    if (words.size() >= 10) {
        const size_t from = words.size() / 2 - 1;
        cases.push_back({"control: ellipsis for omitted words", Expect::nothing,
                         replaced(text, words[from].end, words[from + 3].start, " ... ")});
    }
    cases.push_back({"control: [bracketed] insertion", Expect::nothing,
                     replaced(text, words[2].end, words[2].end, " [in the capital]")});
    {
        const bool curly = text.compare(open.start, open.size(), "\"") != 0;
        std::string copy = replaced(text, close.start, close.end, curly ? "\"" : "\u201D");
        copy = replaced(copy, open.start, open.end, curly ? "\"" : "\u201C");
        cases.push_back({"control: curly vs straight marks", Expect::nothing, copy});
    }
    return cases;
}

// A sentence outside every quote, reworded: a control that touches no quote.
std::string paraphrase_outside_quotes(const std::string& text, const ArticleAnalysis& analysis) {
    std::vector<Word> words = words_in(text, 0, text.size());
    for (const Word& word : words) {
        if (word.lower.size() < 5 || is_function_word(word.lower)) continue;
        if (std::isupper(static_cast<unsigned char>(text[word.start]))) continue;
        const bool in_quote =
            std::any_of(analysis.extraction.quotes.begin(), analysis.extraction.quotes.end(),
                        [&](const Quote& q) {
                            return word.start + 1 >= q.open.start && word.start <= q.close.end + 1;
                        });
        if (in_quote) continue;
        return replaced(text, word.start, word.end, word.lower + "ly");
    }
    return text;
}

struct Tally {
    size_t cases = 0, hits = 0;
};

// Runs every injection of every base article; returns the tallies by type.
std::map<std::string, Tally> evaluate(const std::vector<Base>& bases) {
    const AttributionLexicon lexicon = load_attribution_lexicon();
    auto analyse = [&](const std::string& name, const std::string& text, const std::string& date,
                       uint32_t index) {
        Article article = load_bytes(name, text, ArticleFormat::text);
        article.published = parse_iso_date(date);
        return analyse_article(std::move(article), index, lexicon);
    };
    std::vector<ArticleAnalysis> originals;
    for (const Base& base : bases)
        originals.push_back(
            analyse(base.name, base.text, base.date, static_cast<uint32_t>(originals.size())));
    // Everyone named as a speaker, for misattributions.
    std::vector<std::string> speakers;
    for (const ArticleAnalysis& analysis : originals)
        for (const Attribution& attribution : analysis.attributions)
            if (attribution.speaker && !attribution.speaker->organisation &&
                attribution.speaker->resolution == Resolution::name &&
                attribution.speaker->name.find(' ') != std::string::npos &&
                std::find(speakers.begin(), speakers.end(), attribution.speaker->name) ==
                    speakers.end())
                speakers.push_back(attribution.speaker->name);
    std::sort(speakers.begin(), speakers.end());
    if (std::getenv("QUOTECHECK_INJECTION_VERBOSE"))
        for (size_t k = 0; k < std::min<size_t>(3, speakers.size()); ++k)
            std::fprintf(stderr, "speaker %zu: %s\n", k, speakers[k].c_str());

    std::map<std::string, Tally> tallies;
    for (size_t b = 0; b < bases.size(); ++b) {
        const ArticleAnalysis& original = originals[b];
        const std::string text(original.article.text());
        std::vector<Case> cases;
        const auto& quotes = original.extraction.quotes;
        for (size_t q = 0; q < quotes.size(); ++q) {
            if (quotes[q].kind == QuoteKind::scare || !quotes[q].closed() || quotes[q].depth > 0)
                continue;
            if (original.attributions.size() != quotes.size() || !original.attributions[q].speaker)
                continue;
            const Speaker& speaker = *original.attributions[q].speaker;
            if (speaker.organisation || speaker.resolution != Resolution::name) continue;
            std::string other;
            for (const std::string& candidate : speakers)
                if (same_person(candidate, speaker.name) == false) {
                    other = candidate;
                    break;
                }
            for (Case& c : cases_for(text, quotes[q].text, quotes[q].open, quotes[q].close, other,
                                     speaker.mention)) {
                c.quote =
                    text.substr(quotes[q].text.start, std::min<size_t>(quotes[q].text.size(), 50)) +
                    " (" + speaker.name + " / " + other + ")";
                cases.push_back(std::move(c));
            }
        }
        cases.push_back({"control: paraphrased non-quote sentence", Expect::nothing,
                         paraphrase_outside_quotes(text, original)});

        for (const Case& c : cases) {
            std::vector<ArticleAnalysis> corpus = originals;
            const auto copy_index = static_cast<uint32_t>(corpus.size());
            corpus.push_back(
                analyse("copy-" + bases[b].name, c.copy_text, bases[b].date, copy_index));
            const std::vector<Finding> findings = check_corpus(corpus);
            // Findings that tie the original to its copy: one is where the finding is, the
            // other among its related places. (A finding in a third article that names both as
            // reading otherwise than it does says nothing of the two.)
            std::set<std::string> linking;
            const auto original_index = static_cast<uint32_t>(b);
            for (const Finding& finding : findings) {
                const uint32_t at = finding.where.article;
                if (at != original_index && at != copy_index) continue;
                const uint32_t other = at == original_index ? copy_index : original_index;
                if (std::any_of(finding.related.begin(), finding.related.end(),
                                [&](const RelatedLocation& related) {
                                    return related.where.article == other;
                                }))
                    linking.insert(finding.rule);
            }
            Tally& tally = tallies[c.type];
            ++tally.cases;
            const bool quote_finding =
                linking.contains("corpus.misquote") || linking.contains("corpus.misattribution");
            switch (c.expect) {
                case Expect::misquote:
                    tally.hits += linking.contains("corpus.misquote");
                    break;
                case Expect::misattribution:
                    tally.hits += linking.contains("corpus.misattribution");
                    break;
                case Expect::nothing:
                    tally.hits += quote_finding;  // a false alarm
                    break;
            }
            if ((c.expect == Expect::nothing) == quote_finding &&
                std::getenv("QUOTECHECK_INJECTION_VERBOSE"))
                std::fprintf(stderr, "%s in %s%s: %s\n", c.type.c_str(), bases[b].name.c_str(),
                             quote_finding ? ": false alarm" : ": missed", c.quote.c_str());
            if ((c.expect == Expect::nothing) == quote_finding)
                UNSCOPED_INFO(c.type << " in " << bases[b].name
                                     << (quote_finding ? ": false alarm" : ": missed"));
        }
    }
    return tallies;
}

struct Floors {
    double misquotes = 0.9, misattributions = 0.8, false_alarms = 0.05;
};

// The tallies of the injection types summed by kind.
struct Sums {
    Tally misquotes, misattributions, controls;
    void add(const std::string& type, const Tally& tally) {
        Tally& sum = type.starts_with("misquote")         ? misquotes
                     : type.starts_with("misattribution") ? misattributions
                                                          : controls;
        sum.cases += tally.cases;
        sum.hits += tally.hits;
    }
};

void check_floors(const std::map<std::string, Tally>& tallies, Floors floors = {}) {
    Sums sums;
    auto& [misquotes, misattributions, controls] = sums;
    for (const auto& [type, tally] : tallies) {
        sums.add(type, tally);
        WARN(type << ": " << tally.hits << " of " << tally.cases
                  << (type.starts_with("control") ? " false alarms" : " found"));
    }
    auto rate = [](const Tally& t) {
        return t.cases ? static_cast<double>(t.hits) / static_cast<double>(t.cases) : 0.0;
    };
    WARN("misquote recall " << rate(misquotes) << " (" << misquotes.cases
                            << " cases), misattribution recall " << rate(misattributions) << " ("
                            << misattributions.cases << " cases), false alarms " << rate(controls)
                            << " (" << controls.cases << " controls)");
    REQUIRE(misquotes.cases >= 10);
    REQUIRE(misattributions.cases >= 3);
    REQUIRE(controls.cases >= 10);
    CHECK(rate(misquotes) >= floors.misquotes);
    CHECK(rate(misattributions) >= floors.misattributions);
    CHECK(rate(controls) <= floors.false_alarms);
}

}  // namespace

TEST_CASE("injected misquotes and misattributions in the seed articles are found") {
    if (!std::filesystem::exists(seeds_dir())) {
        WARN("seed articles not found; skipped");
        return;
    }
    const auto& seeds = testing::seed_publication_dates();
    std::vector<Base> bases;
    for (const auto& [name, date] : seeds) {
        Article article = load_input({seeds_dir() + "/" + name, ArticleFormat::text});
        bases.push_back({name, std::string(article.text()), date});
    }
    check_floors(evaluate(bases));
}

TEST_CASE("injected misquotes and misattributions in written articles are found") {
    const std::vector<Base> bases = {
        {"harbour.txt",
         "Harbour reopens after storm\n\n"
         "The port of Velmar reopened on Monday after a storm that closed it for 12 days.\n\n"
         "\"We expect the first container ships to dock by Thursday and full traffic within "
         "three weeks,\" port director Helena Marsh said.\n\n"
         "Dock workers had repaired two of the four cranes, officials said.\n\n"
         "\"The damage to the northern quay is worse than we feared, and repairs will cost at "
         "least 40 million euros,\" said Marsh.\n\n"
         "Transport minister Pavel Orlov said the government would cover half of the cost. "
         "\"Nobody should pay twice for a storm that nobody could have prevented,\" Orlov told "
         "reporters.\n",
         "2024-02-12"},
        {"election.txt",
         "Council vote delayed\n\n"
         "The city council of Branford postponed its budget vote by one week on Tuesday.\n\n"
         "\"We will not sign a budget that cuts the school meals programme for 3000 children,\" "
         "councillor Amira Haddad said after the session.\n\n"
         "Mayor Tomas Lindqvist defended the plan. \"Every department has to find savings this "
         "year, and the schools are no exception to that rule,\" Lindqvist said.\n\n"
         "The vote is now set for next Tuesday. \"I am confident that we can reach an "
         "agreement before the deadline if both sides keep talking,\" Haddad added.\n",
         "2024-03-05"},
        {"vaccine.txt",
         "Clinic extends hours\n\n"
         "Health officials in Dorrin said on Friday that clinics would stay open until ten in "
         "the evening.\n\n"
         "\"Demand for appointments has doubled since the start of the month, and our staff "
         "have been working without a break,\" said chief nurse Oliver Grant.\n\n"
         "The regional health director, Sofia Petrakis, said 25 new nurses had been hired. "
         "\"These nurses will start next week and they will be assigned to the busiest "
         "clinics first,\" Petrakis said.\n",
         "2024-04-19"},
    };
    check_floors(evaluate(bases));
}

// Hidden (run by name): the same injections over every folder named in QUOTECHECK_INJECTION_SETS
// (colon-separated), each folder's plain-text articles one corpus, as the accuracy sets are
// (`tests/accuracy/sets/*`): many outlets' styles, where the two cases above hold one or two.
// Prints the rates per folder and over all, and with QUOTECHECK_INJECTION_VERBOSE each miss and
// false alarm. Its floors are higher: over hundreds of quotes a few articles' habits (a
// headline's copy of a quote, a quote inside another) no longer hide in the average. The test
// `unit.injection_sets` runs it on eight sets (tests/CMakeLists.txt).
TEST_CASE("injected misquotes and misattributions in folders of articles", "[.][injection]") {
    const char* folders = std::getenv("QUOTECHECK_INJECTION_SETS");
    if (!folders) {
        WARN("QUOTECHECK_INJECTION_SETS not set; nothing to run");
        return;
    }
    std::map<std::string, Tally> all;
    std::string list = folders;
    for (size_t from = 0; from < list.size();) {
        size_t to = list.find(':', from);
        if (to == std::string::npos) to = list.size();
        const std::string folder = list.substr(from, to - from);
        from = to + 1;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".txt") files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        std::vector<Base> bases;
        for (const auto& path : files) {
            Article article = load_input({path.string(), ArticleFormat::text});
            bases.push_back({path.filename().string(), std::string(article.text()), "2025-06-02"});
        }
        if (bases.empty()) continue;
        std::map<std::string, Tally> tallies = evaluate(bases);
        Sums sums;
        const auto& [misquotes, misattributions, controls] = sums;
        for (const auto& [type, tally] : tallies) {
            sums.add(type, tally);
            all[type].cases += tally.cases;
            all[type].hits += tally.hits;
        }
        WARN(folder << ": misquotes " << misquotes.hits << "/" << misquotes.cases
                    << ", misattributions " << misattributions.hits << "/" << misattributions.cases
                    << ", false alarms " << controls.hits << "/" << controls.cases);
    }
    check_floors(all, {0.96, 0.98, 0.01});
}
