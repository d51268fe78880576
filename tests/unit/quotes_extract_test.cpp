#include <catch2/catch.hpp>

#include "quotes_test_support.hpp"

using namespace quotecheck;
using quotecheck::test::problems_of;
using quotecheck::test::quote_texts;
using quotecheck::test::quotes_of;
using Strings = std::vector<std::string>;

TEST_CASE("straight double quotes around a split quotation give two quotes") {
    CHECK(quote_texts("\"We will rebuild,\" the mayor said, \"and we will do it quickly.\"\n") ==
          Strings{"We will rebuild,", "and we will do it quickly."});
}

TEST_CASE("curly double quotes are paired") {
    CHECK(quote_texts("“The dam held,” the engineer said.\n") == Strings{"The dam held,"});
}

TEST_CASE("apostrophes, possessives and elisions are not quote marks") {
    CHECK(
        quote_texts(
            "The mayor’s plan won’t pass, officials in the ’90s said. Rock ’n’ roll isn't dead.\n")
            .empty());
    CHECK(quote_texts("The council's budget and the workers' union didn't agree.\n").empty());
    CHECK(quote_texts("'Tis the season, said nobody in the leaders’ meeting.\n").empty());
}

TEST_CASE("primes after digits are not quote marks") {
    CHECK(quote_texts("The suspect is 5'11\" tall and carried a 12\" knife.\n").empty());
    CHECK(problems_of("The suspect is 5'11\" tall and carried a 12\" knife.\n").empty());
}

TEST_CASE("single quotes used as quote marks in a headline") {
    CHECK(quote_texts("Minister in Paris to 'reset' ties with Rome\n") == Strings{"reset"});
    CHECK(quote_texts("Mayor praises ‘new spirit’ of the council\n") == Strings{"new spirit"});
}

TEST_CASE("quotes inside quotes are both found, the inner one nested") {
    Article article =
        load_bytes("t.txt", "“She told me, ‘We will not give up,’ and walked away,” he said.\n",
                   ArticleFormat::text);
    const Extraction found = extract_quotes(article);
    REQUIRE(found.quotes.size() == 2);
    CHECK(found.text_of(article.text(), found.quotes[0]) ==
          "She told me, ‘We will not give up,’ and walked away,");
    CHECK(found.quotes[0].depth == 0);
    CHECK(found.text_of(article.text(), found.quotes[1]) == "We will not give up,");
    CHECK(found.quotes[1].depth == 1);
    CHECK(found.issues.empty());
}

TEST_CASE("quote spans exclude the spaces inside French guillemets") {
    Article article = load_bytes("t.txt", "Il a dit : « Oui. »\n", ArticleFormat::text);
    const Extraction found = extract_quotes(article);
    REQUIRE(found.quotes.size() == 1);
    CHECK(found.quotes[0].text.in(article.text()) == "Oui.");
}

TEST_CASE("guillemets, German and CJK marks") {
    CHECK(quote_texts("Le ministre a dit : « Nous restons ici. »\n") ==
          Strings{"Nous restons ici."});
    CHECK(quote_texts("Er sagte: „Wir bleiben hier.“ Dann ging er.\n") ==
          Strings{"Wir bleiben hier."});
    CHECK(quote_texts("Er sagte: »Wir bleiben hier.« Dann ging er.\n") ==
          Strings{"Wir bleiben hier."});
    CHECK(quote_texts("彼は「明日また来る」と言った。\n") == Strings{"明日また来る"});
}

