#include "attribute_support.hpp"

using namespace quotecheck;
using namespace quotecheck::test;

TEST_CASE("told an outlet: the outlet is the source, the person the speaker") {
    auto a =
        attribute_text("Title\n\n\"Sanctions hurt us all,\" analyst Deniz Kaya told Sputnik.\n");
    CHECK(speaker_of(a, "Sanctions") == "Deniz Kaya");
    const Attribution& attribution = attribution_of(a, "Sanctions");
    REQUIRE(attribution.sources.size() == 1);
    CHECK(attribution.sources[0].name == "Sputnik");
    CHECK(attribution.sources[0].cue == "told");
    CHECK(attribution.sources[0].mention.in(a.article.text()) == "Sputnik");
}

TEST_CASE("a source named at the top covers the quotes that follow") {
    auto a = attribute_text(
        "Title\n\nPresident Ana Vos backed the treaty on Monday, Haaretz reported.\n\n\"It is a "
        "good "
        "treaty,\" Vos said.\n\n\"We will sign it,\" she added.\n");
    CHECK(sources_of(a, "It is a good") == "Haaretz");
    CHECK(sources_of(a, "We will sign") == "Haaretz");
}

TEST_CASE("a source a person talked to covers only that person's quotes") {
    auto a = attribute_text(
        "Title\n\n\"Talks are stuck,\" economist Tal Eden told Reuters.\n\n\"We are close,\" "
        "Minister Rami "
        "Sol said.\n");
    CHECK(sources_of(a, "Talks are stuck") == "Reuters");
    CHECK(sources_of(a, "We are close").empty());
}

TEST_CASE("sources named with their phrase") {
    auto a = attribute_text(read_fixture("sources.txt"));
    CHECK(sources_of(a, "Safety") == "statement");
    CHECK(speaker_of(a, "minimal disruption") == "company");
    CHECK(sources_of(a, "minimal disruption") == "company statement");
    CHECK(speaker_of(a, "We are cooperating") == "Mark Stone");
    CHECK(sources_of(a, "We are cooperating") == "The Wall Street Journal");
    CHECK(speaker_of(a, "We are ready") == "Ivan Sokolov");
    CHECK(sources_of(a, "We are ready") == "TASS");
    CHECK(attribution_of(a, "We are ready").sources.at(0).cue == "in an interview with");
    CHECK(speaker_of(a, "No date") == "deputy minister");
    CHECK(sources_of(a, "No date") == "Interfax");
}

TEST_CASE("according to an outlet is a source, not a speaker") {
    auto a = attribute_text(
        "Title\n\nMinister Ola Berg spoke on Tuesday.\n\nHe said, according to AFP, \"We are not "
        "leaving.\"\n");
    CHECK(speaker_of(a, "We are not") == "Ola Berg");
    CHECK(sources_of(a, "We are not") == "AFP");
}

TEST_CASE("vague attribution is recorded as vague, never as a source") {
    auto a = attribute_text(read_fixture("sources.txt"));
    std::vector<std::string> vague;
    for (const VagueAttribution& v : a.vague) vague.emplace_back(v.span.in(a.article.text()));
    CHECK(vague == std::vector<std::string>{"reportedly", "sources said"});
    for (const Attribution& attribution : a.attributions)
        for (const SourceRef& source : attribution.sources) CHECK(source.name != "sources");
}

TEST_CASE("according to reports is vague") {
    auto a = attribute_text(
        "Title\n\nThe talks failed, according to reports.\n\nIt is believed the deal is off.\n");
    REQUIRE(a.vague.size() == 2);
    CHECK(a.vague[0].span.in(a.article.text()) == "according to reports");
    CHECK(a.vague[1].span.in(a.article.text()) == "It is believed");
}

TEST_CASE("indirect speech is attributed") {
    auto a = attribute_text(
        "Title\n\nPresident Ana Vos said that she supports the treaty.\n\nTrade will grow, the "
        "president "
        "said.\n\nThe weather was cold.\n");
    REQUIRE(a.indirect.size() == 2);
    CHECK(a.indirect[0].span.in(a.article.text()) == "she supports the treaty");
    REQUIRE(a.indirect[0].speaker);
    CHECK(a.indirect[0].speaker->name == "Ana Vos");
    CHECK(a.indirect[1].span.in(a.article.text()) == "Trade will grow");
    CHECK(a.indirect[1].speaker->name == "Ana Vos");
}

