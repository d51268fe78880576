// Each rule kind on short articles: what fires, what does not, and the message it gives.
#include <catch2/catch.hpp>

#include <string>
#include <thread>

#include "check/run_check.hpp"
#include "load/load.hpp"
#include "rules/phrase_set.hpp"
#include "rules/rule_set.hpp"
#include "rules/unicode_regex.hpp"

using namespace quotecheck;

namespace {

ArticleAnalysis analyse(const std::string& text) {
    return analyse_article(load_bytes("article.txt", text, ArticleFormat::text), 0);
}

// A one-rule pack around `body` (the kind and its parameters).
std::shared_ptr<const Rule> rule_from(const std::string& body, const KindContext& context = {}) {
    const std::string pack =
        "[pack]\n[[rule]]\nid = \"t.rule\"\nseverity = \"warning\"\nsummary = \"s\"\n"
        "description = \"d\"\nfix = \"f\"\n" +
        body +
        "\n[[rule.examples]]\ntext = \"a\"\nexpect = [\"a\"]\n"
        "[[rule.examples]]\ntext = \"b\"\nexpect = []\n";
    auto loaded = load_pack(pack, "t.toml", context);
    REQUIRE(loaded);
    return loaded->rules.at(0);
}

std::vector<Finding> run(const Rule& rule, const ArticleAnalysis& analysis) {
    std::vector<Finding> findings;
    run_rule(rule, rule.severity, analysis, 0, findings);
    return findings;
}

std::vector<std::string> matched(const Rule& rule, const ArticleAnalysis& analysis) {
    std::vector<std::string> out;
    for (const Finding& f : run(rule, analysis))
        out.emplace_back(f.where.span.in(analysis.article.text()));
    return out;
}

const char* kUnattributed =
    "kind = \"unattributed-quote\"\nmessage = \"{kind} quote “{excerpt}” by {speaker}\"\nmin_words "
    "= 2";

}  // namespace

TEST_CASE("unattributed-quote uses the speaker the attribution stage found") {
    const auto rule = rule_from(kUnattributed);
    ArticleAnalysis analysis =
        analyse("Title\n\n“We will build the bridge next year.”\n\n“The ferry stays.”\n");
    REQUIRE(analysis.extraction.quotes.size() == 2);
    analysis.attributions.resize(2);
    analysis.attributions[1].speaker = Speaker{"Ana Lopez", {}, Resolution::name, false};
    const auto findings = run(*rule, analysis);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].where.span.in(analysis.article.text()) ==
          "We will build the bridge next year.");
    CHECK(findings[0].message == "direct quote “We will build the bridge next year.” by ");
    CHECK(findings[0].severity == Severity::warning);
}

TEST_CASE("unattributed-quote accepts a quote that only names its source, unless told otherwise") {
    ArticleAnalysis analysis = analyse("Title\n\n“We will build the bridge next year.”\n");
    analysis.attributions.resize(1);
    analysis.attributions[0].sources.push_back({"Harbour Gazette", {}, "told"});
    CHECK(matched(*rule_from(kUnattributed), analysis).empty());
    const auto strict = rule_from(std::string(kUnattributed) + "\nsource_is_enough = false");
    CHECK(matched(*strict, analysis) ==
          std::vector<std::string>{"We will build the bridge next year."});
}

TEST_CASE("unattributed-quote skips short quotes, partial and scare quotes") {
    const auto rule = rule_from(std::string(kUnattributed) + "\nquote_kinds = [\"direct\"]");
    ArticleAnalysis analysis =
        analyse("Title\n\n“Yes.”\n\nThe mayor praised the “new spirit” of the town.\n");
    analysis.attributions.resize(analysis.extraction.quotes.size());
    CHECK(matched(*rule, analysis).empty());
}

TEST_CASE("unattributed-quote falls back to speech cues when attribution has not run") {
    const auto rule =
        rule_from(std::string(kUnattributed) + "\nfallback_cues = [\"said\", \"according to\"]");
    ArticleAnalysis analysis = analyse(
        "Title\n\n“The bridge opens in May,” the mayor said.\n\n“Nobody will pay a toll.”\n");
    analysis.attributions.clear();  // as if the attribution stage had not run
    CHECK(matched(*rule, analysis) == std::vector<std::string>{"Nobody will pay a toll."});
}

