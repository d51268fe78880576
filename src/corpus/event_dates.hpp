// Dates an article gives for events, absolute ("November 24, 2015") or relative to its
// publication ("last November", "November past year", "on Friday"), resolved to a calendar
// date of year, month or day precision. Relative dates need the publication date.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.hpp"
#include "corpus/text_tokens.hpp"

namespace quotecheck {

// Eight bytes: a large corpus keeps one for every claim it compares.
struct EventDate {
    int year = 0;
    uint8_t month = 0;  // 0: the year only
    uint8_t day = 0;    // 0: the month only
    // Resolved from a weekday ("on Tuesday", "yesterday"): news of the week it was published,
    // so two such dates a long way apart are about different events.
    bool weekday_relative = false;
    // A month named alone that may be this year's or last ("passed its inspection in October"
    // in February): `year` is not known. Such a date agrees with any date of its month and is
    // never itself reported as a conflict.
    bool year_unknown = false;

    EventDate() = default;
    EventDate(int y, unsigned m, unsigned d, bool from_weekday = false)
        : year(y),
          month(static_cast<uint8_t>(m)),
          day(static_cast<uint8_t>(d)),
          weekday_relative(from_weekday) {}

    std::string describe() const;  // "2015-11", "2016-06-07", "2015"
};

// Equal where both are precise: 2015 and 2015-11 agree, 2015-11 and 2015-10 do not.
bool dates_agree(const EventDate& a, const EventDate& b);
// Days between two dates (taking the first day of a month or year where less precise).
int days_between(const EventDate& a, const EventDate& b);

// 3 for "march" or "mar" (folded), nothing for any other word.
std::optional<unsigned> month_number(std::string_view folded);

struct DateMention {
    Span span;
    EventDate date;
    size_t first_token = 0, last_token = 0;  // the word tokens it covers
};

// Finds the dates in one sentence's tokens. Relative dates are left out when `published` is
// unknown: they cannot be compared.
std::vector<DateMention> find_dates(const FoldedTokens& words,
                                    std::optional<std::chrono::year_month_day> published);

bool is_date_word(std::string_view folded);
// The words is_date_word knows, for a table that joins them with others.
std::vector<std::string> date_words();

}  // namespace quotecheck
