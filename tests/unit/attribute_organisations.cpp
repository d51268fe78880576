// Organisations as speakers: "the company said" after a company named by its bare name or in
// apposition, kinds of organisation that never stand for each other, and names that hold
// "of", "and" or a plural's apostrophe.
#include "attribute_support.hpp"

using namespace quotecheck;
using namespace quotecheck::test;

TEST_CASE("the company is no region or business word before a noun") {
    auto a = attribute_text(
        "Rate deals\n\nFinancial planners say buyers are stretched.\n\nHollis Creek Homes, one of "
        "the larger builders in the Midwest, said in a statement that it would cut rates.\n\n"
        "\"Buyers care about the monthly payment,\" the company said.\n\nOne Dunedin provider, "
        "Tui Savings, said applications had doubled.\n\nIn a statement, the company said it was "
        "\"seeing more members in distress\".\n");
    CHECK(speaker_of(a, "Buyers care") == "Hollis Creek Homes");
    CHECK(speaker_of(a, "seeing more members") == "Tui Savings");
}

TEST_CASE("a church and a presbytery speak as bodies") {
    auto a = attribute_text(
        "Meal ban\n\nIn a statement, the Church of the Holy Redeemer said the plan reflects "
        "\"a duty to the stranger\".\n\nThe Presbytery of Avonmore approved the sale. In a "
        "statement, the presbytery said it was \"grateful for the long witness\".\n");
    CHECK(speaker_of(a, "a duty to the stranger") == "Church of the Holy Redeemer");
    CHECK(speaker_of(a, "grateful for the long") == "Presbytery of Avonmore");
}

TEST_CASE("a company named in the headline by its words before an ampersand") {
    auto a = attribute_text(
        "Thousands still dark as Delta Grid crews work through the night\n\nDelta Grid & Water "
        "said it expected to restore most homes by Friday.\n\nIn a statement, Delta Grid said it "
        "\"welcomes any review\".\n");
    CHECK(speaker_of(a, "welcomes any review") == "Delta Grid & Water");
}

TEST_CASE("a body's office after its possessive is the body") {
    auto a = attribute_text(
        "Heat\n\nThe National Forecast Service issued a heat advisory.\n\n\"Anyone without air "
        "conditioning should find somewhere cool,\" the forecast service's office said.\n");
    CHECK(speaker_of(a, "Anyone without air") == "National Forecast Service");
}

TEST_CASE("a ministry of a portfolio is no body named before without it") {
    auto a = attribute_text(
        "Fires\n\nAircraft arrived after Larnaca asked for help through the EU's rescue "
        "mechanism.\n\nIn a statement, the justice ministry said: \"Assistance was requested "
        "immediately.\"\n");
    CHECK(speaker_of(a, "Assistance was requested") == "justice ministry");
}

TEST_CASE("a body warning of something after with speaks") {
    auto a = attribute_text(
        "Floods\n\nAn amber warning was in place, with the Weather Bureau warning of \"danger to "
        "life\" from fast water.\n");
    CHECK(speaker_of(a, "danger to") == "Weather Bureau");
}

TEST_CASE("names joined by an ampersand are a firm, and a builder's Homes a company") {
    auto a = attribute_text(
        "Scam victim\n\nBrenda Keogh, 71, lost her savings. In its final response letter, Hallam "
        "& Whitby said Mrs Keogh had been shown a warning.\n\n\"I was on the phone to him the "
        "whole time,\" she said.\n\nThe developer, Ashgrove Meadow Homes, described the delays as "
        "\"regrettable\". In a statement, the company said: \"We remain committed to the "
        "work.\"\n");
    CHECK(speaker_of(a, "I was on the phone") == "Brenda Keogh");
    CHECK(speaker_of(a, "We remain committed") == "Ashgrove Meadow Homes");
}

TEST_CASE("a body after its kind's word and a preposition, set off by a comma, and its office") {
    auto a = attribute_text(
        "Hotel ruling\n\nNadia Osei, director of the charity Open Door East, which runs classes at "
        "a church hall, said the ruling helped. She said: \"People seeking asylum are not a "
        "problem.\"\n\n\"The routes move,\" said Ruben Ochoa, a volunteer with the Yuma-based "
        "group "
        "Water Trail, which maintains 80 stations in the desert. \"People do not stop coming.\"\n\n"
        "The CIB said it was aware. The CIB's Leeds field office is investigating. \"We are aware "
        "of the incident,\" the bureau said in a statement.\n");
    CHECK(speaker_of(a, "People seeking asylum") == "Nadia Osei");
    CHECK(speaker_of(a, "People do not stop") == "Ruben Ochoa");
    CHECK(speaker_of(a, "We are aware") == "CIB");
}

TEST_CASE("a company goes by its name without its business's words") {
    auto a = attribute_text(
        "Evictions\n\nThe block is managed by Silver Larch Property Management. Neither company "
        "spoke.\n\nIn an emailed statement, Silver Larch said it was \"working around the "
        "clock\".\n");
    CHECK(speaker_of(a, "working around") == "Silver Larch Property Management");
}

TEST_CASE("an organisation in apposition makes the name a company") {
    auto a = attribute_text(
        "Title\n\nHalvorsen, the Norwegian maker of industrial pumps, is to close two plants.\n\n"
        "\"It was a hard decision,\" the company said in a statement.\n");
    CHECK(speaker_of(a, "It was a hard") == "Halvorsen");
}

TEST_CASE("the company is the bare name that opened a recent sentence") {
    auto a = attribute_text(
        "Title\n\nHalvorsen is to close two plants in England, blaming energy costs.\n\n"
        "\"It was a hard decision,\" the company said in a statement.\n");
    CHECK(speaker_of(a, "It was a hard") == "Halvorsen");
}

TEST_CASE("the union is not the airline named before it") {
    auto a = attribute_text(
        "Title\n\nPilots at Skyline Airways have voted to strike.\n\n"
        "\"Enough is enough,\" the union said.\n");
    CHECK(speaker_of(a, "Enough") != "Skyline Airways");
}

TEST_CASE("a company's first word names it after its full name") {
    auto a = attribute_text(
        "Skyline pilots vote to strike\n\nPilots at Skyline Airways have voted to strike.\n\n"
        "Skyline said it was \"disappointed\".\n");
    CHECK(speaker_of(a, "disappointed") == "Skyline Airways");
}

TEST_CASE("organisation names with of, and, and a plural's apostrophe") {
    auto a = attribute_text(
        "Title\n\nThe Communications Workers of America called the cuts \"a betrayal\".\n\n"
        "\"Talks are over,\" the British Pilots' Association said.\n\n"
        "The Department of Health and Social Care said: \"We are investing.\"\n");
    CHECK(speaker_of(a, "a betrayal") == "Communications Workers of America");
    CHECK(speaker_of(a, "Talks are over") == "British Pilots' Association");
    CHECK(speaker_of(a, "We are investing") == "Department of Health and Social Care");
}

TEST_CASE("a company whose name ends in a business word is no person for she") {
    auto a = attribute_text(
        "Title\n\nKestrel Foods beat forecasts, said Chief Executive Helen Marsh.\n\n"
        "Marsh said volumes fell. She told reporters that Kestrel Foods was not raising "
        "prices.\n\n\"We are not going to chase price,\" she said.\n");
    CHECK(speaker_of(a, "We are not going") == "Helen Marsh");
}

TEST_CASE("an energy company is an organisation the utility points back to") {
    auto a = attribute_text(
        "Title\n\nDuke Energy said crews were out. \"We expect power back by Thursday,\" the "
        "utility said in a statement.\n");
    CHECK(speaker_of(a, "We expect power") == "Duke Energy");
}

TEST_CASE("a person in apposition to a company's role is not the company") {
    auto a = attribute_text(
        "Title\n\nHaddad, the company's founder, spoke on Monday.\n\n\"It was hard,\" the "
        "company said.\n");
    CHECK(speaker_of(a, "It was hard") != "Haddad");
}

TEST_CASE("the company is the bare name the story opened with, not a later country") {
    auto a = attribute_text(
        "Title\n\nHalvorsen is to close two plants in England.\n\nBritain said it regretted the "
        "move. \"It was a hard decision,\" the company said.\n");
    CHECK(speaker_of(a, "It was a hard") == "Halvorsen");
}

TEST_CASE("a power or water company is the utility a later descriptor points back to") {
    auto a = attribute_text(
        "Title\n\nThe Red Cross said it was sheltering 400 people.\n\nPacific Valley Power said it "
        "had cut power to 11,000 homes. \"We know this is a hardship,\" the utility said.\n\nThe "
        "charity added: \"We need blankets.\"\n\nThames Water said pipes had burst. \"Crews are on "
        "site,\" the company said.\n");
    CHECK(speaker_of(a, "We know this") == "Pacific Valley Power");
    CHECK(speaker_of(a, "Crews are") == "Thames Water");
}

TEST_CASE("an organisation named in full, in apposition, or as the subject of a second verb") {
    auto a = attribute_text(
        "Volthen bets on Hungary\n\nBattery maker Volthen Technology plans a plant.\n\nVolthen "
        "said in a filing it would use \"internal resources\".\n\nIn a statement Wednesday, the "
        "Maple Ridge School District said: \"No decision has been made.\"\n\nThe National "
        "Prediabetes Alliance, an advocacy group, welcomed the study. \"Small habits matter,\" "
        "the group said in a statement.\n\nThe Northern Fuel Company Limited, in a statement on "
        "Sunday, blamed the queues on haulage and said it had \"sufficient stock\".\n");
    CHECK(speaker_of(a, "internal resources") == "Volthen Technology");
    CHECK(speaker_of(a, "No decision") == "Maple Ridge School District");
    CHECK(speaker_of(a, "Small habits") == "National Prediabetes Alliance");
    CHECK(speaker_of(a, "sufficient stock") == "Northern Fuel Company Limited");
}

TEST_CASE("a second verb after 'and' takes the sentence's subject") {
    auto a = attribute_text(
        "Title\n\nMayor Ann Kerr toured the site and said it was \"a disgrace\".\n\nTom Bell "
        "and Sue Hart arrived late. Police met Bell and Hart and said they were \"free to "
        "go\".\n");
    CHECK(speaker_of(a, "a disgrace") == "Ann Kerr");
    CHECK(speaker_of(a, "free to go") == "Police");
}