TEST_CASE("unattributed-quote wants its own attribution after a paragraph of other text") {
    const std::string text =
        "Title\n\n“The bridge opens in May,” the mayor said.\n\nThe council met later.\n\n“Nobody "
        "will pay a "
        "toll.”\n";
    ArticleAnalysis analysis = analyse(text);
    analysis.attributions.assign(2, {});
    analysis.attributions[0].speaker = Speaker{"Ana Lopez", {}, Resolution::name, false};
    analysis.attributions[1].speaker =
        Speaker{"Ana Lopez", {}, Resolution::previous_speaker, false};
    CHECK(matched(*rule_from(kUnattributed), analysis) ==
          std::vector<std::string>{"Nobody will pay a toll."});
    CHECK(matched(*rule_from(std::string(kUnattributed) + "\nprevious_speaker_is_enough = true"),
                  analysis)
              .empty());
}

TEST_CASE("unattributed-quote accepts the previous speaker for a quote that directly continues") {
    ArticleAnalysis analysis = analyse(
        "Title\n\nThe mayor said:\n\n“The bridge opens in May.”\n\n“Nobody will pay a toll.”\n");
    REQUIRE(analysis.extraction.quotes.size() == 2);
    analysis.attributions.assign(2, {});
    analysis.attributions[0].speaker = Speaker{"Ana Lopez", {}, Resolution::name, false};
    analysis.attributions[1].speaker =
        Speaker{"Ana Lopez", {}, Resolution::previous_speaker, false};
    CHECK(matched(*rule_from(kUnattributed), analysis).empty());
}

TEST_CASE("unattributed-quote lets an interview answer follow the interviewer's question") {
    const auto with_between = [](const std::string& between) {
        ArticleAnalysis analysis = analyse("Title\n\n“The bridge opens in May,” she said.\n\n" +
                                           between + "\n\n“Nobody will pay a toll.”\n");
        analysis.attributions.assign(2, {});
        analysis.attributions[0].speaker = Speaker{"Ana Lopez", {}, Resolution::name, false};
        analysis.attributions[1].speaker =
            Speaker{"Ana Lopez", {}, Resolution::previous_speaker, false};
        return matched(*rule_from(kUnattributed), analysis);
    };
    CHECK(with_between("And the cost?").empty());
    CHECK(with_between("The council met later.") ==
          std::vector<std::string>{"Nobody will pay a toll."});
}

TEST_CASE("unattributed-quote accepts the turns of an exchange after a reply") {
    ArticleAnalysis analysis = analyse(
        "Title\n\nLee asked him whether the board knew.\n\n“They knew,” Ashdown replied.\n\n"
        "“That is not what I asked.”\n\n“Not specifically.”\n");
    REQUIRE(analysis.extraction.quotes.size() == 3);
    analysis.attributions.assign(3, {});
    analysis.attributions[0].speaker = Speaker{"Tom Ashdown", {}, Resolution::name, false};
    analysis.attributions[0].cue = Cue{{}, "reply"};
    analysis.attributions[1].speaker = Speaker{"Amy Lee", {}, Resolution::previous_speaker, false};
    analysis.attributions[2].speaker =
        Speaker{"Tom Ashdown", {}, Resolution::previous_speaker, false};
    CHECK(matched(*rule_from(kUnattributed), analysis).empty());
    // Without the reply, another speaker's quote after a quote needs its own attribution.
    analysis.attributions[0].cue = Cue{{}, "say"};
    CHECK(matched(*rule_from(kUnattributed), analysis) ==
          std::vector<std::string>{"That is not what I asked.", "Not specifically."});
}

TEST_CASE("unattributed-quote accepts a cue next to the quote when the speaker is unresolved") {
    const auto rule = rule_from(std::string(kUnattributed) + "\nfallback_cues = [\"said\"]");
    ArticleAnalysis analysis = analyse("Title\n\nHe said, “We will never stop the work.”\n");
    analysis.attributions.assign(1, {});
    CHECK(matched(*rule, analysis).empty());
}

TEST_CASE("vague-attribution fires outside quotes unless a named source covers the sentence") {
    const auto rule = rule_from(
        "kind = \"vague-attribution\"\nmessage = \"{match}\"\nphrases = [\"reportedly\", \"sources "
        "said\"]\n"
        "covered_by = 'according to \\p{Lu}'");
    const ArticleAnalysis analysis = analyse(
        "Title\n\nThe plant reportedly closed. Sources said it would reopen.\n\n"
        "The plant reportedly closed, according to Reuters.\n\n“It reportedly closed,” she "
        "said.\n");
    CHECK(matched(*rule, analysis) == std::vector<std::string>{"reportedly", "Sources said"});
}

