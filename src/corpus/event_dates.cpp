#include "corpus/event_dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "core/word_table.hpp"

namespace quotecheck {

namespace {

using namespace std::chrono;

constexpr std::pair<std::string_view, unsigned> kMonths[] = {
    {"january", 1}, {"jan", 1},       {"february", 2}, {"feb", 2},  {"march", 3},
    {"april", 4},   {"apr", 4},       {"may", 5},      {"june", 6}, {"jun", 6},
    {"july", 7},    {"jul", 7},       {"august", 8},   {"aug", 8},  {"september", 9},
    {"sept", 9},    {"sep", 9},       {"october", 10}, {"oct", 10}, {"november", 11},
    {"nov", 11},    {"december", 12}, {"dec", 12}};
constexpr std::pair<std::string_view, unsigned> kWeekdays[] = {
    {"sunday", 0},   {"monday", 1}, {"tuesday", 2}, {"wednesday", 3},
    {"thursday", 4}, {"friday", 5}, {"saturday", 6}};

std::optional<unsigned> month_number(std::string_view folded) {
    static const WordTable<unsigned> months(kMonths);
    const auto* found = months.find(folded);
    if (!found) return std::nullopt;
    return *found;
}

std::optional<unsigned> weekday_number(std::string_view folded) {
    static const WordTable<unsigned> days(kWeekdays);
    if (folded.ends_with("days") && folded.size() > 6) folded.remove_suffix(1);  // "Tuesday’s"
    if (!folded.ends_with("day")) return std::nullopt;
    const auto* found = days.find(folded);
    if (!found) return std::nullopt;
    return *found;
}

// The number a word spells in digits, or -1.
int integer(std::string_view folded) {
    int value = 0;
    const auto [end, error] = std::from_chars(folded.data(), folded.data() + folded.size(), value);
    if (folded.empty() || error != std::errc() || end != folded.data() + folded.size()) return -1;
    return value;
}

bool is_year(int value) {
    return value >= 1800 && value <= 2200;
}
bool is_day(int value) {
    return value >= 1 && value <= 31;
}

EventDate from_days(sys_days day, bool weekday_relative) {
    const year_month_day ymd(day);
    return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
            static_cast<unsigned>(ymd.day()), weekday_relative};
}

// Words before a weekday that make it a coming day rather than a past one.
bool looks_ahead(const std::vector<std::string>& folded, size_t before) {
    for (size_t k = 0; k < before; ++k) {
        const std::string& word = folded[k];
        if (word == "will" || word == "next" || word == "due" || word == "tomorrow" ||
            word == "ll" || word == "shall" || word == "plans" || word == "scheduled")
            return true;
    }
    return false;
}

}  // namespace

std::string EventDate::describe() const {
    if (month == 0) return fmt::format("{}", year);
    if (day == 0) return fmt::format("{}-{:02}", year, month);
    return fmt::format("{}-{:02}-{:02}", year, month, day);
}

bool dates_agree(const EventDate& a, const EventDate& b) {
    if (a.year != b.year) return false;
    if (a.month == 0 || b.month == 0) return true;
    if (a.month != b.month) return false;
    return a.day == 0 || b.day == 0 || a.day == b.day;
}

int days_between(const EventDate& a, const EventDate& b) {
    auto to_days = [](const EventDate& d) {
        return sys_days(year(d.year) / month(d.month ? d.month : 1) / day(d.day ? d.day : 1));
    };
    return static_cast<int>((to_days(a) - to_days(b)).count());
}

bool is_date_word(std::string_view folded) {
    // One lookup: the words themselves, the months and the weekdays with their "Tuesday’s" form,
    // which is what month_number and weekday_number accept.
    static const WordList words = [] {
        std::vector<std::string> list = {
            "last", "past",      "year",      "years",    "late",    "early", "mid",  "next",
            "this", "today",     "yesterday", "tomorrow", "earlier", "later", "week", "month",
            "ago",  "afternoon", "morning",   "evening",  "night",   "then"};
        for (const auto& [month, number] : kMonths) list.emplace_back(month);
        for (const auto& [day, number] : kWeekdays) {
            list.emplace_back(day);
            list.push_back(std::string(day) + 's');
        }
        return WordList(list);
    }();
    return words.contains(folded);
}