TEST_CASE("a relative clause with commas of its own still ends at its antecedent") {
    auto a = attribute_text(
        "Title\n\nMeridian Health Partners, which runs hospitals in Georgia, Alabama and "
        "Tennessee, said it detected \"unusual network activity\".\n\nThe peak body, Australian "
        "Energy Producers, said it had \"grave concerns\".\n");
    CHECK(speaker_of(a, "unusual network") == "Meridian Health Partners");
    CHECK(speaker_of(a, "grave concerns") == "Australian Energy Producers");
}

TEST_CASE("acronyms, owners before roles, where someone is from") {
    auto a = attribute_text(
        "Title\n\nThe flight returned, according to the Federal Aviation Administration.\n\n"
        "\"The crew declared an emergency,\" the FAA said.\n\nToronto-listed Northfield "
        "Minerals said output fell. \"Guidance remains under review,\" Northfield said.\n\n"
        "\"Zambia has the geology,\" said Tendai Moyo, a mining analyst at Kopje Capital.\n\n"
        "\"Investors are watching the rains,\" the Harare-born analyst added.\n\nIn a letter, "
        "the council's chief executive, Karen Holloway, wrote: \"We kept the rise low.\"\n\n"
        "\"Every penny goes to services,\" the chief executive added.\n\n\"Get away from city "
        "lights,\" advised Martin Kell, an astronomer.\n");
    CHECK(speaker_of(a, "The crew declared") == "Federal Aviation Administration");
    CHECK(speaker_of(a, "Guidance remains") == "Northfield Minerals");
    CHECK(speaker_of(a, "Investors are") == "Tendai Moyo");
    CHECK(speaker_of(a, "Every penny") == "Karen Holloway");
    CHECK(speaker_of(a, "Get away") == "Martin Kell");
}

TEST_CASE("bodies named with 'and', museums, and Nigerian police titles") {
    auto a = attribute_text(
        "Title\n\nWestmorland and Furness Council said it was \"a difficult decision\".\n\nThe "
        "Stax Museum of American Soul Music said he was \"woven into the fabric\".\n\n\"We "
        "found them,\" said Hon. Kolawole Adeyemi.\n\n\"They were trailed,\" said SP Adebayo "
        "Oyeleke.\n\nTom Smith and Ann Jones said they were \"delighted\".\n");
    CHECK(speaker_of(a, "a difficult") == "Westmorland and Furness Council");
    CHECK(speaker_of(a, "woven into") == "Stax Museum of American Soul Music");
    CHECK(speaker_of(a, "We found") == "Kolawole Adeyemi");
    CHECK(speaker_of(a, "They were trailed") == "Adebayo Oyeleke");
    CHECK(speaker_of(a, "delighted") != "Tom Smith and Ann Jones");
}

TEST_CASE("the statement just quoted is its owner's, and a company goes by its first word") {
    auto a = attribute_text(
        "Title\n\nThe family sued Brightwater Medical Services LLC in May.\n\nBrightwater said in "
        "an emailed statement that it \"extends its sympathies\" to the family.\n\n\"Our staff "
        "followed every protocol,\" the statement said.\n\nIn a statement, a spokesperson for "
        "Harlow District Council said: \"The bridge is closed.\"\n\n\"We understand the "
        "disruption,\" the statement added.\n");
    CHECK(speaker_of(a, "extends its") == "Brightwater Medical Services LLC");
    CHECK(speaker_of(a, "Our staff") == "Brightwater Medical Services LLC");
    CHECK(speaker_of(a, "We understand") == speaker_of(a, "The bridge"));
    CHECK(speaker_of(a, "We understand") != "");
}

TEST_CASE("initials in brackets make an organisation, and 'which has described' is its") {
    auto a = attribute_text(
        "Title\n\nRivers rose overnight, with Natural Resources Wales (NRW) issuing a warning.\n\n"
        "NRW said levels had peaked.\n\nIn a statement, the body said: \"Our defences held.\"\n\n"
        "The germ is classed as critical by the World Health Organization, which has described "
        "resistance as \"one of the top threats.\"\n");
    CHECK(speaker_of(a, "Our defences") == "Natural Resources Wales");
    CHECK(speaker_of(a, "one of the top") == "World Health Organization");
}

TEST_CASE("an organisation's name runs over 'and' to its word, and more words name bodies") {
    auto a = attribute_text(
        "Title\n\nThe Bangladesh Apparel Makers and Exporters Forum said costs were \"facing a "
        "squeeze\".\n\nThe Economic Community of Savannah States said it \"condemns\" the coup."
        "\n\nThe National Disaster Risk Reduction and Management Council said families were "
        "\"preemptively evacuated\".\n");
    CHECK(speaker_of(a, "facing a") == "Bangladesh Apparel Makers and Exporters Forum");
    CHECK(speaker_of(a, "condemns") == "Economic Community of Savannah States");
    CHECK(speaker_of(a, "preemptively") ==
          "National Disaster Risk Reduction and Management Council");
}

TEST_CASE("a two-word name that nothing makes a person's is the company that then speaks") {
    auto a = attribute_text(
        "Title\n\nWorkers struck after talks with terminal operator Coastline Terminals broke "
        "down.\n\nCoastline Terminals said in a statement that it was \"deeply disappointed\".\n\n"
        "\"This strike will hurt the workers,\" the company said.\n\nMaria Lopez said the strike "
        "was fair.\n");
    CHECK(speaker_of(a, "This strike") == "Coastline Terminals");
}

TEST_CASE("the advisory said is the one that issued it") {
    auto a = attribute_text(
        "Title\n\nMeanwhile, Delhi Police has issued an advisory. \"No agency arrests anyone over "
        "a video call,\" the advisory stated.\n");
    CHECK(speaker_of(a, "No agency") == "Delhi Police");
}

TEST_CASE("a body's name that opens with a possessive after 'the'") {
    auto a = attribute_text(
        "Title\n\nThe Alzheimer's Research Alliance, a charity, said the results added to \"a "
        "growing body of evidence\".\n\nRussia's Foreign Ministry said it was \"concerned\".\n");
    CHECK(speaker_of(a, "a growing") == "Alzheimer's Research Alliance");
    CHECK(speaker_of(a, "concerned") == "Foreign Ministry");
}

TEST_CASE("a body's word after where it is based is the body named before") {
    auto a = attribute_text(
        "Title\n\nGulfline Midstream Partners operates the pipeline.\n\nThe Houston-based company "
        "said \"all necessary resources have been deployed\".\n");
    CHECK(speaker_of(a, "all necessary") == "Gulfline Midstream Partners");
}

TEST_CASE("an acronym in apposition is no dateline - a prefecture and a palace are bodies") {
    auto a = attribute_text(
        "Title\n\nCOGAT, the Israeli military body that oversees aid to Gaza, said in a statement "
        "that there was \"no limit\" on aid.\n\nThe Paris police prefecture said 18 people had "
        "been arrested. \"Public order will be maintained,\" the prefecture said on X.\n\n"
        "Buckingham Palace said she was resting.\n\nThe palace said updates would be given \"only "
        "when appropriate\".\n\nMOSCOW, Dec 5 (Reuters) - The Kremlin said it was "
        "\"concerned\".\n");
    CHECK(speaker_of(a, "no limit") == "COGAT");
    CHECK(speaker_of(a, "Public order") == "Paris police prefecture");
    CHECK(speaker_of(a, "only when") == "Buckingham Palace");
    CHECK(speaker_of(a, "concerned") == "Kremlin");
}

TEST_CASE("police alone is the one police force the article named before") {
    auto a = attribute_text(
        "Title\n\nA man was arrested after a chase, according to the Greenfield Police "
        "Department.\n\n\"Officers ended the pursuit,\" police said.\n\nThe Metropolitan Police "
        "later said it was \"aware\".\n\n\"We are reviewing,\" police said.\n");
    CHECK(speaker_of(a, "Officers ended") == "Greenfield Police Department");
    CHECK(speaker_of(a, "We are reviewing") == "police");  // (two forces named by then)
}

TEST_CASE("a person of a body whose kind is named in lower case first") {
    auto a = attribute_text(
        "Title\n\nCivic activist Anjali Rao of the citizens' group Namma Kere Forum said the "
        "pollution was \"entirely predictable\".\n");
    CHECK(speaker_of(a, "entirely predictable") == "Anjali Rao");
}

TEST_CASE("initials named before the body's full name are that body") {
    auto a = attribute_text(
        "IIO investigating after man shot\n\nIn a news release, the Independent Investigations "
        "Office of B.C. said officers were called.\n\n\"Shortly after police arrived, there was "
        "an interaction,\" the IIO said.\n");
    CHECK(speaker_of(a, "Shortly after") == "Independent Investigations Office of B.C.");
}

TEST_CASE("the letter said is the one it is from, or the one that submitted it") {
    auto a = attribute_text(
        "Title\n\nThe prosecutor read a letter from the victim's sister, Patricia Ames, who could "
        "not attend.\n\n\"I wake up every day,\" the letter said.\n\nThe Fairview Neighborhood "
        "Association submitted a letter signed by 312 residents. \"We do not oppose housing,\" "
        "the letter stated.\n");
    CHECK(speaker_of(a, "I wake up") == "Patricia Ames");
    CHECK(speaker_of(a, "We do not oppose") == "Fairview Neighborhood Association");
}

TEST_CASE("a body's report speaks for it, and its name runs over 'on'") {
    auto a = attribute_text(
        "Title\n\nThe state Commission on Correctional Standards found the jail at fault. The "
        "commission's report said nurses \"failed to escalate\" the case.\n\nThe Council on Monday "
        "said it was \"reviewing\" the report.\n");
    CHECK(speaker_of(a, "failed to") == "Commission on Correctional Standards");
    CHECK(speaker_of(a, "reviewing") == "Council");
}

TEST_CASE("a club statement issued on a day is the club's, named in short") {
    auto a = attribute_text(
        "Title\n\nFerrisvale RFC lost again on Friday.\n\nThe coach has gone.\n\nA club statement "
        "issued on Wednesday said fans should \"not travel\" to the ground.\n\nHalden Foods Ltd "
        "will shut a plant.\n\nStaff were told on Monday.\n\n\"We are sorry,\" the company "
        "said.\n");
    CHECK(speaker_of(a, "not travel") == "Ferrisvale RFC");
    CHECK(speaker_of(a, "We are sorry") == "Halden Foods Ltd");
}