TEST_CASE(
    "vague-attribution reports the attribution stage's vague spans and respects its coverage") {
    const auto rule = rule_from(
        "kind = \"vague-attribution\"\nmessage = \"{match}\"\nphrases = [\"reportedly\"]");
    ArticleAnalysis analysis =
        analyse("Title\n\nThe plant is thought to have closed. It reportedly did.\n");
    const std::string_view text = analysis.article.text();
    const auto at = static_cast<uint32_t>(text.find("is thought to"));
    analysis.vague.push_back({{at, at + 13}, 0, false});
    const auto second = static_cast<uint32_t>(text.find("reportedly"));
    analysis.vague.push_back({{second, second + 10}, 1, true});
    CHECK(matched(*rule, analysis) == std::vector<std::string>{"is thought to"});
}

TEST_CASE("unsourced-claim fires on a finding stated as fact, not when sourced or quoted") {
    const auto rule = rule_from(
        "kind = \"unsourced-claim\"\nmessage = \"{match}\"\nphrases = [\"it emerged that\", "
        "\"later found not to be\"]\n"
        "sourced_by = '(?i)according to'");
    const ArticleAnalysis analysis = analyse(
        "Title\n\nIt emerged that the tanker was empty.\n\n"
        "The tanker was later found not to be full, according to the port.\n\n"
        "“It emerged that the tanker was empty,” he said.\n");
    CHECK(matched(*rule, analysis) == std::vector<std::string>{"It emerged that"});
}

TEST_CASE("loaded-language matches words and phrases case-insensitively, outside quotes only") {
    const auto rule = rule_from(
        "kind = \"loaded-language\"\nmessage = \"{match}: {explanation}\"\n"
        "[rule.words]\n\"infamous\" = \"judges\"\n\"so-called\" = \"sneers\"\n\"needless to say\" "
        "= \"lectures\"");
    const ArticleAnalysis analysis = analyse(
        "Title\n\nThe Infamous bridge, needless to say, is closed. The so-called plan failed.\n\n"
        "“The infamous bridge,” she said.\n");
    const auto findings = run(*rule, analysis);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].message == "Infamous: judges");
    CHECK(findings[1].message == "needless to say: lectures");
    CHECK(findings[2].message == "so-called: sneers");
}

TEST_CASE("name-spelling reports variants of the house spelling, which the configuration picks") {
    const std::string body =
        "kind = \"name-spelling\"\nmessage = \"{match} → {house}\"\n"
        "[[rule.names]]\nspellings = [\"Benjamin Netanyahu\", \"Binyamin Netanyahu\"]";
    const ArticleAnalysis analysis =
        analyse("Title\n\nBinyamin Netanyahu met Benjamin Netanyahu's aides.\n");
    const auto by_default = run(*rule_from(body), analysis);
    REQUIRE(by_default.size() == 1);
    CHECK(by_default[0].message == "Binyamin Netanyahu → Benjamin Netanyahu");
    CHECK(by_default[0].fix == "write “Benjamin Netanyahu”");
    const auto preferred = run(*rule_from(body, KindContext{{"Binyamin Netanyahu"}}), analysis);
    REQUIRE(preferred.size() == 1);
    CHECK(preferred[0].message == "Benjamin Netanyahu → Binyamin Netanyahu");
}

TEST_CASE("pattern puts capture groups into the message and the fix, and skips quotes") {
    const auto rule = rule_from(
        "kind = \"pattern\"\nmessage = \"{match}: say Russian {1}\"\npattern = '\\bRussia "
        "(President|Minister)\\b'\n"
        "replacement = \"Russian {1}\"");
    const ArticleAnalysis analysis =
        analyse("Title\n\nRussia Minister Orlov came. “Russia President is here,” he said.\n");
    const auto findings = run(*rule, analysis);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message == "Russia Minister: say Russian Minister");
    CHECK(findings[0].fix == "write “Russian Minister”");
}

TEST_CASE("pattern regexes are Unicode-aware") {
    const auto rule = rule_from(
        "kind = \"pattern\"\nmessage = \"{match}\"\npattern = '\\p{Lu}\\w+ğlu'\nignore_case = "
        "false");
    CHECK(matched(*rule, analyse("Title\n\nÇavuşoğlu spoke to Oğlu.\n")) ==
          std::vector<std::string>{"Çavuşoğlu"});
}

TEST_CASE("a regex that exceeds the complexity limit stops with a finding naming the rule") {
    // Passes the load-time probes (which use other characters) but explodes on a run of x.
    const auto rule = rule_from("kind = \"pattern\"\nmessage = \"{match}\"\npattern = '(x+x+)+y'");
    const ArticleAnalysis analysis = analyse("Title\n\n" + std::string(5000, 'x') + "!\n");
    const auto findings = run(*rule, analysis);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].rule == "rules.regex-limit");
    CHECK(findings[0].severity == Severity::error);
    CHECK_THAT(findings[0].message, Catch::StartsWith("rule 't.rule' (t.toml:2) stopped"));
}