TEST_CASE("a quotation over several paragraphs is one block quote") {
    const auto found = quotes_of(
        "The witness spoke for an hour.\n\n"
        "“I saw the car come round the corner far too fast.\n\n"
        "“It did not stop at the light, and it did not slow down.\n\n"
        "“Then I heard the crash,” she said.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == QuoteKind::block);
    CHECK(found[0].text ==
          "I saw the car come round the corner far too fast. It did not stop at the light, and it "
          "did not "
          "slow down. Then I heard the crash,");
}

TEST_CASE("a block quote's repeated opening marks are kept for it alone") {
    Article article = load_bytes("test.txt",
                                 "“First paragraph of it.\n\n“Second one.\n\n“Third,” she said. "
                                 "“Another,” he said.\n",
                                 ArticleFormat::text);
    const Extraction found = extract_quotes(article);
    REQUIRE(found.quotes.size() == 2);
    const auto marks = found.continuation_marks(found.quotes[0]);
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].mark.in(article.text()) == "“");
    CHECK(marks[1].mark.in(article.text()) == "“");
    CHECK(marks[0].mark.start < marks[1].mark.start);
    CHECK(found.continuation_marks(found.quotes[1]).empty());
    CHECK(found.text_of(article.text(), found.quotes[0]) ==
          "First paragraph of it. Second one. Third,");
}