TEST_CASE("a speaker who later tells someone else does not carry the earlier interview's outlet") {
    auto a = attribute_text(
        "Title\n\n\"There is no deal yet,\" Foreign Minister Amir Haddad told CNN. \"But we are "
        "closer.\"\n\nTalks resumed on Friday.\n\n\"It is not over,\" Haddad later told "
        "reporters.\n\n\"We keep going,\" Haddad said.\n");
    CHECK(sources_of(a, "There is no deal") == "CNN");
    CHECK(sources_of(a, "But we are closer") == "CNN");
    CHECK(sources_of(a, "It is not over") == "");
    CHECK(sources_of(a, "We keep going") == "CNN");
}

TEST_CASE(
    "quoted by an outlet: the outlet is that person's source, the name in apposition the "
    "speaker") {
    auto a = attribute_text(
        "Title\n\nThe UN envoy, Lisa Moreau, was quoted by Reuters as saying: \"Both sides must "
        "compromise.\"\n\n\"We will not sign,\" Foreign Minister Amir Haddad said.\n");
    CHECK(speaker_of(a, "Both sides") == "Lisa Moreau");
    CHECK(sources_of(a, "Both sides") == "Reuters");
    CHECK(sources_of(a, "We will not sign") == "");
}

TEST_CASE(
    "a statement from an organisation: the organisation speaks, the statement is the source") {
    auto a = attribute_text(
        "Title\n\n\"The plan fails taxpayers,\" a statement from the Taxpayers Union said.\n");
    CHECK(speaker_of(a, "The plan fails") == "Taxpayers Union");
    CHECK(sources_of(a, "The plan fails") == "statement");
    auto by = attribute_text("Title\n\n\"We welcome it,\" a statement by the ministry said.\n");
    CHECK(speaker_of(by, "We welcome it") == "ministry");
    CHECK(sources_of(by, "We welcome it") == "statement");
}

TEST_CASE("an outlet whose name ends in a role word is still an outlet") {
    // "star" is also a role ("the pop star"); "Agency" ends organisations as well as outlets.
    auto a = attribute_text(
        "Title\n\n\"Yes,\" Ana Torres told the Daily Star.\n\n\"No,\" Ana Torres told the "
        "Times.\n\n"
        "\"Stay away from the river,\" the Federal Emergency Management Agency said.\n");
    CHECK(sources_of(a, "Yes") == "Daily Star");
    CHECK(sources_of(a, "No") == "The Times");
    CHECK(speaker_of(a, "Stay away") == "Federal Emergency Management Agency");
    CHECK(sources_of(a, "Stay away") == "");
}

TEST_CASE("outlets whose names carry no outlet word are known: wire services, papers abroad") {
    auto a = attribute_text(
        "Title\n\n\"Every car will be repaired,\" chief executive Lena Hart told Handelsblatt.\n\n"
        "\"Talks are over,\" the minister said, Yonhap reported.\n");
    CHECK(sources_of(a, "Every car") == "Handelsblatt");
    CHECK(sources_of(a, "Talks are over") == "Yonhap");
    // Words that are also outlets' names elsewhere are not taken for one.
    auto b = attribute_text(
        "Title\n\n\"We were not consulted,\" Vice President Ola Berg told reporters.\n");
    CHECK(sources_of(b, "We were not consulted").empty());
    CHECK(speaker_of(b, "We were not consulted") == "Ola Berg");
}

TEST_CASE("an interview whose speaker is not found vouches for no other quote") {
    auto a = attribute_text(
        "Title\n\n\"We cannot afford it,\" Carla Mendes, 38, a nurse from Leeds, told Reuters.\n\n"
        "Organiser Luis Ortega spoke next. \"Look at us now,\" he shouted.\n");
    CHECK(speaker_of(a, "We cannot afford") == "Carla Mendes");
    CHECK(sources_of(a, "We cannot afford") == "Reuters");
    CHECK(sources_of(a, "Look at us now").empty());
}