TEST_CASE("a rule set runs from many threads on the same rules") {
    const auto rules = RuleSet::load(Config{}, {}, {});
    const ArticleAnalysis analysis = analyse("Title\n\nThe infamous ferry reportedly sank.\n");
    std::vector<Finding> first, second;
    std::thread a([&] { rules->run(analysis, 0, first); });
    std::thread b([&] { rules->run(analysis, 0, second); });
    a.join();
    b.join();
    REQUIRE(first.size() == 2);
    CHECK(first.size() == second.size());
}

TEST_CASE("a pattern searches a runaway paragraph piece by piece and still finds matches") {
    const auto rule =
        rule_from("kind = \"pattern\"\nmessage = \"{match}\"\npattern = 'Russia President'");
    std::string text = "Title\n\n";
    for (int i = 0; i < 120000; ++i) text += "word ";
    text += "Russia President spoke.\n";
    REQUIRE(text.size() > 2 * kMaxRegexWindowBytes);
    CHECK(matched(*rule, analyse(text)) == std::vector<std::string>{"Russia President"});
}

TEST_CASE("phrase sets prefer the longest phrase and match phrases that share a start") {
    PhraseSet set;
    REQUIRE(set.add("it is", 0));
    REQUIRE(set.add("it is understood that", 1));
    REQUIRE(set.add("it", 2));
    CHECK_FALSE(set.add("It  is", 3));
    const std::string text = "It is understood that it is late, and it was.";
    const auto hits = set.find(text, words_in(text, {0, static_cast<uint32_t>(text.size())}));
    REQUIRE(hits.size() == 3);
    CHECK(hits[0].value == 1);
    CHECK(hits[0].span.in(text) == "It is understood that");
    CHECK(hits[1].value == 0);
    CHECK(hits[2].value == 2);
}

TEST_CASE("a pattern's required literal start is found only where every match must begin") {
    CHECK(required_literal_prefix("\\bRussia (President|Minister)\\b") == "Russia ");
    CHECK(required_literal_prefix("Russia President") == "Russia President");
    // A quantifier makes the last character optional; a top-level | makes the start optional.
    CHECK(required_literal_prefix("colou?r") == "colo");
    CHECK(required_literal_prefix("Moscow+") == "Mosco");
    CHECK(required_literal_prefix("Russia|Moscow").empty());
    CHECK(required_literal_prefix("(?i)russia").empty());
    CHECK(required_literal_prefix("\\w+ said").empty());
    CHECK(required_literal_prefix("a[|]b").empty());  // one character: not worth a search
    CHECK(required_literal_prefix("Mr[|]. Smith|x").empty());
    CHECK(required_literal_prefix("Mr[|]x") == "Mr");
    CHECK(required_literal_prefix("Kyiv (a|b)") == "Kyiv ");
    CHECK(required_literal_prefix("Kyiv\\b") == "Kyiv");

    // The filter only skips windows without the literal: matches, their groups and the
    // windows that hold the literal but no match come out as the regex alone gives them.
    const UnicodeRegex regex("\\bRussia (President|Minister)\\b", false);
    CHECK(regex.required_prefix() == "Russia ");
    const std::string text = "Russia Today. The Russia Minister spoke. Russian Minister.";
    const auto matches = regex.find_all(text, {0, static_cast<uint32_t>(text.size())});
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].span.in(text) == "Russia Minister");
    REQUIRE(matches[0].groups.size() == 1);
    CHECK(matches[0].groups[0]->in(text) == "Minister");
    CHECK_FALSE(regex.matches_somewhere(text, {0, 12}));
    CHECK(regex.matches_somewhere(text, {14, 40}));
    // Case-insensitive patterns are not filtered (Unicode case folding is wider than ASCII).
    CHECK(UnicodeRegex("Russia", true).required_prefix().empty());

    // Matches tried only where the literal stands are those of the whole search: the text
    // before the literal is seen by \b and lookbehind, and a match ends where the next may start.
    auto found = [](const UnicodeRegex& pattern, const std::string& in) {
        std::vector<std::string> out;
        for (const RegexMatch& match : pattern.find_all(in, {0, static_cast<uint32_t>(in.size())}))
            out.emplace_back(match.span.in(in));
        return out;
    };
    CHECK(found(UnicodeRegex("ab(?<=xab)c", false), "abc xabc ab xabc") ==
          std::vector<std::string>{"abc", "abc"});
    CHECK(found(UnicodeRegex("aa", false), "aaaaa") == std::vector<std::string>{"aa", "aa"});
    CHECK(found(UnicodeRegex("\\bthe\\b", false), "the other thesis, bathe the") ==
          std::vector<std::string>{"the", "the"});
}