TEST_CASE("a body set in a place, and a company that opens a relative clause, speak") {
    auto a = attribute_text(
        "Title\n\nWestmarch, based in Columbus, Ohio, said it had \"cooperated fully\".\n\nPilots "
        "at SkyAlba voted to strike.\n\nSkyAlba, which flies from Glasgow, Edinburgh and Aberdeen, "
        "said it was 'disappointed'.\n\nIn a statement, the airline said: 'We made an offer.'\n");
    CHECK(speaker_of(a, "cooperated") == "Westmarch");
    CHECK(speaker_of(a, "We made") == "SkyAlba");
}

TEST_CASE("a union's local keeps its number, and a club goes by its kind's word") {
    auto a = attribute_text(
        "Title\n\nThe United Food and Packaging Workers Local 1187 said it had been "
        "\"blindsided\".\n\nLocal shops shut.\n\n\"We want a deal,\" the union said.\n\n"
        "Ashbourne Rovers beat Kingsmere United on Saturday.\n\n\"We are pleased,\" Rovers said in "
        "a statement.\n\nKingsmere said a player would have a scan. \"He will be assessed,\" the "
        "club said.\n");
    CHECK(speaker_of(a, "blindsided") == "United Food and Packaging Workers Local 1187");
    CHECK(speaker_of(a, "We want") == "United Food and Packaging Workers Local 1187");
    CHECK(speaker_of(a, "We are pleased") == "Ashbourne Rovers");
    CHECK(speaker_of(a, "He will be") == "Kingsmere United");
}

TEST_CASE("a club named at a sentence's start by a participle is the club that then speaks") {
    auto a = attribute_text(
        "Title\n\nBelmont Rovers signed a winger from Sporting Valverde.\n\nHe met the club's "
        "doctors.\n\nThe fee is a record.\n\nSporting Valverde confirmed the deal in a short "
        "statement. \"We thank Tiago for his dedication,\" the club said.\n");
    CHECK(speaker_of(a, "We thank") == "Sporting Valverde");
}

TEST_CASE("more words name a company: logistics, securities, semiconductor, bancorp") {
    auto a = attribute_text(
        "Title\n\nBart Achterberg, managing director of forwarder Dijkstra Logistics, said delays "
        "were growing.\n\n\"My customers plan around arrival dates,\" the Dutchman told us.\n\n"
        "Corvane Semiconductor called the report \"numerous factual errors\".\n");
    CHECK(speaker_of(a, "My customers") == "Bart Achterberg");
    CHECK(speaker_of(a, "numerous") == "Corvane Semiconductor");
}

TEST_CASE("a ministry's list of portfolios is its name, and the country owning it is not") {
    auto a = attribute_text(
        "Title\n\nThe Ministry of Land, Infrastructure, Transport and Tourism said the plan was "
        "\"in line with policy\".\n\nIreland's Data Protection Commission said it was \"aware of "
        "an incident\".\n\nAt a centre at Redhill High School, Jorge and Carmen Villalobos sat "
        "on cots.\n\nHer husband said: \"We have been evacuated before.\"\n");
    CHECK(speaker_of(a, "in line") == "Ministry of Land, Infrastructure, Transport and Tourism");
    CHECK(speaker_of(a, "aware of") == "Data Protection Commission");
    CHECK(speaker_of(a, "We have been") == "Jorge Villalobos");
}

TEST_CASE("a body's local office is the body") {
    auto a = attribute_text(
        "Title\n\n\"This was a violent tornado,\" the National Weather Service office in Norman "
        "said.\n");
    CHECK(speaker_of(a, "This was") == "National Weather Service");
}

TEST_CASE("the statement of a sentence that opens 'In a statement' is its subject's") {
    auto a = attribute_text(
        "Title\n\nSgt. Dan Ortega, a spokesman for the Clackamas County Sheriff's Office, said 60 "
        "searchers took part.\n\nIn a statement posted on Friday, the sheriff's office thanked "
        "residents. \"We know it was a long night,\" the statement said.\n");
    CHECK(speaker_of(a, "We know") == "Clackamas County Sheriff's Office");
}

TEST_CASE("a saint's name with its possessive is a body's, before 'Regional Hospital'") {
    auto a = attribute_text(
        "Title\n\nSt. Brendan\xE2\x80\x99s Regional Hospital said it had \"no beds left\".\n\nA "
        "spokesperson for St. Mary\xE2\x80\x99s Medical Center said it was \"monitoring\".\n\n"
        "Dr Anita Kowalczyk treats patients.\n\nThe clinic is busy.\n\n\"We see more cases,\" "
        "the doctor said.\n");
    CHECK(speaker_of(a, "no beds") == "St. Brendan\xE2\x80\x99s Regional Hospital");
    CHECK(mention_of(a, "monitoring") == "A spokesperson for St. Mary\xE2\x80\x99s Medical Center");
    CHECK(speaker_of(a, "We see") == "Anita Kowalczyk");
}

TEST_CASE("a title inside a name before a particle opens no name, and elders' titles go") {
    auto a = attribute_text(
        "Title\n\nThe Confederaci\xC3\xB3n General del Trabajo called it \"a wage freeze\".\n\n"
        "Gogo Thokozile Mthembu said she had \"heard many promises\".\n\nCollector K. Srinivasan "
        "said \"no household will be left out\".\n\nMs van Dijk said \"we stay\".\n");
    CHECK(speaker_of(a, "a wage") == "Confederaci\xC3\xB3n General del Trabajo");
    CHECK(speaker_of(a, "heard many") == "Thokozile Mthembu");
    CHECK(speaker_of(a, "no household") == "K. Srinivasan");
    CHECK(speaker_of(a, "we stay") == "van Dijk");
}

TEST_CASE("an ampersand joins a company's name, and 'Co.' keeps its period") {
    auto a = attribute_text(
        "Title\n\nProcter & Gamble said sales were \"resilient\".\n\nHelena Strand of Carver Pike "
        "& "
        "Co. called the results \"a decisive answer\" to the bears.\n\nRupert Ashdown, head of "
        "M&A at Lazard, said it was \"big\".\n");
    CHECK(speaker_of(a, "resilient") == "Procter & Gamble");
    CHECK(speaker_of(a, "a decisive") == "Helena Strand");
    CHECK(speaker_of(a, "big") == "Rupert Ashdown");
}

TEST_CASE("a club's bare word for a two-word name is the club that then speaks") {
    auto a = attribute_text(
        "Title\n\nAshbourne Rovers agreed a fee with Sporting Valdemar for the striker.\n\nThe "
        "player flies in on Thursday.\n\nValdemar were less effusive. In a short statement, the "
        "club said they had \"accepted a proposal\".\n");
    CHECK(speaker_of(a, "accepted a") == "Sporting Valdemar");
}

TEST_CASE("a title's possessive before a body's word is the body's, and Cr is a councillor") {
    auto a = attribute_text(
        "Title\n\nThe Harris County District Attorney's Office said the case was \"a "
        "reminder\".\n\nThe Prime Minister's Office said it was \"doing everything\".\n\n"
        "Councillor Peta Dunsford backs the club.\n\n\"Clubs like this keep kids busy,\" Cr "
        "Dunsford said.\n");
    CHECK(speaker_of(a, "a reminder") == "Harris County District Attorney's Office");
    CHECK(speaker_of(a, "doing everything") == "Prime Minister's Office");
    CHECK(speaker_of(a, "Clubs like") == "Peta Dunsford");
}

TEST_CASE("a body named in a possessive is named without its 's") {
    auto a = attribute_text(
        "Title\n\nThe European Union\xE2\x80\x99s regulation would hurt farmers, growers "
        "said.\n\n\"It is needed,\" the union said.\n");
    CHECK(speaker_of(a, "It is needed") == "European Union");
}

TEST_CASE("where a company is, after its business's word, is not its name") {
    auto a = attribute_text(
        "Title\n\nThe drug was developed by Corvalis Therapeutics of Cambridge, Mass.\n\nIn a "
        "statement, Corvalis said it was \"disappointed\".\n\nBank of America said rates were "
        "\"high\".\n");
    CHECK(speaker_of(a, "disappointed") == "Corvalis Therapeutics");
    CHECK(speaker_of(a, "high") == "Bank of America");
}

TEST_CASE("a project is a body's word") {
    auto a = attribute_text(
        "Title\n\nThe Working Majority Project, a progressive advocacy group, warned in a "
        "statement that any such vote \"will cost us\".\n");
    CHECK(speaker_of(a, "will cost us") == "Working Majority Project");
}

TEST_CASE("na joins an Irish or Gaelic body's name") {
    auto a = attribute_text(
        "Title\n\nThe trial was run by Bord na Mona.\n\n\"It is an important validation,\" Bord "
        "na Mona said.\n");
    CHECK(speaker_of(a, "It is an important") == "Bord na Mona");
}

TEST_CASE("a club abroad is a body by the letters of its kind, and goes by the name after them") {
    auto a = attribute_text(
        "Title\n\nTwo days after UD Almarza's late equaliser was ruled out, the row goes on.\n\n"
        "Almarza coach Graham Whitlock said: \"We were robbed tonight.\"\n\nAlmarza said in a "
        "statement that it \"will file a formal complaint\".\n\nVfB Kessel said it was \"deeply "
        "disappointed\".\n");
    CHECK(speaker_of(a, "We were robbed") == "Graham Whitlock");
    CHECK(speaker_of(a, "will file") == "UD Almarza");
    CHECK(a.attributions.at(quote_index(a, "will file")).speaker->organisation);
    CHECK(a.attributions.at(quote_index(a, "deeply")).speaker->organisation);
}

TEST_CASE("a shipping line is a body by its words") {
    auto a = attribute_text(
        "Ferry\n\nBicol Star Shipping Lines, which has run ferries since 1994, said it \"will pay "
        "the costs\".\n");
    CHECK(speaker_of(a, "will pay") == "Bicol Star Shipping Lines");
}

TEST_CASE("a name ending in Co is a company - Co before a name is a county") {
    auto a = attribute_text(
        "Verdict\n\nA jury ordered Bayport Chemical Co. to pay $87 million.\n\nBayport said it "
        "would appeal.\n\n\"We respectfully disagree with the verdict,\" the company said.\n\nThe "
        "film was shot in Co Wexford.\n");
    CHECK(speaker_of(a, "We respectfully") == "Bayport Chemical Co.");
}