TEST_CASE("the person a sentence is about gave the interview it names") {
    auto a = attribute_text(
        "Title\n\nMayor Ida Brandt faced questions on Tuesday in an interview with Reuters.\n\n"
        "\"We acted fast,\" Brandt said.\n\n\"The river rose too quickly,\" engineer Tom Hale "
        "said.\n");
    CHECK(sources_of(a, "We acted fast") == "Reuters");
    CHECK(sources_of(a, "The river rose").empty());
}

TEST_CASE("the person an outlet reports on speaks, and the outlet is the source") {
    auto a = attribute_text(
        "Title\n\nThe state news agency KNA later reported that President Anselm Drago had "
        "spoken by phone and \"reaffirmed the government's commitment to peace.\"\n\nMarovian "
        "Ambassador to China Petru Vlad told Xinhua that trade was \"growing fast\".\n");
    CHECK(speaker_of(a, "reaffirmed") == "Anselm Drago");
    CHECK(sources_of(a, "reaffirmed") == "KNA");
    auto b = attribute_text(
        "Title\n\nPolice reported that John Smith had been \"acting strangely\" before the "
        "crash.\n");
    CHECK(speaker_of(b, "acting strangely") != "John Smith");  // the police's own words
    CHECK(speaker_of(a, "growing fast") == "Petru Vlad");
}

TEST_CASE("whoever is quoted as saying speaks, through whoever quoted them") {
    auto a = attribute_text(
        "Title\n\n\"No one will be spared,\" the press release quoted Chief Executive Officer "
        "Md Rafiqul Islam as saying.\n\n\"We are ready,\" Interfax quoted Oleg Varin as "
        "saying.\n\nPresident Ilham Rustamov met officials. State media quoted him as saying: "
        "\"Our borders are secure.\"\n\nThe Tass news agency quoted Deputy Minister Yuri Belov "
        "as saying the talks had \"gone well\".\n\n\"Stay home,\" said Chief Constable Ann "
        "Lee.\n\n\"We will respond,\" Belov was quoted as saying by Interfax.\n");
    CHECK(speaker_of(a, "No one will") == "Md Rafiqul Islam");
    CHECK(sources_of(a, "No one will") == "statement");
    CHECK(speaker_of(a, "We are ready") == "Oleg Varin");
    CHECK(sources_of(a, "We are ready") == "Interfax");
    CHECK(speaker_of(a, "Our borders") == "Ilham Rustamov");
    CHECK(sources_of(a, "Our borders") == "State media");
    CHECK(speaker_of(a, "gone well") == "Yuri Belov");
    CHECK(sources_of(a, "gone well") == "Tass news agency");
    // The outlet quoted one person: it is not the article's source for the next.
    CHECK(speaker_of(a, "Stay home") == "Ann Lee");
    CHECK(sources_of(a, "Stay home").empty());
    CHECK(speaker_of(a, "We will respond") == "Yuri Belov");
    CHECK(sources_of(a, "We will respond") == "Interfax");
}

TEST_CASE("what a statement or an affidavit read is its giver's, a sign's is no one's") {
    auto a = attribute_text(
        "Title\n\nThe police spokesman, DSP Ayo Bello, confirmed the rescue on Sunday.\n\nBello "
        "said the victim was freed on Saturday night.\n\nThe statement read in part, \"Upon "
        "receipt of the report, teams were deployed.\"\n\nThe county government said the "
        "governor had \"full confidence\" in the official.\n\n\"We urge patience,\" the "
        "statement read.\n\nA handwritten sign on Bridge Street read: \"Flooded again. Back "
        "soon.\"\n");
    CHECK(speaker_of(a, "Upon receipt") == "Ayo Bello");
    CHECK(sources_of(a, "Upon receipt") == "statement");
    CHECK(speaker_of(a, "We urge") == "county government");
    CHECK(speaker_of(a, "Flooded again") != "Bridge Street");
}

