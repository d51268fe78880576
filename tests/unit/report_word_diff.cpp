#include <catch2/catch.hpp>

#include "report/word_diff.hpp"

using namespace quotecheck;
using Kind = DiffPiece::Kind;

TEST_CASE("word diff shows replaced words as removed then added", "[report][diff]") {
    const auto pieces = word_diff("This line will carry ten thousand people a day,",
                                  "This line will carry thousands of people every day.");
    REQUIRE(pieces.size() == 7);
    CHECK(pieces[0].kind == Kind::same);
    CHECK(pieces[0].text == "This line will carry");
    CHECK(pieces[1].kind == Kind::removed);
    CHECK(pieces[1].text == "ten thousand");
    CHECK(pieces[2].kind == Kind::added);
    CHECK(pieces[2].text == "thousands of");
    CHECK(pieces[3].text == "people");
    CHECK(pieces[4].kind == Kind::removed);
    CHECK(pieces[4].text == "a");
    CHECK(pieces[5].kind == Kind::added);
    CHECK(pieces[6].text == "day.");
}

TEST_CASE("word diff ignores case and punctuation around words", "[report][diff]") {
    const auto pieces = word_diff("We welcome this process,", "we welcome THIS process.");
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].kind == Kind::same);
}

TEST_CASE("word diff gives up on passages longer than the limit", "[report][diff]") {
    CHECK(word_diff("a b c d", "a b c e", 3).empty());
    CHECK_FALSE(word_diff("a b c d", "a b c e", 4).empty());
}
