// Folding words into the form compared across articles.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "corpus/text_tokens.hpp"

using namespace quotecheck;

TEST_CASE("words are lower-cased with joiners and accents dropped", "[fold]") {
    CHECK(fold_word("Netanyahu") == "netanyahu");
    CHECK(fold_word("U.S.") == "us");
    CHECK(fold_word("co-operation") == "cooperation");
    CHECK(fold_word("Erdoğan’s") == "erdogans");
    CHECK(fold_word("INTERNATIONALISATION") == "internationalisation");
    CHECK(fold_word("1,200") == "1200");
    CHECK(fold_word("Saint-Étienne") == "saintetienne");
}

TEST_CASE("a byte is folded the same wherever it stands in a word of any length", "[fold]") {
    // Short words are folded a group of bytes at a time: every length and position, with the
    // bytes either side of the capitals, of the digits and of the joiners.
    const std::string bytes = "@AMZ[`amz{09/:'-.,~";
    for (size_t length = 1; length <= 40; ++length)
        for (size_t at = 0; at < length; ++at)
            for (const char byte : bytes) {
                std::string word(length, 'K');
                word[at] = byte;
                std::string expected(length, 'k');
                expected[at] =
                    byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte - 'A' + 'a') : byte;
                if (byte == '\'' || byte == '-' || byte == '.' || byte == ',')
                    expected.erase(at, 1);
                INFO(word);
                CHECK(fold_word(word) == expected);
            }
}

TEST_CASE("tokens read in one pass carry the folded form of each word and the text of each mark",
          "[fold]") {
    const std::string text =
        "Prime Minister Erdoğan’s co-operation, the U.S. says… [sic] 1,200 people - ALL of them.";
    FoldedTokens words;
    const std::string lowered = lowercase_ascii(text);
    read_folded_tokens(text, lowered, {0, static_cast<uint32_t>(text.size())}, words);
    const std::vector<TextToken> tokens = tokenize(text, {0, static_cast<uint32_t>(text.size())});
    REQUIRE(words.tokens.size() == tokens.size());
    REQUIRE(words.folded.size() == tokens.size());
    for (size_t k = 0; k < tokens.size(); ++k) {
        const std::string_view raw = tokens[k].span.in(text);
        INFO(raw);
        CHECK(words.tokens[k].span == tokens[k].span);
        CHECK(words.tokens[k].kind == tokens[k].kind);
        CHECK(words.folded[k] ==
              (tokens[k].kind == TokenKind::word ? fold_word(raw) : std::string(raw)));
    }
    // The room is reused: a second, shorter read leaves nothing of the first.
    const std::string shorter = "Ankara SAID no.";
    const std::string shorter_lowered = lowercase_ascii(shorter);
    read_folded_tokens(shorter, shorter_lowered, {0, static_cast<uint32_t>(shorter.size())}, words);
    REQUIRE(words.folded.size() == 4);
    CHECK(words.folded[0] == "ankara");
    CHECK(words.folded[1] == "said");
    CHECK(words.folded[2] == "no");
    CHECK(words.folded[3] == ".");
}
