// People named in a sentence: the title, given name and surname of each mention, read back
// from the spans and the run of words the finder writes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "corpus/name_mentions.hpp"
#include "corpus/name_variants.hpp"

using namespace quotecheck;

namespace {

struct ReadMention {
    std::string span, title, qualifier, role, given, surname;
    bool next_to_speech_cue = false;
};

struct Found {
    std::vector<ReadMention> mentions;
    std::string run;
};

Found find_in(const std::string& text) {
    const std::string lowered = lowercase_ascii(text);
    FoldedTokens words;
    read_folded_tokens(text, lowered, Span{0, static_cast<uint32_t>(text.size())}, words);
    std::vector<NameMention> mentions = {NameMention{}};  // replaced, not added to
    Found found;
    find_name_mentions(text, words, mentions, found.run);
    for (const NameMention& mention : mentions) {
        const MentionWords read = mention_words(found.run, mention);
        // The run holds the surname and title as written, for the cross-article stage.
        CHECK(read.surname == mention.surname.in(text));
        CHECK(read.title == mention.title().in(text));
        found.mentions.push_back(
            {std::string(mention.span.in(text)), std::string(mention.title().in(text)),
             std::string(read.qualifier), std::string(read.role), std::string(read.given),
             std::string(mention.surname.in(text)), mention.next_to_speech_cue});
    }
    return found;
}

}  // namespace

TEST_CASE("a titled name is read into its title, qualifier, role, given name and surname",
          "[names]") {
    const Found found =
        find_in("Russia Foreign Minister Sergei Lavrov said so. Talks with Mr Smith went on.");
    REQUIRE(found.mentions.size() == 2);
    const ReadMention& lavrov = found.mentions[0];
    CHECK(lavrov.span == "Russia Foreign Minister Sergei Lavrov");
    CHECK(lavrov.title == "Russia Foreign Minister");
    CHECK(lavrov.qualifier == "russia");
    CHECK(lavrov.role == "foreign minister");
    CHECK(lavrov.given == "Sergei");
    CHECK(lavrov.surname == "Lavrov");
    CHECK(lavrov.next_to_speech_cue);
    const ReadMention& smith = found.mentions[1];
    CHECK(smith.title == "Mr");
    CHECK(smith.qualifier.empty());
    CHECK(smith.role == "mr");
    CHECK(smith.given.empty());
    CHECK(smith.surname == "Smith");
    CHECK_FALSE(smith.next_to_speech_cue);
}

TEST_CASE("a possessive country is no qualifier and a possessive surname keeps its name",
          "[names]") {
    const Found found = find_in("They met Turkey's President Recep Tayyip Erdogan's aides.");
    REQUIRE(found.mentions.size() == 1);
    CHECK(found.mentions[0].title == "Turkey's President");
    CHECK(found.mentions[0].qualifier.empty());
    CHECK(found.mentions[0].role == "president");
    CHECK(found.mentions[0].given == "Recep Tayyip");
    CHECK(found.mentions[0].surname == "Erdogan");
}

TEST_CASE("initials are left out of the given name, which is joined by single spaces", "[names]") {
    const Found found = find_in("later George  HW Bush spoke.");
    REQUIRE(found.mentions.size() == 1);
    CHECK(found.mentions[0].span == "George  HW Bush");
    CHECK(found.mentions[0].given == "George");
    CHECK(found.mentions[0].surname == "Bush");
}

TEST_CASE("a run of capitals that is no mention leaves nothing in the run of words", "[names]") {
    // A name of initials alone, a title before a date, one word alone.
    const Found found =
        find_in("and JR Smith left. Then President January Jones came. Putin and President Putin");
    REQUIRE(found.mentions.size() == 1);
    CHECK(found.mentions[0].span == "President Putin");
    const MentionWords words = mention_words(found.run, NameMention{});
    CHECK(words.role == "president");
    CHECK(words.surname == "Putin");
    CHECK(words.title == "President");
    // Qualifier, role, given name, surname and title, each ended by a zero byte.
    CHECK(found.run == std::string("\0president\0\0Putin\0President\0", 28));
}

TEST_CASE("a run ending in an organisation word is no person's name", "[names]") {
    // Otherwise "Foreign Ministry" and "Defence Ministry" would be one name spelled two ways.
    const Found found =
        find_in("The Defence Ministry said so, the State Department said, and Anna Lund said no.");
    REQUIRE(found.mentions.size() == 1);
    CHECK(found.mentions[0].span == "Anna Lund");
}

TEST_CASE("a legal or police title is read as a role, not as a given name", "[names]") {
    // Otherwise "Deputy Attorney Karen Lowe" and "Attorney Karen Lowe" differ in given name.
    const Found found = find_in("Deputy Attorney Karen Lowe and Sheriff Tom Banks spoke.");
    REQUIRE(found.mentions.size() == 2);
    CHECK(found.mentions[0].role == "deputy attorney");
    CHECK(found.mentions[0].given == "Karen");
    CHECK(found.mentions[1].role == "sheriff");
    CHECK(found.mentions[1].given == "Tom");
}

TEST_CASE("a country written two ways is one qualifier - a word more is not a spelling",
          "[names]") {
    CHECK(same_qualifier_stem("russia", "russian"));
    CHECK_FALSE(same_qualifier_stem("clark county", "clark county district"));
    CHECK_FALSE(same_qualifier_stem("clark county district", "clark county"));
}