TEST_CASE("according to a release issued by a body, the body speaks through it") {
    auto a = attribute_text(
        "Title\n\nAccording to a release issued by the Kapali Arts Academy, the festival will "
        "have \"a special focus on women composers\".\n");
    CHECK(speaker_of(a, "a special focus") == "Kapali Arts Academy");
    CHECK(sources_of(a, "a special focus") == "statement");
}

TEST_CASE("an 'according to' after a named speaker's words tells where the facts come from") {
    auto a = attribute_text(
        "Title\n\nThe Israel Police has described smuggled weapons as a \"major driver\" of "
        "violence in Arab towns, where 244 people were killed last year, according to the "
        "Abraham Initiatives, a nonprofit.\n\nThe minister said the plan was \"dead\", according "
        "to a statement from his office.\n\n\"It is over,\" according to a statement from the "
        "office.\n");
    CHECK(speaker_of(a, "major driver") == "Israel Police");
    CHECK(mention_of(a, "dead") == "The minister");
    CHECK(mention_of(a, "It is over") != "The minister");
}

TEST_CASE("a critic writing in a paper is that paper's, not the article's") {
    auto a = attribute_text(
        "Title\n\nWriting in the Times, Gareth Penhaligon gave it two stars, complaining that the "
        "film had \"mistaken length for depth\".\n\n\"I loved it,\" one festivalgoer said.\n");
    CHECK(speaker_of(a, "mistaken length") == "Gareth Penhaligon");
    CHECK(attribution_of(a, "mistaken length").sources.size() == 1);
    CHECK(attribution_of(a, "I loved it").sources.empty());
}

TEST_CASE("a broadcaster's letters before a station's name are an outlet of that name") {
    auto a = attribute_text(
        "Title\n\n\"I stand by every word,\" Tom Reyes told BBC Radio Leeds.\n\nSpeaking to "
        "ABC Radio Adelaide, Leanne Hollis said there were \"no plans\".\n\nSun Li-fang said it "
        "was \"fine\".\n");
    REQUIRE(attribution_of(a, "I stand by").sources.size() == 1);
    CHECK(attribution_of(a, "I stand by").sources[0].name == "BBC Radio Leeds");
    REQUIRE(attribution_of(a, "no plans").sources.size() == 1);
    CHECK(attribution_of(a, "no plans").sources[0].name == "ABC Radio Adelaide");
    CHECK(attribution_of(a, "fine").sources.empty());  // "Sun" is no broadcaster's letters
}

TEST_CASE("a person's later quote comes through the last outlet they talked to, not every one") {
    auto a = attribute_text(
        "Title\n\nTom Reyes spoke on Monday.\n\n\"We will win,\" Reyes told CNN.\n\n\"It is "
        "over,\" Reyes told the Guardian.\n\n\"It was a mistake,\" Reyes said.\n");
    const auto& sources = attribution_of(a, "It was a mistake").sources;
    REQUIRE(sources.size() == 1);
    CHECK(sources[0].name == "The Guardian");
}

TEST_CASE("a name after the word for an outlet is an outlet, and 'speaking on' brings one in") {
    auto a = attribute_text(
        "Title\n\n\"We are ready,\" Tom Reyes told state broadcaster KBC.\n\nDerek Ritchie, "
        "speaking on Sky Sports, said the manager had been in \"an impossible position\".\n\n"
        "Malay-language daily Berita Harian quoted Mohd Hafiz Saad as saying the gates would "
        "open \"by the third quarter\".\n");
    REQUIRE(attribution_of(a, "We are ready").sources.size() == 1);
    CHECK(attribution_of(a, "We are ready").sources[0].name == "KBC");
    REQUIRE(attribution_of(a, "an impossible").sources.size() == 1);
    CHECK(attribution_of(a, "an impossible").sources[0].name == "Sky Sports");
    REQUIRE(attribution_of(a, "by the third").sources.size() == 1);
    CHECK(attribution_of(a, "by the third").sources[0].name == "Berita Harian");
    CHECK(speaker_of(a, "by the third") == "Mohd Hafiz Saad");
}

