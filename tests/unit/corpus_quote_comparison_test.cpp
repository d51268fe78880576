// Comparing two quotes word by word: what is the same quote, what is a misquote, what is
// another quote or another translation.
#include <catch2/catch.hpp>

#include <string>

#include "corpus/article_material.hpp"
#include "corpus/quote_comparison.hpp"
#include "corpus/word_alignment.hpp"

using namespace quotecheck;

namespace {

QuoteWordList words_of(const std::string& text, WordNumbers& numbers) {
    return quote_words(text, {0, static_cast<uint32_t>(text.size())}, numbers);
}

QuoteComparison compare(const std::string& a, const std::string& b) {
    WordNumbers numbers;
    return compare_quotes(words_of(a, numbers), words_of(b, numbers));
}

}  // namespace

TEST_CASE("normalising: marks, case, dashes, contractions, numbers and spelling do not differ") {
    CHECK(compare("We don’t accept — and never will — this DEAL of twenty-five percent",
                  "we do not accept - and never will - this deal of 25%")
              .verdict == QuoteVerdict::same);
    CHECK(compare("The organisation will recognise the centre's labour",
                  "The organization will recognize the center's labor")
              .verdict == QuoteVerdict::same);
    const std::string text = "U.S. co-operation isn't";
    CHECK(normalised_quote_words(text, {0, static_cast<uint32_t>(text.size())}) ==
          std::vector<std::string>{"us", "cooperation", "is", "not"});
}

TEST_CASE("one changed word in the middle or at the edge is a misquote") {
    const QuoteComparison middle =
        compare("this is a great deal for every family", "this is a good deal for every family");
    REQUIRE(middle.verdict == QuoteVerdict::misquote);
    REQUIRE(middle.edits.size() == 1);
    CHECK(middle.edits[0].a_from == 3);
    CHECK(middle.edits[0].a_size() == 1);
    CHECK(middle.edits[0].b_size() == 1);
    CHECK(compare("we welcome this process", "we welcome this progress").verdict ==
          QuoteVerdict::misquote);
    CHECK(compare("great deal for every family", "good deal for every family").verdict ==
          QuoteVerdict::misquote);
}

TEST_CASE("a dropped or added word is a misquote") {
    const QuoteComparison dropped =
        compare("we will sign the agreement", "we will not sign the agreement");
    REQUIRE(dropped.verdict == QuoteVerdict::misquote);
    CHECK(dropped.edits[0].a_size() == 0);
    CHECK(dropped.edits[0].b_size() == 1);
}

TEST_CASE("a quote cut at a 'not' is a misquote, not an excerpt") {
    // Leaving out only a "not" at either end turns the words around; leaving out more is an
    // excerpt.
    const QuoteComparison first =
        compare("not worth the paper they are written on", "worth the paper they are written on");
    REQUIRE(first.verdict == QuoteVerdict::misquote);
    CHECK(first.edits[0].a_size() == 1);
    CHECK(first.edits[0].b_size() == 0);
    CHECK(compare("whether they like it or not", "whether they like it or").verdict ==
          QuoteVerdict::misquote);
    CHECK(compare("No, the plan is not worth the paper it is written on",
                  "the plan is not worth the paper it is written on")
              .verdict == QuoteVerdict::same);
}

TEST_CASE("excerpts, ellipses, brackets and attributions inside the marks are the same quote") {
    const std::string full =
        "We think that any rapprochement between countries can have a positive influence on the "
        "whole region";
    CHECK(compare(full, "any rapprochement between countries can have a positive influence")
              .verdict == QuoteVerdict::same);
    CHECK(compare(full, "We think … a positive influence on the whole region").verdict ==
          QuoteVerdict::same);
    CHECK(compare(full,
                  "[The government thinks] that any rapprochement between countries can have a "
                  "positive influence")
              .verdict == QuoteVerdict::same);
    CHECK(compare(full,
                  "We think that any rapprochement between [neighbouring] countries can have a "
                  "positive influence")
              .verdict == QuoteVerdict::same);
    CHECK(compare("We welcome this process and hope it succeeds",
                  "We welcome this process, he said, and hope it succeeds")
              .verdict == QuoteVerdict::same);
}

TEST_CASE("two excerpts that overlap are the same quote") {
    CHECK(compare("relations between our two countries are improving quickly",
                  "our two countries are improving quickly and will keep improving")
              .verdict == QuoteVerdict::same);
}

TEST_CASE("quotes sharing a phrase, or another translation of a statement, are not misquotes") {
    CHECK(compare("we will fight terrorism with all our partners in the region",
                  "the fight against terrorism requires patience from everyone")
              .verdict == QuoteVerdict::unrelated);
    const QuoteComparison translation =
        compare("We view this process in a positive manner and welcome any dialogue",
                "We regard this process positively and support every dialogue");
    CHECK(translation.verdict != QuoteVerdict::misquote);
}