TEST_CASE("letters in brackets after a body's name are its short name, loosely spelled") {
    auto a = attribute_text(
        "Title\n\nThe Ministry of Health (MOH) confirmed 12 cases.\n\n\"Boil your water,\" MOH "
        "said.\n\nThe Lakeland Centre for Disease Control and Prevention (LCDC) sent teams.\n\n"
        "\"We are in every ward,\" the LCDC said in a statement.\n\nThe Harbour Port Authority "
        "(HPA) said it \"will reopen berths\".\n\n\"Ships are waiting,\" said an HPA pilot.\n");
    CHECK(speaker_of(a, "Boil your") == "Ministry of Health");
    CHECK(speaker_of(a, "We are in every") == "Lakeland Centre for Disease Control and Prevention");
    CHECK(speaker_of(a, "will reopen") == "Harbour Port Authority");
    CHECK(speaker_of(a, "Ships are") != "Harbour Port Authority");

    // A short name in mixed case or written as a word, and one a headline used first.
    auto b = attribute_text(
        "Lawmakers grill CBR over rates\n\nThe Central Bank of Ruritania (CBR) held rates. "
        "The Department of Education (DepEd) was also named. The Southern African Radio "
        "Astronomy Observatory (Sarao) runs the dish.\n\n\"Prices are easing,\" CBR "
        "said.\n\n\"Classrooms "
        "are "
        "coming,\" DepEd said.\n\n\"The dish works,\" Sarao said in a statement.\n");
    CHECK(speaker_of(b, "Prices are") == "Central Bank of Ruritania");
    CHECK(speaker_of(b, "Classrooms are") == "Department of Education");
    CHECK(speaker_of(b, "The dish") == "Southern African Radio Astronomy Observatory");

    // A name that runs over "and" to letters in capitals that spell the whole.
    auto c = attribute_text(
        "Title\n\nPrimary Industries and Regions SA (PIRSA) confirmed larvae were found, "
        "triggering what is known as a \"red zone\".\n\nIn a statement, PIRSA said traps "
        "were working \"before, not after\" travellers arrive.\n");
    CHECK(speaker_of(c, "before, not") == "Primary Industries and Regions SA");
    CHECK(c.extraction.quotes.at(quote_index(c, "red zone")).kind == QuoteKind::scare);
}

TEST_CASE("studios, labels and companies by their legal form abroad are bodies") {
    auto a = attribute_text(
        "Title\n\nThe film is distributed by Meridian Pictures.\n\n\"We are proud of it,\" the "
        "company said in a statement.\n\nMalaysian palm oil producer Sawit Jaya Bhd said rules "
        "were \"unworkable\".\n");
    CHECK(speaker_of(a, "We are proud") == "Meridian Pictures");
    auto c = attribute_text(
        "Title\n\nThe contractor, JRV Northmin Construction, did not attend. In a statement, the "
        "company said it had \"complied with all obligations.\"\n");
    CHECK(speaker_of(c, "complied with") == "JRV Northmin Construction");
    auto b = attribute_text(
        "Malaysia's Sawit Jaya says EU rules 'unworkable'\n\nKUALA LUMPUR (Reuters) - Malaysian "
        "palm oil producer Sawit Jaya Bhd said on Tuesday that the rules were unworkable.\n\n"
        "\"We will adapt,\" Sawit Jaya said.\n");
    CHECK(speaker_of(b, "unworkable") == "Sawit Jaya Bhd");
    CHECK(speaker_of(b, "We will adapt") == "Sawit Jaya Bhd");
}

TEST_CASE("a word for a role and a body's kind alike is the body just named") {
    auto a = attribute_text(
        "Title\n\nThe MTR Corporation closed the line on Monday.\n\nThe rail operator said it was "
        "\"working closely\" with engineers.\n\nThe Securities Commission fined the firm.\n\nThe "
        "regulator said it was \"a reminder to investors\".\n\nThe Ridgeway Mining Group cut its "
        "forecast.\n\nThe pipeline's operator, water utility Aguas Claras, said work was \"under "
        "way\".\n");
    CHECK(speaker_of(a, "working closely") == "MTR Corporation");
    CHECK(speaker_of(a, "a reminder") == "Securities Commission");
    CHECK(speaker_of(a, "under way") != "Ridgeway Mining Group");
}

TEST_CASE("'the ministry' is no court named just before") {
    auto a = attribute_text(
        "Title\n\nThe Islamabad High Court (IHC) gave the interior ministry two weeks.\n\nThe "
        "ministry said it was \"doing its best\".\n\nThe court said it was \"not satisfied\".\n");
    CHECK(speaker_of(a, "doing its best") != "Islamabad High Court");
    CHECK(speaker_of(a, "not satisfied") == "Islamabad High Court");
}

TEST_CASE("a body's capital letters before a word make no person's name") {
    auto a = attribute_text(
        "Title\n\nOne nurse in Leeds, who asked not to be named, said: \"We had a man.\"\n\nNHS "
        "Leeds said it was \"working hard\".\n\nMEC Refilwe Maponya said it was \"wrong\".\n");
    CHECK(mention_of(a, "We had a man") == "One nurse");
    CHECK(attribution_of(a, "working hard").speaker->organisation);
    CHECK(speaker_of(a, "wrong") == "Refilwe Maponya");
}

TEST_CASE("a body named with a plural's apostrophe in a role's words is 'the forum' later") {
    auto a = attribute_text(
        "Title\n\n\"Now we run,\" said Amol Thorat, a member of the Baner Residents' Forum.\n\nThe "
        "forum said it would \"go on\".\n");
    CHECK(speaker_of(a, "go on") == "Baner Residents' Forum");
}

TEST_CASE("a sentence's first word written in lower case elsewhere is no bare company name") {
    auto a = attribute_text(
        "Title\n\nDelivery platform Zoomly opened rest areas for riders.\n\nThe heat makes "
        "delivery work hard.\n\n\"Rider safety matters,\" the company said.\n");
    CHECK(speaker_of(a, "Rider safety") != "Delivery");
    auto b = attribute_text(
        "Title\n\nHalvorsen is to close two plants.\n\n\"It was a hard decision,\" the company "
        "said.\n");
    CHECK(speaker_of(b, "It was a hard") == "Halvorsen");
}

TEST_CASE("a role word in a body's name after 'of' is the body's, not a title") {
    auto a = attribute_text(
        "Reef\n\nThe Australian Institute of Marine Science (AIMS) said coral cover \"fell "
        "sharply\".\n\nThe heatwave, which AIMS described as \"the most severe\" event.\n\n"
        "Yesterday Institute of Marine Biology said it was \"grim\".\n\nThe marine said it was "
        "\"fine\".\n");
    CHECK(speaker_of(a, "fell sharply") == "Australian Institute of Marine Science");
    CHECK(speaker_of(a, "the most severe") == "Australian Institute of Marine Science");
    CHECK(speaker_of(a, "grim") == "Institute of Marine Biology");
    CHECK(mention_of(a, "fine") == "The marine");
}

TEST_CASE("a club named as a sentence's subject before a clause is the club that speaks") {
    // Three lower-case words after the name are a clause, not a descriptor before a name.
    auto a = attribute_text(
        "Kingsmere sack manager\n\nKingsmere have sacked manager Stuart Wade.\n\nHis assistant "
        "has also gone.\n\nIn a statement, the club said: \"We can confirm that he left.\"\n");
    CHECK(speaker_of(a, "We can confirm") == "Kingsmere");
}

TEST_CASE("a weekday's possessive opens no descriptor") {
    auto a = attribute_text(
        "Title\n\nFraser Milne takes charge for Wednesday's trip to Dundee United.\n\nIn a "
        "statement, the club said: \"We can confirm the appointment.\"\n");
    CHECK(speaker_of(a, "We can confirm") == "Dundee United");
}

TEST_CASE("a US school district's name in 'Public Schools' is the district that speaks") {
    auto a = attribute_text(
        "Title\n\nLakeview Public Schools confirmed in a statement that the teen was a "
        "student.\n\n\"Our hearts are with his family,\" the district said.\n");
    CHECK(speaker_of(a, "Our hearts") == "Lakeview Public Schools");
}

TEST_CASE("a country's possessive before a company's name is no part of it") {
    auto a = attribute_text(
        "Title\n\nSouth Korea's Hanseong Energy Solutions will build a factory.\n\nHanseong said "
        "its plans \"do not depend\" on any incentive.\n\nThe Peoples Democratic Party's "
        "spokesman agreed. The People's Democratic Party said it was \"pleased\".\n\nThe Harris "
        "County Sheriff's Office said it was \"investigating\".\n");
    CHECK(speaker_of(a, "do not depend") == "Hanseong Energy Solutions");
    CHECK(speaker_of(a, "pleased") == "People's Democratic Party");
    CHECK(speaker_of(a, "investigating") == "Harris County Sheriff's Office");
}

TEST_CASE("initials may spell a body's name past the words of whose it is") {
    auto a = attribute_text(
        "Title\n\nThe White House Office of Management and Budget stayed out of the fight. \"The "
        "administration has been clear,\" OMB said in a statement.\n\nThe Hong Kong Bar "
        "Association agreed. \"It is fine,\" HK said.\n");
    CHECK(speaker_of(a, "The administration") == "White House Office of Management and Budget");
    // (Two letters are too few to skip words for.)
    CHECK(speaker_of(a, "It is fine") != "Hong Kong Bar Association");
}

TEST_CASE("the body named two paragraphs back is 'the operator' when no bare name came since") {
    auto a = attribute_text(
        "Title\n\nA legislator asked whether the MTR Corporation would face penalties.\n\nAnother "
        "asked about the timetable.\n\nThe rail operator said it had been \"working closely\" "
        "with the government.\n");
    CHECK(speaker_of(a, "working closely") == "MTR Corporation");
    auto b = attribute_text(
        "Title\n\nA legislator asked whether Harwell Holdings would face penalties.\n\nAnother "
        "asked about the timetable.\n\n\"We are on track,\" the company said.\n");
    CHECK(speaker_of(b, "We are on track") == "Harwell Holdings");
    auto c = attribute_text(
        "Title\n\nThe members filed suit, according to their lawyers, law firm Sejong Partners.\n\n"
        "The case is the first of its kind.\n\nStarline pushed back. \"We are saddened,\" the "
        "company said.\n");
    CHECK(speaker_of(c, "We are saddened") == "Starline");
}

TEST_CASE("'the team' that does not speak makes no club of a person's bare name") {
    auto a = attribute_text(
        "Title\n\nJerico Dizon refused to lose.\n\nDizon said the crowd lifted the team.\n\n\"I "
        "got goosebumps,\" he said.\n");
    CHECK(speaker_of(a, "I got goosebumps") == "Jerico Dizon");
    auto b = attribute_text(
        "Title\n\nKingsmere have sacked manager Stuart Wade.\n\n\"We thank him,\" the club "
        "said.\n\nFans were pleased, according to the club.\n");
    CHECK(speaker_of(b, "We thank him") == "Kingsmere");
}