TEST_CASE("a known outlet that reports on someone gives their words, once, as its source") {
    auto a = attribute_text(
        "Title\n\nReuters later reported that President Anselm Drago had spoken by phone and "
        "\"reaffirmed the commitment to peace.\"\n");
    CHECK(speaker_of(a, "reaffirmed") == "Anselm Drago");
    REQUIRE(attribution_of(a, "reaffirmed").sources.size() == 1);
    CHECK(attribution_of(a, "reaffirmed").sources[0].name == "Reuters");
}

TEST_CASE("an outlet that reports on a role or a 'he' gives them as the speaker") {
    auto a = attribute_text(
        "Title\n\nJohn Smith resigned.\n\nThe BBC reported that he was \"very sorry\".\n\nThe "
        "BBC reported that the minister had been \"devastated\".\n");
    CHECK(speaker_of(a, "very sorry") == "John Smith");
    CHECK(sources_of(a, "very sorry") == "BBC");
    CHECK(mention_of(a, "devastated") == "the minister");
}

TEST_CASE("a statement's word before a relative clause is the cue's subject") {
    auto a = attribute_text(
        "Title\n\nThe Care Quality Commission rated the home inadequate.\n\nIn a report published "
        "on Thursday, the watchdog said records were \"incomplete\".\n\nThe report, which "
        "followed a two-day inspection in March, said pupils \"enjoy coming to school\".\n");
    CHECK(speaker_of(a, "enjoy coming") == "Care Quality Commission");
}

TEST_CASE("a paper's 'Daily' before its name makes an outlet") {
    auto a = attribute_text(
        "Title\n\n\"We won,\" John Mensah told the Daily Graphic.\n\nSpeaking to Daily Sabah, Ayse "
        "Kaya said the talks were \"new\".\n");
    CHECK(sources_of(a, "We won") == "Daily Graphic");
    CHECK(sources_of(a, "new") == "Daily Sabah");
}

TEST_CASE("'according to' an outlet after someone's cue covers that person's quotes only") {
    auto a = attribute_text(
        "Title\n\nThe ministry said companies would be fined, according to state news agency "
        "Wam.\n\nIn remarks carried by Wam, Mohsen Al Nuaimi said the break was \"a humane "
        "measure\".\n\n\"It is hot,\" said Rajesh Kumar Yadav, a steel fixer.\n\n\"It helps,\" "
        "Al Nuaimi said.\n");
    CHECK(sources_of(a, "It is hot").empty());
    CHECK(sources_of(a, "It helps") == "WAM");
    // (An outlet a sentence with no cue is according to covers the article, as before.)
    auto b = attribute_text(
        "Title\n\nThe minister faced questions over the floods, according to Reuters.\n\n\"We "
        "will rebuild,\" said Ana Ruiz.\n");
    CHECK(sources_of(b, "We will rebuild") == "Reuters");
}

TEST_CASE("a paper's word alone after 'told the' is an outlet, and a message to one is personal") {
    auto a = attribute_text(
        "Title\n\n\"Fine,\" Jo Hall told the Post. \"Good.\"\n\nIn a text message to the "
        "Inquirer, the lawyer, Atty. Ben Sarmiento, denied wrongdoing.\n\n\"We are clean,\" "
        "Sarmiento said.\n\n\"It is unfair,\" said Ana Cruz.\n");
    CHECK(sources_of(a, "Fine") == "Post");
    CHECK(sources_of(a, "We are clean") == "Inquirer");
    CHECK(sources_of(a, "It is unfair").empty());
}

TEST_CASE("a surname the article gave is no outlet of the same letters") {
    auto a = attribute_text(
        "Title\n\nThe youth leader, Comrade Tochukwu Ani, said the young had \"keyed into\" it.\n\n"
        "\"We are tired,\" Ani said.\n\n\"Yes,\" Joy Bello told ANI.\n");
    CHECK(speaker_of(a, "We are tired") == "Tochukwu Ani");
    CHECK(sources_of(a, "We are tired").empty());
    CHECK(sources_of(a, "Yes") == "ANI");
}

TEST_CASE("a body's website or account speaks for it, a few words after its possessive too") {
    auto a = attribute_text(
        "Title\n\nThe Premier League's match centre account said his arm was in an \"unnatural "
        "position\".\n\nThe club's website said the striker was \"recovering well\".\n");
    CHECK(speaker_of(a, "unnatural position") == "Premier League");
    CHECK(!sources_of(a, "unnatural position").empty());
}

