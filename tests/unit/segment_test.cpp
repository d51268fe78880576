// Sentences: the shortcut that takes a one-sentence paragraph whole must agree with ICU's
// iterator on every paragraph, and ICU's abbreviation filter keeps "Mr." inside a sentence.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "load/load.hpp"
#include "segment/segment.hpp"

namespace quotecheck {

namespace {

std::vector<std::string> sentences_of(Segmenter& segmenter, const Article& article) {
    std::vector<std::string> out;
    for (const Sentence& sentence : segmenter.segment(article).sentences)
        out.push_back(std::to_string(sentence.paragraph) + ":" +
                      std::string(sentence.span.in(article.text())));
    return out;
}

void expect_same_as_iterator(const Article& article) {
    static Segmenter fast;
    static Segmenter reference(true);
    INFO(article.path());
    CHECK(sentences_of(fast, article) == sentences_of(reference, article));
}

}  // namespace

TEST_CASE("a one-sentence paragraph is recognised without the iterator", "[segment]") {
    CHECK(is_one_sentence("The minister spoke for an hour."));
    CHECK(is_one_sentence("“We will not go back,” she said.”  "));
    CHECK(is_one_sentence("Who is to blame?!\")  "));
    CHECK(is_one_sentence("A headline with no full stop"));
    CHECK(is_one_sentence("It ended. ."));  // a terminator after the spaces continues the run
    CHECK_FALSE(is_one_sentence("He left. She stayed."));
    CHECK_FALSE(is_one_sentence("He left. \"Why?\""));  // a mark after the space opens anew
    CHECK_FALSE(is_one_sentence("He left. \""));        // a stray mark is a sentence of its own
    CHECK_FALSE(is_one_sentence("U.S. officials met"));
    CHECK_FALSE(is_one_sentence("one\ntwo"));
    CHECK_FALSE(is_one_sentence("one\u2029two"));      // paragraph separator
    CHECK_FALSE(is_one_sentence("终于到了。然后"));    // ideographic full stop
    CHECK_FALSE(is_one_sentence("Really\u203C yes"));  // double exclamation mark
    CHECK_FALSE(is_one_sentence("لماذا؟ لا"));         // Arabic question mark
    CHECK_FALSE(is_one_sentence("etc. and more"));     // SB8: the iterator decides
    // Running text is passed over sixteen bytes at a time: a stop anywhere in a block is seen.
    CHECK_FALSE(is_one_sentence("An opening clause of words. Then more"));
    CHECK_FALSE(is_one_sentence("abcdefghijklmno\nnext line"));
    CHECK_FALSE(is_one_sentence("abcdefgh!ijklmnop"));
    CHECK_FALSE(is_one_sentence("abcdefghijklmn\rx"));
    CHECK_FALSE(is_one_sentence("abcdefghijklmnopqrstuvw?Next"));
    CHECK_FALSE(is_one_sentence("abcdefghijklmnopqrst\u2029next"));
    CHECK(is_one_sentence("abcdefgh, ijklmnop (qrstuvw) “xyz” 12345678 ~#$%&*+/<=>@\\^_`{|}-:;"));
}

TEST_CASE("the shortcut gives the iterator's sentences", "[segment]") {
    const std::vector<std::string> bodies = {
        "Headline without a stop\n\nFirst paragraph. Second sentence here.\n\n“Quoted.” Then more.",
        "He said: \"Go.\" \n\nShe left. \"Why?\"\n\nMr. Smith met Gen. Jones in the U.S. capital.",
        "Wait... what?\n\nOne. . Two\n\nIt is 3.5 percent.\n\n(Aside.) Next.\n\nEnd.)   ",
        "Unicode: 终于到了。然后\n\nReally‼ yes\n\nline\u2028break\n\n¿Qué? Sí.\n\nFull．width",
        "Stray mark. \"\n\nAnd again. ”\n\netc. and more\n\n“Yes!” he said.\n\n\"No.\" "
        "'Maybe.'\n\n   \n\nLast one",
    };
    for (const std::string& body : bodies)
        expect_same_as_iterator(load_bytes("case.txt", body, ArticleFormat::text));
}

// ICU's standard English abbreviations and the project's own are filtered by one filter over
// the plain iterator; the sentences are those the iterator with "ss=standard" inside that
// filter gave, except after "U.S." (and U.K., U.N., D.C., E.U.) before a capital, where ICU
// still breaks: there a sentence goes on unless the next word is one that opens sentences
// ("U.S. Senate", "U.S. Attorney Karen Lowe said" stay whole; "It was the U.S. Then" does not).
TEST_CASE("abbreviations of ICU's list and of ours end no sentence", "[segment]") {
    Segmenter segmenter;
    CHECK(
        sentences_of(segmenter,
                     load_bytes("case.txt",
                                "Mr. Smith met Gov. Jones and Dr. Who in the U.S. Senate on Oct. "
                                "3. Ph.D. students came. Then St. Louis Co. fans left. It was the "
                                "U.S. Then a Q. Ltd. went home. The L.A. Times said. Ok. Fine.",
                                ArticleFormat::text)) ==
        std::vector<std::string>{
            "0:Mr. Smith met Gov. Jones and Dr. Who in the U.S. Senate on Oct. 3.",
            "0:Ph.D. students came.", "0:Then St. Louis Co. fans left.", "0:It was the U.S.",
            "0:Then a Q. Ltd. went home.", "0:The L.A. Times said.", "0:Ok. Fine."});
}

TEST_CASE("titles of Nigerian, South Asian and Philippine news end no sentence", "[segment]") {
    Segmenter segmenter;
    CHECK(sentences_of(segmenter,
                       load_bytes("case.txt",
                                  "The commissioner, Engr. Salihu Momoh, spoke. Barr. Ade Cole and "
                                  "Smt. Kavita Rao came with Usec. Eduardo Sison. It ended.",
                                  ArticleFormat::text)) ==
          std::vector<std::string>{"0:The commissioner, Engr. Salihu Momoh, spoke.",
                                   "0:Barr. Ade Cole and Smt. Kavita Rao came with Usec. Eduardo "
                                   "Sison.",
                                   "0:It ended."});
}

TEST_CASE("a title after U.S. stays in its sentence", "[segment]") {
    Segmenter segmenter;
    CHECK(sentences_of(segmenter, load_bytes("case.txt",
                                             "“He lied,” U.S. Attorney Karen Lowe said. They moved "
                                             "to the U.K. The next day they left.",
                                             ArticleFormat::text)) ==
          std::vector<std::string>{"0:“He lied,” U.S. Attorney Karen Lowe said.",
                                   "0:They moved to the U.K.", "0:The next day they left."});
}

TEST_CASE("a title that always stands before a name ends no sentence", "[segment]") {
    // ICU holds "Lt." only as the start of "Lt. Col.", and no plural titles.
    Segmenter segmenter;
    CHECK(sentences_of(segmenter,
                       load_bytes("case.txt",
                                  "“It holds,” Lt. Anna Berg said. Sens. Warren and Lee agreed. "
                                  "The Rt. Hon. member for Leeds spoke. Mme. Roux left. They "
                                  "moved to the U.K. The next day they left.",
                                  ArticleFormat::text)) ==
          std::vector<std::string>{"0:“It holds,” Lt. Anna Berg said.",
                                   "0:Sens. Warren and Lee agreed.",
                                   "0:The Rt. Hon. member for Leeds spoke.", "0:Mme. Roux left.",
                                   "0:They moved to the U.K.", "0:The next day they left."});
}

// The iterator reads a paragraph converted to UTF-16 (two units for a character outside the
// BMP) or, when it holds bytes that are not UTF-8, the bytes themselves; either way sentences
// are reported at byte offsets. The expected sentences are the ones ICU gives over the UTF-8.
TEST_CASE("sentences are found around characters outside the BMP and bad bytes", "[segment]") {
    Segmenter segmenter;
    auto sentences = [&](const std::string& body) {
        return sentences_of(segmenter, load_bytes("case.txt", body, ArticleFormat::text));
    };
    CHECK(sentences("Emoji 😀 here. Next one 😀. And 𝒜 math? Yes! 😀“Quoted.” then\n\nOK. 😀 Done.") ==
          std::vector<std::string>{"0:Emoji 😀 here.", "0:Next one 😀.", "0:And 𝒜 math?", "0:Yes!",
                                   "0:😀“Quoted.” then", "1:OK. 😀 Done."});
    CHECK(sentences("Bad \xff byte. Then \xe2\x80 cut. Good ‘x’. \xc3\n\nMore \xf0\x9f\x98 here. "
                    "X. \xed\xa0\x80 surrogate. End") ==
          std::vector<std::string>{"0:Bad \xff byte.", "0:Then \xe2\x80 cut.", "0:Good ‘x’.",
                                   "0:\xc3", "1:More \xf0\x9f\x98 here.",
                                   "1:X. \xed\xa0\x80 surrogate.", "1:End"});
    CHECK(sentences("Real \uFFFD replacement. Next. \uFFFD. Go") ==
          std::vector<std::string>{"0:Real \uFFFD replacement.", "0:Next.", "0:\uFFFD.", "0:Go"});
}

TEST_CASE("the shortcut gives the iterator's sentences on the example articles", "[segment]") {
    size_t articles = 0;
    for (const char* folder : {QUOTECHECK_FIXTURES, QUOTECHECK_SEEDS}) {
        if (!std::filesystem::is_directory(folder)) continue;
        for (const InputFile& input : discover_inputs({folder}).files) {
            expect_same_as_iterator(load_input(input));
            ++articles;
        }
    }
    CHECK(articles > 10);
}

TEST_CASE("initials before a name end no sentence", "[segment]") {
    Segmenter segmenter;
    CHECK(sentences_of(segmenter,
                       load_bytes("case.txt",
                                  "A.K. Sharma dismissed it. \"Fine,\" said J.R.R. Tolkien. "
                                  "\"Fine,\" said P. J. Smith. They took vitamin D. Then they "
                                  "left the U.K. The next day they came back.",
                                  ArticleFormat::text)) ==
          std::vector<std::string>{"0:A.K. Sharma dismissed it.",
                                   "0:\"Fine,\" said J.R.R. Tolkien.",
                                   "0:\"Fine,\" said P. J. Smith.", "0:They took vitamin D.",
                                   "0:Then they left the U.K.", "0:The next day they came back."});
}

TEST_CASE("a hard-wrapped paragraph breaks sentences only where they end", "[segment]") {
    Segmenter segmenter;
    CHECK(sentences_of(segmenter, load_bytes("case.txt",
                                             "Title\n\nThe Hawks had lost again. Young said the "
                                             "locker\nroom had been \"tense\" all week.\nThen "
                                             "they won.\n",
                                             ArticleFormat::text)) ==
          std::vector<std::string>{"0:Title", "1:The Hawks had lost again.",
                                   "1:Young said the locker\nroom had been \"tense\" all week.",
                                   "1:Then they won."});
}

TEST_CASE("an engineer's title and a quote ending in a quote inside it end no sentence",
          "[segment]") {
    Segmenter segmenter;
    CHECK(sentences_of(segmenter,
                       load_bytes("case.txt",
                                  "Eng. Tariq Dhaheri and Ing. Yaw Osei came. \xE2\x80\x9CShe "
                                  "shouted, \xE2\x80\x98It\xE2\x80\x99s moving!\xE2\x80\x99\xE2\x80"
                                  "\x9D said Carmen R\xC3\xADos. It ended.",
                                  ArticleFormat::text)) ==
          std::vector<std::string>{"0:Eng. Tariq Dhaheri and Ing. Yaw Osei came.",
                                   "0:\xE2\x80\x9CShe shouted, \xE2\x80\x98It\xE2\x80\x99s "
                                   "moving!\xE2\x80\x99\xE2\x80\x9D said Carmen R\xC3\xADos.",
                                   "0:It ended."});
}

TEST_CASE("an initial right after a quote's comma and closing mark ends no sentence", "[segment]") {
    Segmenter segmenter;
    CHECK(
        sentences_of(segmenter, load_bytes("case.txt",
                                           "\xE2\x80\x9CWe want the metro,\xE2\x80\x9D S. "
                                           "Venkatesan said. \"It is late,\" A. Rahim said.",
                                           ArticleFormat::text)) ==
        std::vector<std::string>{"0:\xE2\x80\x9CWe want the metro,\xE2\x80\x9D S. Venkatesan said.",
                                 "0:\"It is late,\" A. Rahim said."});
}

}  // namespace quotecheck