TEST_CASE("a name described as a person's is no bare company for 'the team'") {
    auto a = attribute_text(
        "Title\n\nOluwaseun Adebayo at the University of Ibadan describes three skulls.\n\n"
        "Adebayo says that is down to a lack of funding.\n\n\"We are determined,\" he says.\n\n"
        "The team has already returned to the quarry.\n");
    CHECK(speaker_of(a, "We are determined") == "Oluwaseun Adebayo");
}

TEST_CASE("a spokesperson for a body whose name lists its portfolios is the body's") {
    auto a = attribute_text(
        "Title\n\n\"We are committed to it,\" a spokesperson for the Department for Environment, "
        "Food and Rural Affairs said.\n");
    CHECK(mention_of(a, "We are committed") ==
          "a spokesperson for the Department for Environment, Food and Rural Affairs");
}

TEST_CASE("a body's long name before 'spokesperson' is the body's, which 'the department' means") {
    auto a = attribute_text(
        "Title\n\nA Department for Transport spokesperson said: \"We reject this.\"\n\nA "
        "Department of Health and Social Care spokesperson said: \"We inherited a broken "
        "system.\"\n\nThe department said it would \"continue to monitor performance\".\n");
    CHECK(speaker_of(a, "We reject") == "Department for Transport spokesperson");
    CHECK(speaker_of(a, "We inherited") == "Department of Health and Social Care spokesperson");
    CHECK(speaker_of(a, "continue to monitor") == "Department of Health and Social Care");
    // (Also after a level of government: "for the federal Department of Health".)
    auto b = attribute_text(
        "Title\n\nA spokesperson for the federal Department of Health said the government was "
        "\"investing record amounts\".\n");
    CHECK(speaker_of(b, "investing record") == "spokesperson for the federal Department of Health");
}

TEST_CASE("'the tribunal' is a body's word") {
    auto a = attribute_text(
        "Title\n\nA law firm discriminated against an associate, the Bristol Employment Tribunal "
        "has ruled.\n\n'We found the evidence on this point unreliable,' the tribunal said.\n");
    CHECK(speaker_of(a, "We found the evidence") == "Bristol Employment Tribunal");
}

TEST_CASE("'the watchdog' is a body's word, the body just named") {
    auto a = attribute_text(
        "Title\n\nThe Care Quality Commission rated the home inadequate.\n\nIn its report, the "
        "watchdog said records were \"incomplete\".\n");
    CHECK(speaker_of(a, "incomplete") == "Care Quality Commission");
}

TEST_CASE("'the' between capitalised words stays inside a body's name after 'of' or 'for'") {
    auto a = attribute_text(
        "Title\n\nFeargal Dunne, the chair of the Save the Teme campaign, who was in court, "
        "said: \"Twenty thousand fish died.\"\n\n\"Fine,\" said a spokeswoman for Save the "
        "Children.\n");
    CHECK(speaker_of(a, "Twenty thousand") == "Feargal Dunne");
    CHECK(mention_of(a, "Fine") == "a spokeswoman for Save the Children");
}

TEST_CASE("a work's title with a capital 'The' inside a sentence is no body") {
    auto a = attribute_text(
        "Title\n\nCascadia Opera staged it. Its most reliable sellers remain La Boheme and The "
        "Magic Flute.\n\nThe company said advance sales were \"the strongest ever\".\n");
    CHECK(speaker_of(a, "the strongest ever") == "Cascadia Opera");
}

TEST_CASE("a sport's -ing word before a place names its governing body") {
    auto a = attribute_text(
        "Title\n\nCycling Ireland said the crash was \"a stark reminder\".\n\nSpeaking on Monday, "
        "Ann Cole said it was \"sad\".\n");
    CHECK(speaker_of(a, "a stark reminder") == "Cycling Ireland");
    CHECK(speaker_of(a, "sad") == "Ann Cole");
}

TEST_CASE("'the company' far from any body named is the one the story opens with") {
    auto a = attribute_text(
        "Title\n\nTrivikram Infotech on Thursday reported a rise in profit.\n\nRaghavan said the "
        "company had signed a deal.\n\nOperating margin expanded.\n\nHeadcount rose in the "
        "quarter.\n\nAttrition eased.\n\nIn a filing, the company said it \"remains watchful\".\n");
    CHECK(speaker_of(a, "remains watchful") == "Trivikram Infotech");
}

TEST_CASE("a cue in a clause 'as' opens does not take a named speaker's quote") {
    auto a = attribute_text(
        "Title\n\nAnn Lim said the law would \"squeeze\" small farmers, as the company reported "
        "a jump in profit.\n");
    CHECK(speaker_of(a, "squeeze") == "Ann Lim");
}

TEST_CASE("a body's list of portfolios may end in 'and the'") {
    auto a = attribute_text(
        "Title\n\nThe Department of Agriculture, Food and the Marine said it was \"closely "
        "following\" developments.\n");
    CHECK(speaker_of(a, "closely following") == "Department of Agriculture, Food and the Marine");
}

TEST_CASE("a place's name before a local body's word in lower case is the body") {
    auto a = attribute_text(
        "Title\n\nRhondda Cynon Taf council said its teams had been \"stretched to the limit\" "
        "overnight.\n\nWest Yorkshire police said the man was \"known to them\".\n\nThe council "
        "later said it was \"coping\".\n");
    CHECK(speaker_of(a, "stretched") == "Rhondda Cynon Taf council");
    CHECK(speaker_of(a, "known to them") == "West Yorkshire police");
}

TEST_CASE("the story's first body gives way to one described so before, and is no byline") {
    auto a = attribute_text(
        "Title\n\nPriya Venkat Mining Reporter, Toronto\n\nKestrel Lake Minerals Ltd. has signed "
        "a deal.\n\nThe miner said the deal was good.\n\nThe stock rose.\n\nIn a statement, the "
        "company said the deal \"reflects years of listening\".\n");
    CHECK(speaker_of(a, "reflects years") == "Kestrel Lake Minerals Ltd.");
    auto b = attribute_text(
        "Title\n\nTeachers struck. A march to the regional education department drew 25,000 "
        "people, according to the Government Delegation.\n\nThe regional education department, "
        "run by the conservative Popular Party (PP), said few joined.\n\nThe unions "
        "disagreed.\n\nIn a statement, the regional education department said services were "
        "\"fully respected\".\n");
    CHECK(speaker_of(b, "fully respected") == "regional education department");
}

TEST_CASE("a name that ends in Health is a health body, and 'the health service' after it") {
    auto a = attribute_text(
        "Title\n\nA regional health service has suspended births in the Murrindindi Shire.\n\n"
        "Goulburn Ranges Health announced on Tuesday that births would be paused.\n\nIn a "
        "statement, the health service said it had made the decision \"with a heavy heart\".\n\n"
        "\"We are sorry,\" Queensland Health Minister Shannon Fentiman said.\n");
    CHECK(speaker_of(a, "with a heavy") == "Goulburn Ranges Health");
    CHECK(speaker_of(a, "We are sorry") == "Shannon Fentiman");
}

TEST_CASE("a company the lead introduces by its kind's word is 'the company' paragraphs on") {
    auto a = attribute_text(
        "Title\n\nKUALA LUMPUR -- Malaysian semiconductor company Kinabalu Microsystems will "
        "invest in Penang.\n\nThe plant is big.\n\nIt will employ 2,000 people.\n\nIt opens in "
        "2028.\n\nIn a filing on Wednesday, the company said the project was expected to "
        "\"contribute positively\" to earnings.\n");
    CHECK(speaker_of(a, "contribute positively") == "Kinabalu Microsystems");
}

TEST_CASE("a person of a body in a place speaks, not the place") {
    auto a = attribute_text(
        "Title\n\nAnja Schröder of the education union GEW in Berlin said career changers were "
        "\"thrown in at the deep end\".\n\n\"We welcome every person,\" she said.\n\nCommittee "
        "member for infrastructure services Nomvula Dlamini told the council it was late.\n\n"
        "\"We are not going to pretend,\" Dlamini said.\n\n\"This is the beginning,\" she "
        "added.\n");
    CHECK(speaker_of(a, "thrown in at") == "Anja Schröder");
    CHECK(speaker_of(a, "We welcome every") == "Anja Schröder");
    CHECK(speaker_of(a, "This is the beginning") == "Nomvula Dlamini");
}

TEST_CASE("a portfolio word that opens a body's name stays in it, and its initials find it") {
    auto a = attribute_text(
        "Title\n\nEnergy Fiji Limited (EFL) said power supply remained cut. In a statement, EFL "
        "said its crews \"are working around the clock\".\n\n\"We are ready,\" Energy Minister "
        "Sitiveni Rabuka said.\n");
    CHECK(speaker_of(a, "are working around") == "Energy Fiji Limited");
    CHECK(speaker_of(a, "We are ready") == "Sitiveni Rabuka");
}

TEST_CASE("a body's word in apposition to its name is what the body is called from then on") {
    auto a = attribute_text(
        "Title\n\nThe members filed to suspend their exclusive contracts with Starline "
        "Entertainment, the agency that launched them in 2021.\n\nThe filing alleges that "
        "Starline failed to pay.\n\nStarline pushed back hard. In a statement, the agency said "
        "it was \"deeply saddened\" by the decision.\n");
    CHECK(speaker_of(a, "deeply saddened") == "Starline Entertainment");
}

TEST_CASE("a body's name before its kind's word in lower case is the body") {
    auto a = attribute_text(
        "Title\n\nThe GMB union said it would push for \"every alternative to closure\".\n\nThe "
        "Labour party said the plan was \"a disgrace\".\n\nThe Quebec government said it was "
        "\"deeply concerned\".\n\n\"There was nothing more he could have done,\" Det Gda "
        "Tomás Breathnach said.\n");
    CHECK(speaker_of(a, "every alternative") == "GMB");
    CHECK(speaker_of(a, "a disgrace") == "Labour");
    CHECK(speaker_of(a, "deeply concerned") == "Quebec government");
    CHECK(speaker_of(a, "There was nothing") == "Tomás Breathnach");
}

TEST_CASE("a name in apposition after a body's word is that body") {
    auto a = attribute_text(
        "Title\n\nThe City Council voted 31-24 to close the streets.\n\nThe local residents' "
        "committee, Nordby Lokalraad, has backed the plan. In its response, the committee said "
        "that \"residents have waited decades for relief\".\n\nA member of the committee, "
        "Halvorsen, said it was \"a good day\".\n");
    CHECK(speaker_of(a, "residents have waited") == "Nordby Lokalraad");
    CHECK(speaker_of(a, "a good day") == "Halvorsen");
}

