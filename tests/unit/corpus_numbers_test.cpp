// Numbers written in digits or words, as the fact claims read them.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <utility>

#include "core/utf8.hpp"
#include "corpus/fact_claims.hpp"

using namespace quotecheck;

namespace {

std::optional<double> number_at_start(const std::string& words) {
    FoldedTokens tokens;
    const std::string lowered = lowercase_ascii(words);
    read_folded_tokens(words, lowered, {0, static_cast<uint32_t>(words.size())}, tokens);
    size_t next = 0;
    return parse_number(words, tokens, 0, next);
}

}  // namespace

TEST_CASE("every number word is read, whatever its case") {
    const std::pair<const char*, double> numbers[] = {
        {"one", 1},          {"Two", 2},           {"THREE", 3},     {"four", 4},
        {"five", 5},         {"six", 6},           {"seven", 7},     {"eight", 8},
        {"nine", 9},         {"ten", 10},          {"eleven", 11},   {"twelve", 12},
        {"thirteen", 13},    {"fourteen", 14},     {"fifteen", 15},  {"sixteen", 16},
        {"seventeen", 17},   {"eighteen", 18},     {"nineteen", 19}, {"twenty", 20},
        {"Thirty", 30},      {"forty", 40},        {"fifty", 50},    {"sixty", 60},
        {"seventy", 70},     {"eighty", 80},       {"ninety", 90},   {"dozen", 12},
        {"twenty-five", 25}, {"Seventy-seven", 77}};
    for (const auto& [words, value] : numbers) {
        INFO(words);
        CHECK(number_at_start(words) == value);
    }
}

TEST_CASE("numbers in digits are read with their scale words") {
    CHECK(number_at_start("1,200 people") == 1200);
    CHECK(number_at_start("3.5 million dollars") == 3.5e6);
    CHECK(number_at_start("20m") == 2e7);
}

TEST_CASE("words that begin like a number word are not numbers") {
    for (const char* words : {"the", "This", "three-day", "fourth", "often", "tense", "one's"}) {
        INFO(words);
        CHECK_FALSE(number_at_start(words));
    }
}