TEST_CASE("quoted as saying by an agency the lexicon does not know") {
    auto a = attribute_text(
        "Title\n\nLatvian hurdler Liga Ozola set a national record.\n\n\"I am happy with the "
        "record,\" Ozola was quoted as saying by Baltpress.\n");
    CHECK(speaker_of(a, "I am happy") == "Liga Ozola");
    CHECK(sources_of(a, "I am happy") == "Baltpress");
}

TEST_CASE("a report published on a day by a partnership is the partnership's") {
    auto a = attribute_text(
        "Title\n\nWild salmon are \"on a path to extinction\" in many rivers, according to a "
        "report published on Tuesday by the Tweed Rivers Science Partnership.\n\nThe court "
        "ruled, with Justice Meera Rao remarking that citizens \"deserve better\".\n");
    CHECK(speaker_of(a, "on a path") == "Tweed Rivers Science Partnership");
    CHECK(speaker_of(a, "deserve better") == "Meera Rao");
}

TEST_CASE("a statement from a role whose name follows in apposition is the named one's") {
    auto a = attribute_text(
        "Title\n\nThe book-building was \"oversubscribed 94 times,\" according to a statement "
        "from the lead manager, Najd Crest Capital. The stock closed higher.\n");
    CHECK(speaker_of(a, "oversubscribed") == "Najd Crest Capital");
    CHECK(sources_of(a, "oversubscribed") == "statement");
}

TEST_CASE("a programme's name whose first words read as titles is an outlet, no person") {
    auto a = attribute_text(
        "Title\n\nThe Deputy Trade Minister last week called the shortage \"temporary\".\n\n"
        "Speaking on Joy FM's Eyewitness News, the Deputy Minister for Trade, Kojo Mensah-Bonsu, "
        "said supplies would recover.\n\n\"We will be back to normal by June,\" Mensah-Bonsu "
        "told Sky Sports News.\n");
    CHECK(speaker_of(a, "temporary") == "Kojo Mensah-Bonsu");
    CHECK(sources_of(a, "We will be back") == "Sky Sports News");
}

TEST_CASE("the statement is its issuer's who acted 'in a statement' before") {
    auto a = attribute_text(
        "Title\n\nThe Water Corporation of Kenya (WCK), in a statement on Friday, apologised to "
        "residents of Embakasi.\n\nThe statement said crews would \"work through the night\" "
        "to fix the main.\n");
    CHECK(speaker_of(a, "work through the night") == "Water Corporation of Kenya");
    CHECK(sources_of(a, "work through the night") == "statement");
}

TEST_CASE("a statement issued by a body, then its cue, is the body's") {
    auto a = attribute_text(
        "Title\n\nThe Kisumu County Council said kiosks must go.\n\nThe notice, issued by the "
        "council on Monday, orders traders to move, and warns that stalls \"will be "
        "demolished\".\n\nThe directive, released by the Kisumu County Council on Tuesday, says "
        "the rule is \"final\".\n");
    CHECK(speaker_of(a, "will be demolished") == "Kisumu County Council");
    CHECK(sources_of(a, "will be demolished") == "statement");
    CHECK(speaker_of(a, "final") == "Kisumu County Council");
}

TEST_CASE("an analysis by a body published at a time speaks for the body") {
    auto a = attribute_text(
        "Title\n\nAn analysis by the Institute for Fiscal Studies published last month described "
        "the test as \"a blunt instrument\".\n\nAnalysis by the National Foundation for "
        "Educational Research (NFER) published in the spring warned that the pledge was \"at "
        "significant risk\".\n");
    CHECK(speaker_of(a, "a blunt instrument") == "Institute for Fiscal Studies");
    CHECK(sources_of(a, "a blunt instrument") == "statement");
    CHECK(speaker_of(a, "at significant risk") == "National Foundation for Educational Research");
}

