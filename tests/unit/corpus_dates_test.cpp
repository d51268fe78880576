// Dates in a sentence, resolved against the publication date.
#include <catch2/catch.hpp>

#include <string>

#include "core/utf8.hpp"
#include "corpus/event_dates.hpp"
#include "load/article.hpp"

using namespace quotecheck;

namespace {

std::vector<std::string> dates_in(const std::string& sentence, const char* published) {
    FoldedTokens words;
    const std::string lowered = lowercase_ascii(sentence);
    read_folded_tokens(sentence, lowered, {0, static_cast<uint32_t>(sentence.size())}, words);
    std::vector<std::string> result;
    const auto date = published ? parse_iso_date(published) : std::nullopt;
    for (const DateMention& mention : find_dates(words, date))
        result.push_back(std::string(mention.span.in(sentence)) + "=" + mention.date.describe());
    return result;
}

using Dates = std::vector<std::string>;

}  // namespace

TEST_CASE("absolute dates are read with or without a publication date") {
    CHECK(dates_in("The jet was shot down in November 2015.", nullptr) ==
          Dates{"November 2015=2015-11"});
    CHECK(dates_in("It happened on July 16, 2016, at night.", nullptr) ==
          Dates{"July 16, 2016=2016-07-16"});
    CHECK(dates_in("It happened on 24 November 2015.", nullptr) ==
          Dates{"24 November 2015=2015-11-24"});
    CHECK(dates_in("He apologised in 2013.", nullptr) == Dates{"2013=2013"});
    // (Every month's abbreviation: "Mar" too.)
    CHECK(dates_in("It was filed on Mar 12, 2024, in Delhi.", nullptr) ==
          Dates{"Mar 12, 2024=2024-03-12"});
}

TEST_CASE("relative dates resolve against the publication date") {
    CHECK(dates_in("The jet was shot down last November.", "2016-06-07") ==
          Dates{"last November=2015-11"});
    CHECK(dates_in("The jet was shot down last November.", "2016-12-20") ==
          Dates{"last November=2016-11"});
    CHECK(dates_in("The jet was downed in November past year.", "2016-08-09") ==
          Dates{"November past year=2015-11"});
    CHECK(dates_in("He apologised in late June.", "2016-08-09") == Dates{"June=2016-06"});
    CHECK(dates_in("Talks began last year.", "2016-08-09") == Dates{"last year=2015"});
    CHECK(dates_in("They met on Friday.", "2017-03-10") == Dates{"Friday=2017-03-10"});
    CHECK(dates_in("They met on Tuesday.", "2017-03-10") == Dates{"Tuesday=2017-03-07"});
    CHECK(dates_in("He will fly to Moscow on Wednesday.", "2016-06-07") ==
          Dates{"Wednesday=2016-06-08"});
    CHECK(dates_in("The 23 people arrested are expected to appear in court on Wednesday.",
                   "2025-03-04") == Dates{"Wednesday=2025-03-05"});
    CHECK(dates_in("The vote is on September 17.", "2019-09-12") ==
          Dates{"September 17=2019-09-17"});
}

TEST_CASE("relative dates are not resolved without a publication date, nor ambiguous months") {
    CHECK(dates_in("The jet was shot down last November, on a Tuesday.", nullptr).empty());
    // A month later in the year than publication may be ahead or a year back: its year is not
    // known, and it agrees with any date of its month.
    CHECK(dates_in("Elections are due in November.", "2016-06-07") ==
          Dates{"November=month 11 of a year not given"});
    CHECK(dates_in("You may go.", "2016-06-07").empty());
    EventDate november(2016, 11, 0);
    november.year_unknown = true;
    CHECK(dates_agree(november, {2015, 11, 3}));
    CHECK_FALSE(dates_agree(november, {2015, 10, 0}));
}

TEST_CASE("dates agree where both are precise") {
    CHECK(dates_agree({2015, 11, 0}, {2015, 11, 24}));
    CHECK(dates_agree({2015, 0, 0}, {2015, 11, 0}));
    CHECK_FALSE(dates_agree({2015, 11, 0}, {2015, 10, 0}));
    CHECK_FALSE(dates_agree({2015, 11, 0}, {2016, 11, 0}));
}