TEST_CASE("articles a, an and the alone do not make a misquote") {
    CHECK(compare("the talks were a success for the region", "talks were a success for the region")
              .verdict == QuoteVerdict::same);
}

TEST_CASE("a quote's numbers, flags, spelled-out words and spans line up word for word") {
    const std::string text = "We can't cut it by 5 per cent … [or] 25% of the budget, he said";
    const Span all{0, static_cast<uint32_t>(text.size())};
    WordNumbers numbers;
    const QuoteWordList list = quote_words(text, all, numbers);
    const QuoteWords words = list;
    const std::vector<std::string> spelled = normalised_quote_words(text, all);
    const std::vector<Span> spans = quote_word_spans(text, all);
    CHECK(spelled == std::vector<std::string>{"we", "can", "not", "cut", "it", "by", "5", "%", "25",
                                              "%", "of", "the", "budget", "he", "said"});
    REQUIRE(words.size() == spelled.size());
    REQUIRE(spans.size() == spelled.size());
    REQUIRE(words.flags.size() == words.size() + 1);
    CHECK(spans[7].in(text) == "per cent");  // one word, both article words
    CHECK(spans[9].in(text) == "%");
    for (size_t k = 0; k < words.size(); ++k) {
        INFO("word " << k << ": " << spelled[k]);
        CHECK(words.ids[k] == numbers.number(hash_word(spelled[k])));
        CHECK(words.has(k, QuoteWords::article) == (spelled[k] == "the"));
        CHECK(words.has(k, QuoteWords::speech_verb) == (spelled[k] == "said"));
        // The ellipsis and the bracket stand between "%" (7) and "25" (8) only.
        CHECK(words.open_gap(k) == (k == 8));
    }
    CHECK_FALSE(words.open_gap(words.size()));
    CHECK(words.has(0, QuoteWords::stopword));         // "we"
    CHECK_FALSE(words.has(12, QuoteWords::stopword));  // "budget"
}

TEST_CASE("a quote compared with a word-for-word copy gives what the alignment gives") {
    // compare_quotes answers copies without aligning them; the alignment must agree.
    for (const std::string text :
         {"We will never accept this deal", "this is … a great deal [for us] and for them",
          "short one", "It is what it is, and it is what it was"}) {
        WordNumbers numbers;
        const QuoteWordList words = words_of(text, numbers);
        const QuoteComparison copy = compare_quotes(words, words_of(text, numbers));
        const WordAlignment alignment = align_words(words, words);
        if (words.size() < 3) {
            CHECK(copy.verdict == QuoteVerdict::unrelated);
            CHECK(copy.matched == 0);
            continue;
        }
        CHECK(copy.verdict == QuoteVerdict::same);
        CHECK(copy.matched == alignment.matched);
        CHECK(alignment.matched == words.size());
        CHECK(alignment.hunks.empty());
        CHECK(copy.edits.empty());
    }
}

TEST_CASE("word numbers: a word keeps its number, a new word takes the next one") {
    WordNumbers numbers;
    CHECK(numbers.number(hash_word("deal")) == 0);
    CHECK(numbers.number(hash_word("family")) == 1);
    CHECK(numbers.number(hash_word("deal")) == 0);
    CHECK(numbers.number(hash_word("every")) == 2);
    CHECK(numbers.size() == 3);
}

TEST_CASE("numbering a corpus's quote words goes article by article and frees the hashes") {
    std::vector<ArticleMaterial> material(2);
    material[0].quote_hashes = {hash_word("we"), hash_word("will"), hash_word("we")};
    material[1].quote_hashes = {hash_word("will"), hash_word("sign")};
    number_quote_words(material);
    CHECK(material[0].quote_ids == std::vector<uint32_t>{0, 1, 0});
    CHECK(material[1].quote_ids == std::vector<uint32_t>{1, 2});
    CHECK(material[0].quote_hashes.empty());
    CHECK(material[1].quote_hashes.empty());
}

TEST_CASE("word numbers stay the same while the table grows") {
    WordNumbers numbers;
    for (uint64_t word = 0; word < 5000; ++word)
        REQUIRE(numbers.number(hash_word(std::to_string(word))) == word);
    for (uint64_t word = 0; word < 5000; ++word)
        REQUIRE(numbers.number(hash_word(std::to_string(word))) == word);
    CHECK(numbers.size() == 5000);
}

TEST_CASE("word numbers tell apart hashes that want the same slot") {
    WordNumbers numbers;
    const uint64_t same_low_bits[] = {7, 7 + (uint64_t{1} << 20), 7 + (uint64_t{1} << 40)};
    for (uint32_t k = 0; k < 3; ++k) CHECK(numbers.number(same_low_bits[k]) == k);
    for (uint32_t k = 0; k < 3; ++k) CHECK(numbers.number(same_low_bits[k]) == k);
    CHECK(numbers.number(0) == 3);  // 0 is a hash like any other
    CHECK(numbers.number(0) == 3);
}