TEST_CASE("a utility of two trades, a company ending in Co and a common noun opening a sentence") {
    auto a = attribute_text(
        "Title\n\nPrairie Gas and Electric reported 18,000 customers without power. The utility "
        "said some could be without service \"for several days.\"\n\nKestrel Energy Solutions "
        "Co. will cut spending.\n\nKestrel reported a loss. Construction of the company's second "
        "plant will be pushed back, Kestrel said. The company said the delay reflected \"market "
        "conditions\".\n");
    CHECK(speaker_of(a, "for several days") == "Prairie Gas and Electric");
    CHECK(speaker_of(a, "market conditions") == "Kestrel Energy Solutions Co.");
}

TEST_CASE("the authority is the council named in the paragraph, not the centre named last") {
    auto a = attribute_text(
        "Title\n\nPenhallow County Borough Council's cabinet approved the closure of the pool at "
        "Cwm Teg Leisure Centre on Tuesday.\n\nThe authority said it \"simply cannot justify\" "
        "the repairs.\n");
    CHECK(speaker_of(a, "simply cannot") == "Penhallow County Borough Council");
}

TEST_CASE("the capital letters that open a body's longer name are that body") {
    auto a = attribute_text(
        "Title\n\nPatients waited ten hours, HKS Harju County Hospital said on Tuesday.\n\nHKS "
        "said in a statement that its services were \"well beyond normal capacity\".\n");
    CHECK(speaker_of(a, "well beyond") == "HKS Harju County Hospital");
}

TEST_CASE("capitals in brackets that open with a name's first letter are the body's") {
    auto a = attribute_text(
        "Title\n\nOng submitted claims to SkillsFuture Singapore (SSG) for courses.\n\nA judge "
        "sentenced him on Friday.\n\nIn a statement, SSG said it takes a serious view.\n\n\"SSG "
        "has since tightened its checks,\" the agency said.\n\nMinister Sari Vaara (PS) said "
        "the cuts were \"necessary\".\n");
    CHECK(speaker_of(a, "SSG has since") == "SkillsFuture Singapore");
    CHECK(speaker_of(a, "necessary") == "Sari Vaara");
}

TEST_CASE("a ministry of two portfolios, one ending in a title, is one body") {
    auto a = attribute_text(
        "Title\n\nThe Ministry of Human Resources and Emiratisation urged employers to \"strictly "
        "comply\".\n\nB.C.'s Ministry of Public Safety and Solicitor General said it \"will "
        "continue to give police the resources they need.\"\n");
    CHECK(speaker_of(a, "strictly") == "Ministry of Human Resources and Emiratisation");
    CHECK(speaker_of(a, "will continue") == "Ministry of Public Safety and Solicitor General");
}

TEST_CASE("a health board's letters before two places and a name after a portfolio") {
    auto a = attribute_text(
        "Title\n\nNHS Greater Glasgow and Clyde said in a statement: \"Our emergency departments "
        "are busy.\"\n\nThe NSW Nurses and Midwives' Association said nurses were \"routinely\" "
        "overstretched.\n\nDeputy director of the Ha Noi Department of Health Trần Văn Khoa said "
        "there was a \"gap in immunity\".\n\nA spokeswoman for Zero Waste Scotland said it was "
        "\"well-planned\".\n");
    CHECK(speaker_of(a, "Our emergency") == "NHS Greater Glasgow and Clyde");
    CHECK(speaker_of(a, "routinely") == "NSW Nurses and Midwives' Association");
    CHECK(speaker_of(a, "gap in immunity") == "Trần Văn Khoa");
    CHECK(speaker_of(a, "well-planned") == "spokeswoman for Zero Waste Scotland");
}

TEST_CASE("letters that open a descriptor in lower case are not that descriptor's body") {
    auto a = attribute_text(
        "Title\n\nAn FDA advisory committee on Thursday voted. The FDA is not bound by the "
        "votes.\n\nThe FDA's Center for Biologics has lost officials, and the agency has said it "
        "wants \"gold-standard science.\"\n");
    CHECK(speaker_of(a, "gold-standard") == "FDA");
}

TEST_CASE("a sentence opening on according to a body makes it what a later it means") {
    auto a = attribute_text(
        "Title\n\nPolice did not say whether the shooting was gang-related.\n\nAccording to the "
        "Somers Isles Police Service, there were 14 incidents in 2023, which it described as \"a "
        "significant reduction\".\n");
    CHECK(speaker_of(a, "a significant") == "Somers Isles Police Service");
}

TEST_CASE("a bare name with which, and passengers advised to do something") {
    auto a = attribute_text(
        "Title\n\nCalder Weavers, which has produced cloth since 1887, said it had begun a "
        "consultation.\n\nIn a statement, the family-owned company said it had \"explored every "
        "possible option\".\n\nNorthSea Ferries said sailings would resume \"as soon as "
        "conditions allow\", with passengers advised to check the website.\n");
    CHECK(speaker_of(a, "explored every") == "Calder Weavers");
    CHECK(speaker_of(a, "as soon as") == "NorthSea Ferries");
}

TEST_CASE("a university faculty is a body after a professor's name") {
    auto a = attribute_text(
        "Title\n\n\"The soil is the problem,\" senior lecturer Dr Ruwan Perera of the Faculty of "
        "Agriculture told the Island.\n");
    CHECK(speaker_of(a, "The soil is") == "Ruwan Perera");
}

TEST_CASE("a body after another's letters in brackets and 'and' is no clause's subject") {
    auto a = attribute_text(
        "Title\n\nThe high court on Monday pulled up the State Transport Corporation (STC) and "
        "the Roads Department (RD) over what it called the \"shocking state\" of bus depots.\n");
    CHECK(speaker_of(a, "shocking state") == "high court");
}

TEST_CASE("two unknown words set off by 'the housing company' are that company") {
    auto a = attribute_text(
        "Title\n\nOutside the Civic Building, a nurse said she had waited for years.\n\nBrenlow "
        "Homes, the council-owned housing company, said it would offer 80 flats.\n\n\"We are "
        "delighted to help more families,\" the company said in a statement.\n");
    CHECK(speaker_of(a, "We are delighted") == "Brenlow Homes");
}

TEST_CASE("a bare name that acted is the watchdog a later sentence means") {
    auto a = attribute_text(
        "Title\n\nA care home in Hull has been rated inadequate after Ofcare found \"serious "
        "failings\" in how medicines were given.\n\nThe home, Westfield House, has 40 beds.\n\n"
        "In its report, the watchdog said staff were \"not trained well enough\".\n");
    CHECK(speaker_of(a, "not trained well") == "Ofcare");
}

TEST_CASE("a name in -ly that opens a sentence before its description is no adverb") {
    auto a = attribute_text(
        "Title\n\nIt was 48C in the shade on Monday.\n\nRidesly, one of the largest taxi apps in "
        "the region, said it had opened shaded rest stops.\n\n\"Driver safety comes first,\" "
        "the company said.\n\nSeparately, the ministry said the rules were clear. \"We will "
        "check every site,\" it said.\n");
    CHECK(speaker_of(a, "Driver safety comes") == "Ridesly");
    CHECK(speaker_of(a, "We will check") != "Ridesly");
}

TEST_CASE("a startup based in two places is the company a later sentence means") {
    auto a = attribute_text(
        "Title\n\nFjordvik, the Oslo- and Bergen-based startup that sold e-bikes, will close "
        "its app next month.\n\n\"We could not find a buyer,\" the company said.\n\nKvitro, "
        "a Tromsø-based startup, said it would take the riders. \"We are ready,\" the startup "
        "said.\n");
    CHECK(speaker_of(a, "We could not find") == "Fjordvik");
    CHECK(speaker_of(a, "We are ready") == "Kvitro");
}

TEST_CASE("a company named after its industry is no person sharing the founder's surname") {
    auto a = attribute_text(
        "Title\n\nAmaka Obiora Nwankwo, chief executive of Nwankwo Textiles, a mid-sized weaving "
        "firm in Aba, Abia State, said her company had shelved plans.\n\n\"We cut two shifts,\" "
        "she said.\n");
    CHECK(speaker_of(a, "We cut two") == "Amaka Obiora Nwankwo");
}

TEST_CASE("a forge named after a valley keeps its first word") {
    auto a = attribute_text(
        "Title\n\nDon Valley Castings, which employs 300 people, said it would close a "
        "furnace.\n\nIn a statement, the company said it had \"no other choice\".\n");
    CHECK(speaker_of(a, "no other choice") == "Don Valley Castings");
}

TEST_CASE("a body the lead brings in with 'a' is the one named next as a subject") {
    auto a = attribute_text(
        "Title\n\nA Leeds shipbuilder is to cut 90 jobs, blaming what it called \"ruinous\" "
        "steel prices.\n\nKirkstall Shipbuilding Ltd, which employs 400 people, said the cuts "
        "would fall in its yard.\n");
    CHECK(speaker_of(a, "ruinous") == "Kirkstall Shipbuilding Ltd");
}

TEST_CASE("a title, a name and a body's word are the body's whole name") {
    auto a = attribute_text(
        "Title\n\nQueen Alexandra Hospital said in a statement that wards were \"under "
        "pressure\".\n\nHealth Minister Jane Okoro said the hospital would get more beds.\n");
    CHECK(speaker_of(a, "under pressure") == "Queen Alexandra Hospital");
}

TEST_CASE("a diocese is a body that speaks, and a reason cited is the body's words") {
    auto a = attribute_text(
        "Title\n\nThe Toledo diocese said in a note that it \"welcomes and supports\" the work.\n\n"
        "Kestrel Coin Lab suspended withdrawals, citing \"market volatility\".\n");
    CHECK(speaker_of(a, "welcomes and supports") == "Toledo diocese");
    CHECK(speaker_of(a, "market volatility") == "Kestrel Coin Lab");
}

TEST_CASE("a team after its league's name and 'side' is a body, and 'the club' is it") {
    auto a = attribute_text(
        "Virtus Dorica sack coach Ferri after fifth defeat\n\nSerie B side Virtus Dorica on "
        "Monday sacked coach Marco Ferri, which left the club one point above the drop.\n\n"
        "\"Virtus Dorica announces that Marco Ferri has been relieved of his duties,\" the club "
        "said in a statement.\n");
    CHECK(speaker_of(a, "Virtus Dorica announces") == "Virtus Dorica");
}

