// Words for phrase lookup: spans, and keys that do not depend on how a word was scanned (plain
// ASCII words are hashed from the text, all others from their case fold).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "rules/words.hpp"

using namespace quotecheck;

namespace {

std::vector<Word> words_of(std::string_view text) {
    return words_in(text, {0, static_cast<uint32_t>(text.size())});
}

std::vector<std::string> spans_of(std::string_view text) {
    std::vector<std::string> out;
    for (const Word& word : words_of(text)) out.emplace_back(word.span.in(text));
    return out;
}

uint64_t key_of(std::string_view one_word) {
    const std::vector<Word> words = words_of(one_word);
    REQUIRE(words.size() == 1);
    return words[0].hash;
}

}  // namespace

TEST_CASE("words join across inner hyphens and apostrophes, not into a possessive 's") {
    CHECK(spans_of("The foreign-backed group's rock'n'roll, 2024.") ==
          std::vector<std::string>{"The", "foreign-backed", "group", "s", "rock'n'roll", "2024"});
    CHECK(spans_of("Israel’s “Café” - done") ==
          std::vector<std::string>{"Israel", "s", "Café", "done"});
    CHECK(spans_of("end") == std::vector<std::string>{"end"});
    CHECK(spans_of(" internationalisation") == std::vector<std::string>{"internationalisation"});
}

TEST_CASE("a word's key is that of its case fold, however long and however it was scanned") {
    // Plain ASCII against a fold reached through a non-ASCII joiner (‑ and ’ fold to - and ').
    CHECK(key_of("Foreign-Backed") == key_of("foreign‑backed"));
    CHECK(key_of("ROCK'N'ROLL") == key_of("rock’n’roll"));
    CHECK(key_of("Internationalisation-Minded") == key_of("internationalisation‑minded"));
    CHECK(key_of("abcdefgh-abcdefgh") == key_of("ABCDEFGH‑ABCDEFGH"));
    // Words of exactly eight and sixteen bytes, and at the very end of a longer text.
    CHECK(key_of("Eighteen") == key_of("eighteen"));
    CHECK(key_of("SixteenLetters16") == key_of("sixteenletters16"));
    CHECK(words_of("say Eighteen").back().hash == key_of("eighteen"));
    CHECK(key_of("café") == key_of("CAFÉ"));
    CHECK(key_of("word") != key_of("words"));
    CHECK(key_of("abcdefgh") != key_of("abcdefghabcdefgh"));
}

TEST_CASE("counting words stops at the number asked for") {
    const std::string text = "one two-three four’s five";
    CHECK(count_words(text, {0, static_cast<uint32_t>(text.size())}, 10) == 5);
    CHECK(count_words(text, {0, static_cast<uint32_t>(text.size())}, 2) == 2);
}

TEST_CASE("words are the same wherever the 64-byte blocks of the scan fall") {
    // Runs of letters between spaces, commas and curly quotes (which join nothing) are the
    // words, cut at the range's end, for ranges of every length around the block size.
    auto runs = [](std::string_view text, uint32_t from, uint32_t to) {
        std::vector<std::string> out;
        std::string word;
        for (uint32_t i = from; i < to; ++i) {
            if (is_ascii_alnum(text[i])) {
                word.push_back(text[i]);
            } else if (!word.empty()) {
                out.push_back(word);
                word.clear();
            }
        }
        if (!word.empty()) out.push_back(word);
        return out;
    };
    for (const std::string_view piece :
         {"ab ", "abcdefghijklm, ", "x “quoted” ", "a1b2c3d4e5f6g7h8i9j "}) {
        std::string text;
        while (text.size() < 200) text += piece;
        for (uint32_t to = 0; to <= 200; ++to) {
            for (uint32_t from = 0; from <= to; from += 7) {
                std::vector<std::string> found;
                for (const Word& word : words_in(text, {from, to}))
                    found.emplace_back(word.span.in(text));
                // A range starting inside a run starts its first word there.
                CHECK(found == runs(text, from, to));
                CHECK(count_words(text, {from, to}, 1000) == found.size());
            }
        }
    }
}