std::vector<DateMention> find_dates(const std::vector<TextToken>& tokens,
                                    const std::vector<std::string>& folded,
                                    std::optional<year_month_day> published) {
    std::vector<DateMention> dates;
    // The words a date can be read from; the rest of the sentence is passed over with one
    // lookup each.
    static const WordList kDateStarts = [] {
        std::vector<std::string> words = {"in", "last", "past", "this", "yesterday", "today"};
        for (const auto& [month, number] : kMonths) words.emplace_back(month);
        for (const auto& [day, number] : kWeekdays) {
            words.emplace_back(day);
            words.push_back(std::string(day) + 's');  // "Tuesday’s" folds to "tuesdays"
        }
        return WordList(words);
    }();
    // Most sentences hold no date: passed over in one look at each word. Every date starts at
    // one of kDateStarts, and one that starts at "in" is a year, a word of four digits.
    bool may_hold_date = false;
    for (size_t k = 0; k < tokens.size() && !may_hold_date; ++k) {
        const std::string& word = folded[k];
        may_hold_date = tokens[k].kind == TokenKind::word && word.size() >= 3 &&
                        ((word[0] >= '0' && word[0] <= '9') || kDateStarts.contains(word));
    }
    if (!may_hold_date) return dates;
    // Commas inside dates ("July 16, 2016") are looked through.
    std::vector<size_t> order;
    order.reserve(tokens.size());
    for (size_t k = 0; k < tokens.size(); ++k)
        if (tokens[k].kind == TokenKind::word || folded[k] != ",") order.push_back(k);
    const size_t n = order.size();
    auto word_at = [&](size_t k) -> std::string_view {
        return k < n && tokens[order[k]].kind == TokenKind::word
                   ? std::string_view(folded[order[k]])
                   : std::string_view();
    };
    auto add = [&](size_t first, size_t last, EventDate date) {
        dates.push_back({{tokens[order[first]].span.start, tokens[order[last]].span.end},
                         date,
                         order[first],
                         order[last]});
    };
    const int pub_year = published ? static_cast<int>(published->year()) : 0;
    const unsigned pub_month = published ? static_cast<unsigned>(published->month()) : 0;

    for (size_t i = 0; i < n; ++i) {
        const std::string_view word = word_at(i);
        // "in" is the only start shorter than three letters, and a third of words are that short.
        if (word.size() < 3 ? word != "in" : !kDateStarts.contains(word)) continue;
        if (const auto month = month_number(word)) {
            const int next = integer(word_at(i + 1));
            const int after_next = integer(word_at(i + 2));
            const int before = i > 0 ? integer(word_at(i - 1)) : -1;
            // "may" is a month only next to a day or year.
            if (word == "may" && next < 0 && before < 0) continue;
            if (is_day(next) && is_year(after_next)) {
                add(i, i + 2, {after_next, *month, static_cast<unsigned>(next)});
                i += 2;
            } else if (is_year(next)) {
                if (is_day(before))
                    add(i - 1, i + 1, {next, *month, static_cast<unsigned>(before)});
                else
                    add(i, i + 1, {next, *month, 0});
                ++i;
            } else if (published) {
                const std::string_view previous = i > 0 ? word_at(i - 1) : std::string_view();
                const bool last_year_after =
                    (word_at(i + 1) == "last" || word_at(i + 1) == "past") &&
                    word_at(i + 2) == "year";
                const bool of_last_year =
                    word_at(i + 1) == "of" && word_at(i + 2) == "last" && word_at(i + 3) == "year";
                if (last_year_after || of_last_year) {
                    add(i, i + (of_last_year ? 3 : 2), {pub_year - 1, *month, 0});
                    i += of_last_year ? 3 : 2;
                } else if (previous == "last" || previous == "past") {
                    // The most recent such month before the one of publication.
                    add(i - 1, i, {*month < pub_month ? pub_year : pub_year - 1, *month, 0});
                } else if (is_day(next)) {
                    add(i, i + 1, {pub_year, *month, static_cast<unsigned>(next)});
                    ++i;
                } else if (is_day(before)) {
                    add(i - 1, i, {pub_year, *month, static_cast<unsigned>(before)});
                } else if (*month <= pub_month && previous != "next" && previous != "this") {
                    // A bare month later in the year than publication may be ahead or a year
                    // back: left unresolved.
                    add(i, i, {pub_year, *month, 0});
                }
            }
            continue;
        }
        if (word == "in" && is_year(integer(word_at(i + 1)))) {
            add(i + 1, i + 1, {integer(word_at(i + 1)), 0, 0});
            ++i;
            continue;
        }
        if (!published) continue;
        if ((word == "last" || word == "past") && word_at(i + 1) == "year") {
            add(i, i + 1, {pub_year - 1, 0, 0});
            ++i;
        } else if (word == "this" && word_at(i + 1) == "year") {
            add(i, i + 1, {pub_year, 0, 0});
            ++i;
        } else if (word == "last" && word_at(i + 1) == "month") {
            const year_month previous =
                year_month(published->year(), published->month()) - months(1);
            add(i, i + 1,
                {static_cast<int>(previous.year()), static_cast<unsigned>(previous.month()), 0});
            ++i;
        } else if (word == "yesterday" || word == "today") {
            add(i, i, from_days(sys_days(*published) - days(word == "yesterday" ? 1 : 0), true));
        } else if (const auto weekday = weekday_number(word)) {
            const unsigned today = std::chrono::weekday(sys_days(*published)).c_encoding();
            int offset;
            if (word_at(i + 1) == "week" || (i > 0 && word_at(i - 1) == "next") ||
                looks_ahead(folded, order[i]))
                offset = static_cast<int>((*weekday + 7 - today) % 7);
            else
                offset = -static_cast<int>((today + 7 - *weekday) % 7);
            add(i, i, from_days(sys_days(*published) + days(offset), true));
        }
    }
    return dates;
}

}  // namespace quotecheck
