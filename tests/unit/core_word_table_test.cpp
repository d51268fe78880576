// The fixed word tables the tokenizers look every word up in: they must answer exactly what a
// std::unordered_map over the same words answers.
#include <catch2/catch.hpp>

#include <string>
#include <unordered_map>

#include "core/word_table.hpp"

using namespace quotecheck;

TEST_CASE("a word table finds the words it holds, with their values, and nothing else") {
    const WordTable<int> table = {{"one", 1}, {"two", 2}, {"seventeen", 17}, {"a", 100}, {"", 7}};
    REQUIRE(table.size() == 5);
    REQUIRE(table.find("one") != nullptr);
    CHECK(*table.find("one") == 1);
    CHECK(*table.find("seventeen") == 17);
    CHECK(*table.find("a") == 100);
    CHECK(*table.find("") == 7);
    // Same length, same first and last four bytes as a key of 9 bytes: only memcmp tells.
    CHECK(table.find("sevenXteen") == nullptr);
    CHECK(table.find("sevenxeen") == nullptr);
    CHECK(table.find("on") == nullptr);
    CHECK(table.find("one ") == nullptr);
    CHECK(table.find("One") == nullptr);
    CHECK(table.find(std::string_view("one\0", 4)) == nullptr);
    CHECK(WordTable<int>().find("one") == nullptr);
}

TEST_CASE("a word given twice keeps its last value") {
    const WordTable<int> table = {{"would", 1}, {"would", 2}};
    CHECK(table.size() == 1);
    CHECK(*table.find("would") == 2);
}

namespace {

// prefix + number + suffix, built by appending (GCC 12 warns falsely on "w" + std::string).
std::string word_of(std::string_view prefix, uint32_t number, std::string_view suffix = "") {
    std::string word(prefix);
    word += std::to_string(number);
    word += suffix;
    return word;
}

}  // namespace

TEST_CASE("a word table answers like std::unordered_map over thousands of similar words") {
    // Words that share lengths, first and last bytes, so that slots collide and probe on.
    std::unordered_map<std::string, uint32_t> reference;
    for (uint32_t k = 0; k < 5000; ++k) {
        std::string word = word_of("w", k * 7919 % 100000);
        if (k % 3 == 0) word += "ing";
        if (k % 5 == 0) word = word_of("pre", k, "tion");
        reference[word] = k;
    }
    const WordTable<uint32_t> table(reference);
    CHECK(table.size() == reference.size());
    for (const auto& [word, value] : reference) {
        const uint32_t* found = table.find(word);
        REQUIRE(found != nullptr);
        CHECK(*found == value);
    }
    for (uint32_t k = 0; k < 5000; ++k) {
        const std::string absent = word_of("x", k, "ing");
        CHECK(table.find(absent) == nullptr);
        const std::string near = word_of("w", 100000 + k);
        CHECK(table.find(near) == nullptr);
    }
}

TEST_CASE("a word list holds its words") {
    const WordList list = {"the", "of", "according", "the"};
    CHECK(list.size() == 3);
    CHECK(list.contains("the"));
    CHECK(list.contains("according"));
    CHECK_FALSE(list.contains("accordingly"));
    CHECK_FALSE(list.contains("th"));
}