TEST_CASE("an outlet that judges something in its own words says them") {
    auto a = attribute_text(
        "Title\n\nThe New York Times called the book \"a luminous debut\".\n\nA battery maker "
        "says it has a new cell, in what state news agency Xinhua hailed as a \"milestone\".\n\n"
        "Haaretz reported that Netanyahu said it was \"good\".\n");
    CHECK(speaker_of(a, "a luminous debut") == "The New York Times");
    CHECK(speaker_of(a, "milestone") == "Xinhua");
    CHECK(speaker_of(a, "good") == "Netanyahu");
    CHECK(sources_of(a, "good") == "Haaretz");
}

TEST_CASE("a participle right after in a statement and a comma gives the statement") {
    auto a = attribute_text(
        "Title\n\nThe Pakistan Cricket Board (PCB) congratulated Peshawar in a statement, calling "
        "the final \"a fitting end\".\n\n\"The board remains committed to the domestic game,\" the "
        "statement added.\n");
    CHECK(sources_of(a, "a fitting end") == "statement");
    CHECK(speaker_of(a, "The board remains") == "Pakistan Cricket Board");
}

TEST_CASE("a name after 'records show' is a person, not a show of that name") {
    auto a = attribute_text(
        "Title\n\nCourt records show Dana Whitfield told officers: \"I never touched the "
        "money.\"\n\nFigures show Omar Haddad wrote to the board: \"We cannot go on.\"\n\nRuth "
        "Kagame told the radio network Capital FM: \"We are not afraid.\"\n");
    CHECK(speaker_of(a, "I never touched") == "Dana Whitfield");
    CHECK(sources_of(a, "I never touched") == "");
    CHECK(speaker_of(a, "We cannot go on") == "Omar Haddad");
    CHECK(sources_of(a, "We are not afraid") == "Capital FM");
}

TEST_CASE("a report given out at a time by a body speaks for the body") {
    auto a = attribute_text(
        "Aquifer report\n\nA report released in April by the Kansas Geological Survey found that "
        "the "
        "aquifer was falling.\n\n\"Some areas are already past the point,\" the report "
        "said.\n\nThe processor, which collects from farms across Shropshire, Staffordshire and "
        "Cheshire, said prices had fallen \"sharply\".\n");
    CHECK(speaker_of(a, "Some areas are already") == "Kansas Geological Survey");
    // (The body named last, which "the processor" may be, before a place in its clause.)
    CHECK(speaker_of(a, "sharply") == "Kansas Geological Survey");
}

TEST_CASE("a post by a user named someone is theirs, and a signature may give an office first") {
    auto a = attribute_text(
        "Fact check\n\nThe claim began in a Facebook post by a user named Kerrie Blanchard, which "
        "was shared 15,000 times.\n\n\"From July 1 it will be a fine!\" the post reads.\n\n\"Home "
        "ownership is the lowest it has ever been.\" \xE2\x80\x93 Shadow Minister for Housing "
        "Marcus Delaney, interview on Insiders, May 4, 2025.\n");
    CHECK(speaker_of(a, "From July 1") == "Kerrie Blanchard");
    CHECK(speaker_of(a, "Home ownership") == "Marcus Delaney");
}

TEST_CASE("whom a message or a letter came from says what the participle after them gives") {
    auto a = attribute_text(
        "Title\n\nA WhatsApp group used by managers contained a message from Oliver Stainton "
        "saying the team needed \"people who stay\".\n");
    CHECK(speaker_of(a, "people who stay") == "Oliver Stainton");
}

TEST_CASE("what a post's caption says is its author's") {
    auto a = attribute_text(
        "Title\n\nSunset Villa alums Kayla Brooks and Milo Reyes are engaged, the couple announced "
        "on Instagram.\n\n\"I said yes before he even finished the question,\" Kayla, 27, "
        "captioned a carousel of photos.\n");
    CHECK(speaker_of(a, "I said yes") == "Kayla Brooks");
}

TEST_CASE("the report is the body named right before the word when it was first mentioned") {
    auto a = attribute_text(
        "Title\n\nThe Office of Rural Health report tracks the time from a call to an "
        "ambulance.\n\n\"Median response times in rural counties increased,\" the report "
        "said.\n");
    CHECK(speaker_of(a, "Median response times") == "Office of Rural Health");
}