TEST_CASE("block quotes also work with one paragraph per line") {
    const auto found = quotes_of(
        "“We are marking a long road together.\n“Those who came before us built it,” the "
        "ambassador said.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == QuoteKind::block);
}

TEST_CASE("quote kinds: direct, partial and scare") {
    const auto found = quotes_of(
        "“We welcome this process,” the minister said. She praised the “new quality” of the talks "
        "and "
        "said the deal was “a step toward a lasting peace for the whole region.”\n");
    REQUIRE(found.size() == 3);
    CHECK(found[0].kind == QuoteKind::direct);
    CHECK(found[1].kind == QuoteKind::scare);  // attribution may upgrade it to partial
    CHECK(found[2].kind == QuoteKind::partial);
}

TEST_CASE("a title in quote marks is a scare quote") {
    const auto found =
        quotes_of("She opened the exhibition, “Open a Door to the Sea” on Monday.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == QuoteKind::scare);
}

TEST_CASE("a quote after a colon is direct") {
    const auto found = quotes_of("The governor said: “we will not back down.”\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == QuoteKind::direct);
}

TEST_CASE("an opening mark never closed is reported and the quote runs to the paragraph end") {
    Article article = load_bytes(
        "t.txt", "He said, “We will stay here no matter what happens.\n\nThe talks ended.\n",
        ArticleFormat::text);
    const Extraction found = extract_quotes(article);
    REQUIRE(found.quotes.size() == 1);
    CHECK_FALSE(found.quotes[0].closed());
    CHECK(found.text_of(article.text(), found.quotes[0]) ==
          "We will stay here no matter what happens.");
    REQUIRE(found.issues.size() == 1);
    CHECK(found.issues[0].problem == MarkProblem::unclosed);
    CHECK(found.issues[0].mark.start == 9);
}

TEST_CASE("a closing mark of another style is reported") {
    CHECK(problems_of("On Friday she said, ‘I would like to stress our support for the plan.”\n") ==
          std::vector{MarkProblem::mismatched});
    CHECK(quote_texts("On Friday she said, ‘I would like to stress our support for the plan.”\n") ==
          Strings{"I would like to stress our support for the plan."});
    CHECK(problems_of("“There are bonds between our towns,\" the mayor says.\n") ==
          std::vector{MarkProblem::mismatched});
}

TEST_CASE("German low-high pairs are not a style mismatch") {
    CHECK(problems_of("Er sagte: „Wir bleiben.“\n").empty());
}

TEST_CASE("a closing mark glued to the next word is reported") {
    CHECK(problems_of("“We certainly feel at home,”he said.\n") ==
          std::vector{MarkProblem::glued_after});
    CHECK(quote_texts("“We certainly feel at home,”he said.\n") ==
          Strings{"We certainly feel at home,"});
}

TEST_CASE("a stray closing mark is reported") {
    CHECK(problems_of("The plan failed.” Nobody knew why.\n") ==
          std::vector{MarkProblem::stray_closing});
}

TEST_CASE("quote marks never pair across paragraphs without the block convention") {
    const auto found = quote_texts("He said “yes.\n\nShe said no.” Then they left.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0] == "yes.");
}

TEST_CASE("question and exclamation marks end direct quotes") {
    const auto found = quotes_of("“Why now?” she asked. “Because we must!” he replied.\n");
    REQUIRE(found.size() == 2);
    CHECK(found[0].kind == QuoteKind::direct);
    CHECK(found[1].kind == QuoteKind::direct);
}

TEST_CASE("quote spans exclude the marks and point at the article bytes") {
    const std::string body = "Intro.\n\n“Hello there,” she said.\n";
    Article article = load_bytes("t.txt", body, ArticleFormat::text);
    const Extraction found = extract_quotes(article);
    REQUIRE(found.quotes.size() == 1);
    const Span source = article.to_source(found.quotes[0].text);
    CHECK(body.substr(source.start, source.size()) == "Hello there,");
    CHECK(body.substr(article.to_source(found.quotes[0].open).start, 3) == "“");
}

TEST_CASE("a hundred thousand unclosed marks stay bounded") {
    std::string body(100000 * 3, ' ');
    for (size_t i = 0; i < 100000; ++i) body.replace(i * 3, 3, " “a");
    const Extraction found = quotecheck::test::extract_from(body + "\n");
    CHECK(found.issues.size() <= kMaxMarkIssues + 1);
}

TEST_CASE("a plural possessive inside a single-quoted passage does not close it") {
    CHECK(quote_texts("‘The teachers’ union will strike on Monday,’ she said.\n") ==
          Strings{"The teachers’ union will strike on Monday,"});
    CHECK(quote_texts("'The teachers' union will strike,' she said.\n") ==
          Strings{"The teachers' union will strike,"});
    // A passage that goes on in the next paragraph has no closing mark in this one.
    CHECK(quote_texts("Title\n\nHe said: 'The developers' promises are worthless.\n\n'We will "
                      "fight this.'\n") ==
          Strings{"The developers' promises are worthless. We will fight this."});
    // A few quoted words in the writer's sentence close where they end, passage after or not.
    CHECK(quote_texts("Title\n\nThey felt 'ignored' by the council.\n\n'We were never "
                      "asked,' said Joan Hill.\n") == Strings{"ignored", "We were never asked,"});
}

TEST_CASE("a quote broken over two lines mid-sentence is still one quote") {
    CHECK(quote_texts("Title\nThe mayor said “we will\nrebuild the pier” on Friday.\n") ==
          Strings{"we will rebuild the pier"});
}

TEST_CASE("the second half of a split quotation is direct even in lower case") {
    const auto found = quotes_of("“Why,” he asked, “would anyone do that?”\n");
    REQUIRE(found.size() == 2);
    CHECK(found[1].kind == QuoteKind::direct);
    const auto partial =
        quotes_of("She described the decision as “disappointing but not surprising.”\n");
    REQUIRE(partial.size() == 1);
    CHECK(partial[0].kind == QuoteKind::partial);
}

TEST_CASE("names with apostrophes and clock times are not quotes") {
    CHECK(quote_texts("They met at O'Brien's office at 9 o'clock, y'all, ma'am.\n").empty());
}

TEST_CASE("a quotation over several paragraphs in single marks is one block quote") {
    const auto curly = quotes_of(
        "‘I ran down the stairs as fast as I could.\n\n"
        "‘When I got outside the whole roof was alight,’ he said.\n");
    REQUIRE(curly.size() == 1);
    CHECK(curly[0].kind == QuoteKind::block);
    CHECK(curly[0].text ==
          "I ran down the stairs as fast as I could. When I got outside the whole roof was "
          "alight,");
    const auto straight = quotes_of(
        "'I ran down the stairs,' he said. 'The smoke was thick by then.\n\n"
        "'I never saw the fire itself.'\n");
    REQUIRE(straight.size() == 2);
    CHECK(straight[1].kind == QuoteKind::block);
    CHECK(straight[1].text == "The smoke was thick by then. I never saw the fire itself.");
}

TEST_CASE("a paragraph opening with an elision does not continue a single-quoted passage") {
    const auto found = quote_texts(
        "‘We played every club in the north of England.\n\n"
        "’90s bands had it easier, he said.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0] == "We played every club in the north of England.");
    const auto nickname = quote_texts(
        "Thousands of ’Gers fans travelled to the game in Seville.\n\n"
        "‘It was the best night of my life,’ one said.\n");
    REQUIRE_FALSE(nickname.empty());
    CHECK(nickname.back() == "It was the best night of my life,");
}

TEST_CASE("a title with the sentence's comma or full stop inside its marks is a scare quote") {
    const auto found = quotes_of(
        "Her debut, “Salt Wind,” won a prize, and her next film was “Nine Long Winters.”\n");
    REQUIRE(found.size() == 2);
    CHECK(found[0].kind == QuoteKind::scare);
    CHECK(found[1].kind == QuoteKind::scare);
}

TEST_CASE("a capitalised utterance with a comma inside its marks stays speech") {
    const auto one_word = quotes_of("Asked if she would run, “Absolutely,” she said.\n");
    REQUIRE(one_word.size() == 1);
    CHECK(one_word[0].kind != QuoteKind::scare);
    const auto opening = quotes_of("“Happy New Year,” the mayor told the crowd.\n");
    REQUIRE(opening.size() == 1);
    CHECK(opening[0].kind == QuoteKind::direct);
    const auto shouted = quotes_of("The fans chanted, “WE WANT MORE,” all night.\n");
    REQUIRE(shouted.size() == 1);
    CHECK(shouted[0].kind != QuoteKind::scare);
}

TEST_CASE("an apostrophe before a capital or after a dropped letter does not close the quote") {
    CHECK(quote_texts("‘We lost at St James’ Park again,’ he said.\n") ==
          Strings{"We lost at St James’ Park again,"});
    CHECK(quote_texts("‘We’re playin’ for pride now,’ he said.\n") ==
          Strings{"We’re playin’ for pride now,"});
    CHECK(quote_texts("'We're playin' for pride now,' he said.\n") ==
          Strings{"We're playin' for pride now,"});
}

TEST_CASE("a single-quoted word ending in s closes before a later quote opens") {
    CHECK(quote_texts("He called it ‘reckless’ and added: ‘We will fight it,’ he said.\n") ==
          Strings{"reckless", "We will fight it,"});
    CHECK(quote_texts("He called it 'reckless' and added: 'We will fight it,' he said.\n") ==
          Strings{"reckless", "We will fight it,"});
}

TEST_CASE("two straight apostrophes are one double mark") {
    const auto found = quotes_of("''We will win this time,'' the coach said on Friday.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == "We will win this time,");
    CHECK(found[0].kind == QuoteKind::direct);
    const auto block = quotes_of(
        "''We trained all summer for this game.\n\n''Nobody believed in us,'' she said.\n");
    REQUIRE(block.size() == 1);
    CHECK(block[0].kind == QuoteKind::block);
    CHECK(block[0].text == "We trained all summer for this game. Nobody believed in us,");
}

TEST_CASE("a percentage in single quotes is a quote, a decade is an elision") {
    CHECK(quote_texts("Sources insist a deal is '90 per cent done', but talks go on.\n") ==
          Strings{"90 per cent done"});
    CHECK(quote_texts("She was '50% sure', he said.\n") == Strings{"50% sure"});
    CHECK(quote_texts("He played in the '90s and left in the class of '92 for good.\n").empty());
}

TEST_CASE("two backticks open a quote that two apostrophes close") {
    const auto found =
        quotes_of("``We will win this time,'' the coach said. ``Nobody believed us.''\n");
    REQUIRE(found.size() == 2);
    CHECK(found[0].text == "We will win this time,");
    CHECK(found[0].kind == QuoteKind::direct);
    CHECK(found[1].text == "Nobody believed us.");
    CHECK(problems_of("``We will win this time,'' the coach said.\n").empty());
    // A quote opened with backticks and closed with a curly mark is a mismatch; a lone backtick
    // is no mark at all.
    CHECK(problems_of("``We will win this time,” the coach said.\n") ==
          std::vector{MarkProblem::mismatched});
    CHECK(quote_texts("Run `make` and \"wait,\" she said.\n") == Strings{"wait,"});
}

TEST_CASE("a straight mark after sentence punctuation closes the open quote even when glued") {
    CHECK(quote_texts("He said: \"We have done nothing wrong.\"She left the room.\n") ==
          Strings{"We have done nothing wrong."});
    CHECK(problems_of("He said: \"We have done nothing wrong.\"She left the room.\n") ==
          std::vector{MarkProblem::glued_after});
}

TEST_CASE("a double quote closed with a single mark after punctuation is reported and ends there") {
    CHECK(quote_texts("\"Nothing is decided yet,' Lin said. \"We are here to listen.\"\n") ==
          Strings{"Nothing is decided yet,", "We are here to listen."});
    CHECK(problems_of("\"Nothing is decided yet,' Lin said. \"We are here to listen.\"\n") ==
          std::vector{MarkProblem::mismatched});
    CHECK(quote_texts("“Nothing is decided yet,’ Lin said.\n") ==
          Strings{"Nothing is decided yet,"});
}

TEST_CASE("an apostrophe at a word's start never closed is not a quote") {
    CHECK(quote_texts("Thousands of ’Gers fans travelled to the game in Seville.\n").empty());
    CHECK(quote_texts("’We will win this one,’ the captain said.\n") ==
          Strings{"We will win this one,"});
}

TEST_CASE("marks inside a Markdown code span quote nothing") {
    CHECK(quote_texts("The change set `\"max_routes\"` to zero, the firm said \"by mistake\".\n\n"
                      "A `'` in `it's` is code too, and \"this\" is a quote.\n",
                      ArticleFormat::markdown) == Strings{"by mistake", "this"});
}

TEST_CASE("a lower-case term with the sentence's comma inside its marks is a scare quote") {
    const auto found =
        quotes_of("Researchers call it “self-domestication,” a process seen in cities.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == QuoteKind::scare);
}

TEST_CASE("a title's subtitle colon keeps it a title with the comma inside its marks") {
    const auto found =
        quotes_of("The shop sells her history, “Lamps and Lenses: A Pemaquid Story,” and cards.\n");
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == QuoteKind::scare);
}

TEST_CASE("an apostrophe after initials' period is a possessive, not an opening mark") {
    const Extraction found = test::extract_from(
        "B.C.'s health ministry said: \"It is bad.\" The U.S.\u2019s envoy called it \"hard\".\n");
    REQUIRE(found.quotes.size() == 2);
    CHECK(found.quotes[0].depth == 0);
    CHECK(found.quotes[1].depth == 0);
    CHECK(problems_of("B.C.'s health ministry said: \"It is bad.\"\n").empty());
}

TEST_CASE("a title-case headline's quote of four words or more is speech, not a title") {
    const auto found = quotes_of(
        "“Water Rose To The Roof, We Swam Out”: Floods Hit Assam Villages, 12 Dead\n\nThe river "
        "burst its banks.\n");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].kind != QuoteKind::scare);
    const auto film = quotes_of("“Inside The Fire” Wins Top Prize At Cannes\n\nThe jury met.\n");
    REQUIRE_FALSE(film.empty());
    CHECK(film[0].kind == QuoteKind::scare);
}

namespace {
// An article on one line, as archives that lose paragraph breaks give it: the lead, then
// `body`, then enough of the writer's sentences to make a paragraph no real one is.
std::string on_one_line(const std::string& body) {
    std::string text =
        "The council met on Tuesday to settle the dispute over the old mill. " + body;
    while (text.size() < 2400) text += " The meeting went on for several hours into the night.";
    return text + "\n";
}
}  // namespace

TEST_CASE("a quote over lost paragraph breaks is one quote, its repeated opening mark kept apart") {
    Article article = load_bytes(
        "test.txt",
        on_one_line("'We did all we were asked,' he told reporters. 'The builder said it was "
                    "allowed. We had no reason to doubt him. 'Now we are told to pull it "
                    "down,' he said. 'It makes no sense.'"),
        ArticleFormat::text);
    const Extraction found = extract_quotes(article);
    REQUIRE(found.quotes.size() == 3);
    CHECK(found.text_of(article.text(), found.quotes[1]) ==
          "The builder said it was allowed. We had no reason to doubt him. Now we are told to "
          "pull it down,");
    CHECK(found.quotes[1].depth == 0);
    CHECK(found.quotes[2].depth == 0);
    CHECK(found.continuation_marks(found.quotes[1]).size() == 1);
    CHECK(found.issues.empty());
    // Double marks the same way.
    CHECK(test::quote_texts(on_one_line(
              "\"It smelled like death. We lost most of the hives. \"What we see is a pattern,\" "
              "she said.")) ==
          Strings{"It smelled like death. We lost most of the hives. What we see is a pattern,"});
}

TEST_CASE("a new opening mark after a sentence of an open quote in a short paragraph is reported") {
    CHECK(test::quote_texts("\"I said no to them. \"Stop it now,\" he told the council.\n") ==
          Strings{"I said no to them. Stop it now,"});
    CHECK(problems_of("\"I said no to them. \"Stop it now,\" he told the council.\n") ==
          std::vector{MarkProblem::unclosed});
}

TEST_CASE("an apostrophe read as an opening mark in the writer's words does not carry on") {
    // 'Gers opens no utterance (it follows "the"), so the quote after the sentence is its own.
    CHECK(test::quote_texts(on_one_line("The 'Gers fans were happy with it. 'We won it,' "
                                        "he said.")) == Strings{"We won it,"});
}

TEST_CASE("paragraph breaks an article on one line lost are put back where its quotes show them") {
    const std::string flat = on_one_line(
        "'We did all we were asked,' he said. 'The builder said it was allowed. We had no reason "
        "to doubt him. 'Now we are told to pull it down.' 'It makes no sense,' she said. The "
        "council said it had followed the rules.");
    const Article article = load_bytes("test.txt", flat, ArticleFormat::text);
    REQUIRE(article.paragraphs.size() == 1);
    const auto paragraphs = restored_paragraphs(article, extract_quotes(article));
    std::vector<std::string> starts;
    for (const Span paragraph : paragraphs)
        starts.emplace_back(article.text().substr(paragraph.start, 12));
    // Before the repeated mark of the quote that carried on, and before the quote that opens
    // right after one closed; not before the first quote, which follows the writer's sentence.
    CHECK(starts == Strings{"The council ", "'Now we are ", "'It makes no"});
    REQUIRE_FALSE(paragraphs.empty());
    CHECK(article.text().substr(paragraphs[0].end - 10, 10) == "doubt him.");
    // A paragraph of ordinary length is left as it is.
    const Article short_one =
        load_bytes("test.txt", "'We did it. 'Now we are told to stop.' 'No,' she said.\n",
                   ArticleFormat::text);
    CHECK(restored_paragraphs(short_one, extract_quotes(short_one)).empty());
}

TEST_CASE("a quote after a sentence in brackets opens a sentence: direct, not partial") {
    const auto found = quotes_of(
        "\"We are tired,\" she said. (We are tired of promises.) \"If this one does nothing, "
        "we will vote for someone else.\"\n");
    REQUIRE(found.size() == 2);
    CHECK(found[1].kind == QuoteKind::direct);
    // (Brackets inside a sentence still leave a quote after them in the writer's sentence.)
    const auto inside = quotes_of("The mayor (a Tory) called it \"a disgrace to the city\".\n");
    REQUIRE(inside.size() == 1);
    CHECK(inside[0].kind == QuoteKind::partial);
}