TEST_CASE("the club after where it is, is the club the story is about") {
    auto a = attribute_text(
        "Title\n\nSaltmarsh United have sacked manager Gary Penrose after a run of nine games "
        "without a win in League Two.\n\nPenrose was appointed in 2023 and led the Kent club "
        "to a ninth-place finish.\n\nHis assistant takes charge for the tie at Stanmore "
        "Rovers.\n\nIn a statement, the club said it would \"begin the search for a new head "
        "coach\".\n");
    CHECK(speaker_of(a, "begin the search") == "Saltmarsh United");
}

TEST_CASE(
    "a body prompted to warn after its letters in brackets, or that had warned in a bulletin") {
    auto a = attribute_text(
        "Title\n\nA storm threatens rain, prompting the National Weather Office (NWO) to warn of "
        "\"life-threatening\" flooding.\n\nThe Kestrel Meteorological Agency had, in a bulletin "
        "released last week, warned of \"moderate to heavy rainfall\" across the region.\n");
    CHECK(speaker_of(a, "life-threatening") == "National Weather Office");
    CHECK(speaker_of(a, "moderate to heavy") == "Kestrel Meteorological Agency");
}

TEST_CASE("a company goes by its name without its legal form") {
    auto a = attribute_text(
        "Title\n\nResidents, who formed a group called Save Our Street, are fighting a permit "
        "granted to Ardmore Quay Developments Ltd.\n\nIn a statement, Ardmore Quay Developments "
        "said it welcomed the ruling and \"will keep talking to our neighbours\".\n");
    CHECK(speaker_of(a, "will keep talking") == "Ardmore Quay Developments Ltd.");
}

TEST_CASE("a capitalised pronoun after a legal form's period opens the next sentence") {
    auto a = attribute_text(
        "Title\n\nThe contract went to Northgate Widget Makers Ltd. It was signed in May.\n\n"
        "Northgate Widget Makers said the plant would \"open by June\".\n");
    CHECK(speaker_of(a, "open by June") == "Northgate Widget Makers Ltd.");
}

TEST_CASE("the health authority is the body whose name holds 'Health'") {
    auto a = attribute_text(
        "Title\n\nFigures released by Alberta Rural Health show the clinic closed 12 days.\n\nThe "
        "clinic at the Peace River General Hospital shut for 90 hours, due to what the health "
        "authority described as \"staffing shortages\".\n");
    CHECK(speaker_of(a, "staffing shortages") == "Alberta Rural Health");
}

TEST_CASE("a name after a business's word that opens a sentence is the firm that speaks") {
    auto a = attribute_text(
        "Title\n\nThe council has ended its contract with Midlands builder Fenwick Lacey for a "
        "pool.\n\nFenwick Lacey disputed the account. In a statement, the firm said it was "
        "\"extremely disappointed\".\n");
    CHECK(speaker_of(a, "extremely disappointed") == "Fenwick Lacey");
    auto b = attribute_text(
        "Title\n\nThe council has hired local builder Tom Hale for a pool.\n\nTom Hale disputed "
        "the account. In a statement, the firm said it was \"extremely disappointed\".\n");
    CHECK(speaker_of(b, "extremely disappointed") != "Tom Hale");
}

TEST_CASE("the first words of a body named before are that body, not an outlet") {
    auto a = attribute_text(
        "Title\n\nA judge refused to dismiss a suit against hospital operator Lone Star Health "
        "Partners.\n\nThe judge trimmed the claims against its parent company, Bluebonnet "
        "Healthcare Holdings LLC.\n\nLone Star said in a statement that it would \"continue to "
        "defend\" the case.\n\n\"We pay our staff fairly,\" the company said.\n\nHeather Cole, "
        "CTV News Atlantic Reporter, wrote it. \"It hurts,\" a nurse told CTV News.\n");
    CHECK(speaker_of(a, "continue to defend") == "Lone Star Health Partners");
    CHECK(speaker_of(a, "We pay our staff") == "Lone Star Health Partners");
    CHECK(sources_of(a, "It hurts") == "CTV News");
}

TEST_CASE("a body's office after its name and letters in brackets is the body") {
    auto a = attribute_text(
        "Title\n\nThe World Health Organisation (WHO) country office said the north remained \"a "
        "serious concern\".\n\nHe said police said it was \"calm\".\n");
    CHECK(speaker_of(a, "a serious concern") == "World Health Organisation");
    CHECK(speaker_of(a, "calm") == "police");
}

TEST_CASE("a body brought in with a or its is not the body a later the agency means") {
    auto a = attribute_text(
        "Title\n\nThe BLM said in a statement that crews and a Type 3 incident management team "
        "had been ordered. \"Safety remains our priority,\" the agency said.\n");
    CHECK(speaker_of(a, "Safety remains") == "BLM");
    auto b = attribute_text(
        "Title\n\nState Rep. Bobby Hardison, a Beaufort County Republican who sits on the House "
        "agriculture committee, said the state should pay for tide gates.\n\n\"I am not "
        "giving up on the east,\" Hardison told WRAL. \"These are working farms.\"\n\nThe N.C. "
        "Department of Agriculture and "
        "Consumer Services said in a statement that it was reviewing the study and that its Soil "
        "and Water Conservation Division already offers grants.\n\n\"We will keep working,\" "
        "the agency said.\n");
    CHECK(speaker_of(b, "We will keep") == "N.C. Department of Agriculture and Consumer Services");
}

TEST_CASE("a name ending in Infrastructure is a business, whom a later he does not mean") {
    auto a = attribute_text(
        "Title\n\nThe campus is being developed by Northvale Digital Infrastructure near "
        "Fremont.\n\nMr. Adair said the provisions were designed to address that risk. Northvale "
        "will also post a letter of credit.\n\n\"We have structured this,\" he said.\n\n"
        "Infrastructure Minister John Obi said \"no\".\n");
    CHECK(speaker_of(a, "We have structured") == "Adair");
    CHECK(speaker_of(a, "no") == "John Obi");
}

TEST_CASE("letters in apposition after a body's name are that body, spelled or not") {
    auto a = attribute_text(
        "Title\n\nThe European Consumer Organisation, BEUC, said the plan left people exposed to "
        "\"opaque\" algorithms.\n\nBEUC added: \"It is a bad day.\"\n");
    CHECK(speaker_of(a, "opaque") == "European Consumer Organisation");
    CHECK(speaker_of(a, "It is a bad day") == "European Consumer Organisation");
}

TEST_CASE("An Garda Síochána is the Irish police, not a garda named Síochána") {
    auto a = attribute_text(
        "Title\n\nIn a statement, An Garda Síochána said the memo was \"an early-stage "
        "document\".\n");
    CHECK(speaker_of(a, "an early-stage") == "Garda Síochána");
}

TEST_CASE("a participle after guidance a body issued is the body's") {
    auto a = attribute_text(
        "Title\n\nThe Ministry of Health did not respond. In March, the ministry issued new "
        "guidance urging the public to \"stay hydrated\".\n");
    CHECK(speaker_of(a, "stay hydrated") == "Ministry of Health");
}

TEST_CASE("letters in brackets after a body's name are that body, spelled or not") {
    auto a = attribute_text(
        "Title\n\nAl Sadd went top of the Ooredoo Stars League (QSL) table.\n\nThe QSL said the "
        "match drew \"a season-high crowd\".\n");
    CHECK(speaker_of(a, "a season-high") == "Ooredoo Stars League");
}

TEST_CASE("letters may leave out a body's last word after and") {
    auto a = attribute_text(
        "Title\n\nMost will catch it, according to the Centers for Disease Control and "
        "Prevention.\n\nThe CDC said it was \"in close contact with partners\".\n");
    CHECK(speaker_of(a, "in close contact") == "Centers for Disease Control and Prevention");
}

TEST_CASE("the company after a comma at the sentence's end is the body the sentence opened with") {
    auto a = attribute_text(
        "Title\n\nStocklane, a startup that develops software, has raised EUR 18 million in a "
        "round "
        "led by fund Nordvest Capital, the company announced on Tuesday.\n\n\"Our ambition is to "
        "grow,\" the company said.\n");
    CHECK(speaker_of(a, "Our ambition") == "Stocklane");
}

TEST_CASE("the City of a place is one body") {
    auto a = attribute_text(
        "Title\n\nThe bylaw was modelled on one passed in Hamilton.\n\nIn a report, the City of "
        "Hamilton said filings had dropped \"significantly\".\n");
    CHECK(speaker_of(a, "significantly") == "City of Hamilton");
}

TEST_CASE("a team is known by its plural name alone") {
    auto a = attribute_text(
        "Title\n\nThe Kings beat the Denver Larks 139-134.\n\nThe Larks said in a statement that "
        "Mayfield was \"progressing as expected\".\n");
    CHECK(speaker_of(a, "progressing") == "Denver Larks");
}

TEST_CASE("the practice is the medical centre just named") {
    auto a = attribute_text(
        "Title\n\nHollins Lane Medical Centre, where Dr Sandhu worked, called him \"a much-loved "
        "presence\".\n\nIn a statement, the practice added: \"Patients have been leaving "
        "cards.\"\n");
    CHECK(speaker_of(a, "Patients have") == "Hollins Lane Medical Centre");
}

TEST_CASE("a body named in apposition right before the verb speaks") {
    auto a = attribute_text(
        "Title\n\nThe club's largest supporters group, the Millbrook Ultras, said it was "
        "\"cautiously optimistic\" about the sale.\n");
    CHECK(speaker_of(a, "cautiously") == "Millbrook Ultras");
}

TEST_CASE("a body before a relative clause with a list in it speaks") {
    auto a = attribute_text(
        "Title\n\nThe Brussels-Midi police zone, which covers Anderlecht, Forest and Saint-Gilles, "
        "said a \"security perimeter\" would stay in place.\n");
    CHECK(speaker_of(a, "security perimeter") == "Brussels-Midi police");
}

TEST_CASE("a role word in a body's name after for opens no person's name") {
    auto a = attribute_text(
        "Title\n\n\"It is a wake-up call,\" the Halvorsen Institute for Marine Biology said in a "
        "statement.\n");
    CHECK(speaker_of(a, "It is a wake-up") == "Halvorsen Institute for Marine Biology");
}

TEST_CASE("a body named before a title in a person's name is the body its first word names") {
    auto a = attribute_text(
        "Corvane Freight CEO Dana Whitcombe has a message for staff\n\nThe company employs "
        "60,000 people.\n\nIn a statement, Corvane said it had \"no plans for job cuts\" this "
        "year.\n");
    CHECK(speaker_of(a, "no plans for job cuts") == "Corvane Freight");
}

TEST_CASE("a business's word that is a role's too before one word no given name is the body") {
    auto a = attribute_text(
        "Title\n\nGrid operator Veneris said 3,000 technicians were at work. In a later update, "
        "the company said power was back in \"around 210,000 homes\".\n\nCrane operator Paul "
        "Dwyer said: \"The wind was too strong.\"\n");
    CHECK(speaker_of(a, "around 210,000 homes") == "Veneris");
    CHECK(speaker_of(a, "The wind was too strong") == "Paul Dwyer");
}

TEST_CASE("a company is called by its name without its business's kind word") {
    auto a = attribute_text(
        "Title\n\nThe landlord, Bayou Cresting Holdings, said it wanted a new lease.\n\n\"We have "
        "great respect for the restaurant,\" Bayou Cresting said in a statement.\n");
    CHECK(speaker_of(a, "We have great respect") == "Bayou Cresting Holdings");
}

TEST_CASE("a company named after 'found that' goes by its first word later") {
    auto a = attribute_text(
        "Title\n\nA review found that Harbourview Living Inc. had evicted tenants, and that "
        "Brightwell Care Group had filled beds.\n\nIn a statement, Harbourview said it "
        "\"complies fully with the law\". Brightwell said it was \"proud of its staff\".\n\nShe "
        "said that Labour MP Tom Reyes had called it \"a scandal\".\n");
    CHECK(speaker_of(a, "complies fully") == "Harbourview Living Inc.");
    CHECK(speaker_of(a, "proud of its staff") == "Brightwell Care Group");
    CHECK(speaker_of(a, "a scandal") == "Tom Reyes");
}

TEST_CASE("'the company' is the body that spoke over the one it named as its object") {
    auto a = attribute_text(
        "Title\n\nCoolabah Valley Meats said it had terminated its contract with StaffRight "
        "Solutions in January.\n\n\"We were not aware of these arrangements,\" the company said "
        "in a statement.\n\nThe union later met StaffRight Solutions.\n\n\"We will talk,\" the "
        "company said.\n");
    CHECK(speaker_of(a, "We were not aware") == "Coolabah Valley Meats");
    CHECK(speaker_of(a, "We will talk") == "StaffRight Solutions");
}

TEST_CASE("an Indonesian company's PT opens a body's name") {
    auto a = attribute_text(
        "Title\n\nThe nearest concession is held by PT Sawit Khatulistiwa Makmur, which operates "
        "a mill in the district.\n\nIn an email, the company said it had \"no plans to "
        "develop\".\n");
    CHECK(speaker_of(a, "no plans to develop") == "PT Sawit Khatulistiwa Makmur");
}

TEST_CASE("a role's word that ends a two-word name is the company's name") {
    auto a = attribute_text(
        "Title\n\nIn a statement, Pennine Rider said passenger numbers had fallen.\n\n\"We "
        "understand how disappointing this is,\" the company said.\n\nOfficer Dale Brooks said "
        "it was \"a quiet night\".\n");
    CHECK(speaker_of(a, "We understand how") == "Pennine Rider");
    CHECK(speaker_of(a, "a quiet night") == "Dale Brooks");
}

TEST_CASE("a place of several words before '-based' leaves 'the company' generic") {
    auto a = attribute_text(
        "Title\n\nPacific Crest Inc. said on Monday it would appeal.\n\nIn a statement, the Long "
        "Beach-based company said it \"strongly disagrees\" with the fine.\n");
    CHECK(speaker_of(a, "strongly disagrees") == "Pacific Crest Inc.");
}

TEST_CASE("a deck in title case and a headline's verb in -s open no body's name") {
    auto a = attribute_text(
        "FAA Seeks $2.1 Million Fine From Potomac Air\n\nAgency Cites Maintenance Lapses on 14 "
        "Planes at Dulles-Based Carrier\n\nBy Ann Lee\n\nThe Federal Aviation Administration "
        "yesterday proposed a fine against Potomac Air.\n\nThe FAA said none of the planes had "
        "a defect. But in a letter to the airline, the agency said the records were \"so "
        "deficient that nothing can be determined.\"\n");
    CHECK(speaker_of(a, "so deficient") == "Federal Aviation Administration");
    auto b = attribute_text(
        "Del Court Orders Granite Ridge To Redeem Poison Pill\n\nBy Ann Lee\n\nA Delaware "
        "judge ruled against the miner on Monday.\n\nGranite Ridge said in a statement it was "
        "\"reviewing the decision with counsel.\"\n");
    CHECK(speaker_of(b, "reviewing the decision") == "Granite Ridge");
}

TEST_CASE("a lone name of no known kind that issues a statement is a body's") {
    auto a = attribute_text(
        "Title\n\nHamblin was angry after the loss.\n\nEssendon released a statement confirming "
        "the club had contacted the league. \"We sought clarification,\" it said.\n");
    CHECK(speaker_of(a, "We sought clarification") == "Essendon");
}

TEST_CASE("a spokesperson for the body's word speaks for the body named before") {
    auto a = attribute_text(
        "Title\n\nBrackenfield Police says the crash happened before 6pm.\n\nA spokesman for "
        "the force said: \"Officers were called to a collision.\"\n\nThe Tarnwell Growers "
        "Association said it was not aware of the case. \"Equipment fails,\" a spokeswoman for "
        "the association said.\n");
    CHECK(speaker_of(a, "Officers were called") == "Brackenfield Police spokesman");
    CHECK(speaker_of(a, "Equipment fails") == "Tarnwell Growers Association spokeswoman");
}

TEST_CASE("'the department' is the body named since whose name holds Department") {
    auto a = attribute_text(
        "Title\n\nCrews from the Fire Department searched the ridge.\n\nThe state Department of "
        "Soil and Water (DSW) reminded hikers to keep to the trails.\n\n\"Conditions change "
        "within minutes,\" the department said in a statement.\n");
    CHECK(speaker_of(a, "Conditions change") == "Department of Soil and Water");
}

TEST_CASE("a place and 'police' in lower case are the police service named before in full") {
    auto a = attribute_text(
        "Title\n\nSupt. Orla Fenwick, who oversees the Tarrow Police Service's east division, "
        "spoke first.\n\nIn a release, Tarrow police said the two men were \"known to each "
        "other\".\n");
    CHECK(speaker_of(a, "known to each other") == "Tarrow Police Service");
}

TEST_CASE("a trade's word ends a firm's name: 'Stourvale Scaffolding ... It wrote'") {
    auto a = attribute_text(
        "Title\n\nKent County Council said it would review the road.\n\nThe rider's employer, "
        "Brindlecombe Scaffolding in Ashford, posted a message online.\n\nIt wrote: \"Get well "
        "soon mate.\"\n");
    CHECK(speaker_of(a, "Get well soon") == "Brindlecombe Scaffolding");
}

TEST_CASE(
    "'the university' is the body whose head word it is, not one that holds it as a modifier") {
    auto a = attribute_text(
        "Title\n\nThe University of Kestrel Bay says it has made a fair offer.\n\nThe Ontario "
        "Confederation of University Faculty Associations has warned of underfunding.\n\nThe "
        "association said it would attend. The university said it was \"reviewing\" the "
        "offer.\n");
    CHECK(speaker_of(a, "reviewing") == "University of Kestrel Bay");
}

TEST_CASE("'the statement said' after a body issued a brief statement") {
    auto a = attribute_text(
        "Title\n\nLord Mayor Tobin Reilly spoke first.\n\nThe Harrowfield Party issued a "
        "brief statement on Tuesday afternoon.\n\n\"Her membership has ended at her "
        "request,\" the statement said.\n");
    CHECK(speaker_of(a, "Her membership has ended") == "Harrowfield Party");
}

TEST_CASE("'Police' alone is the police body named before") {
    auto a = attribute_text(
        "Title\n\nOfficers of the Lakhnor Police Commissionerate arrested five men on "
        "Sunday.\n\nPolice said the gang spent the money on \"a lavish lifestyle\" of hotels.\n");
    CHECK(speaker_of(a, "a lavish lifestyle") == "Lakhnor Police Commissionerate");
}

TEST_CASE("'The City' after the City of X is that body, and it opens its clause") {
    auto a = attribute_text(
        "Title\n\nResidents accused the City of Port Alder of \"dragging its feet\" over the "
        "spill.\n\nThe City rejected the claim. \"We have invested more than R1.2 billion,\" it "
        "said.\n");
    CHECK(speaker_of(a, "We have invested") == "City of Port Alder");
}

TEST_CASE("a one-word name in apposition to 'the' and a body's kind is that body") {
    auto a = attribute_text(
        "Title\n\nWeald Water said the scheme was delayed.\n\nOfwex, the water regulator, said "
        "it was in contact with the company.\n\n\"We expect companies to deliver,\" it said.\n");
    CHECK(speaker_of(a, "We expect companies") == "Ofwex");
}

TEST_CASE("a country named with the article is no body a later 'the company' means") {
    auto a = attribute_text(
        "Nordvik Automotive cuts outlook\n\nBy Anna Lind and Tomas Berg\n\nOctober 23, 2025\n\n"
        "STOCKHOLM, Oct 23 (Reuters) - Swedish carmaker Nordvik Automotive cut its full-year "
        "profit margin forecast on Thursday, blaming a price war.\n\nShares in the company fell "
        "9.4%.\n\n\"We would rather sell fewer cars,\" Chief Executive Helena Sjoberg told "
        "reporters.\n\nSjoberg said rivals were offering \"dumping-level prices\" in Germany and "
        "the Netherlands.\n\n\"That is not competition,\" she said.\n\nThe company said in a "
        "statement it would delay production \"to align investment with demand\".\n");
    CHECK(speaker_of(a, "to align investment") == "Nordvik Automotive");
}

TEST_CASE("a quarter's months and a results sentence's first word are no company") {
    auto a = attribute_text(
        "Halvard Freight CEO to step down\n\nSTOCKHOLM, Feb 12 (Reuters) - Halvard Freight cut "
        "its dividend on Wednesday.\n\nOperating profit fell to 1.12 billion crowns in the "
        "October-December period. Net sales declined 7%.\n\nThe company blamed \"persistently "
        "weak\" container volumes.\n");
    CHECK(speaker_of(a, "persistently weak") == "Halvard Freight");
}
