#include "corpus/event_dates.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "core/word_table.hpp"

namespace quotecheck {

namespace {

using namespace std::chrono;

constexpr std::pair<std::string_view, unsigned> kMonths[] = {
    {"january", 1},   {"jan", 1},   {"february", 2},  {"feb", 2},      {"march", 3},
    {"mar", 3},       {"april", 4}, {"apr", 4},       {"may", 5},      {"june", 6},
    {"jun", 6},       {"july", 7},  {"jul", 7},       {"august", 8},   {"aug", 8},
    {"september", 9}, {"sept", 9},  {"sep", 9},       {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11},  {"december", 12}, {"dec", 12}};
constexpr std::pair<std::string_view, unsigned> kWeekdays[] = {
    {"sunday", 0},   {"monday", 1}, {"tuesday", 2}, {"wednesday", 3},
    {"thursday", 4}, {"friday", 5}, {"saturday", 6}};

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
bool looks_ahead(const std::vector<std::string_view>& folded, size_t before) {
    for (size_t k = 0; k < before; ++k) {
        const std::string_view word = folded[k];
        // ("are expected to appear in court on Wednesday", "a planned strike on Friday".)
        if (word == "will" || word == "next" || word == "due" || word == "tomorrow" ||
            word == "ll" || word == "shall" || word == "plans" || word == "scheduled" ||
            word == "expected" || word == "planned" || word == "plan" || word == "upcoming")
            return true;
    }
    return false;
}

// Bit n of kStartLengths[a][b]: a word a date can be read from ("in", a month, a weekday,
// "last", "past", "this", "yesterday", "today") is n letters long and starts with the letters a
// and b. Nearly every word of a sentence is turned away by this one look.
constexpr auto kStartLengths = [] {
    std::array<std::array<uint16_t, 26>, 26> lengths{};
    auto add = [&](std::string_view word, size_t length) {
        lengths[word[0] - 'a'][word[1] - 'a'] |= static_cast<uint16_t>(1U << length);
    };
    for (const std::string_view word : {"in", "last", "past", "this", "yesterday", "today"})
        add(word, word.size());
    for (const auto& [month, number] : kMonths) add(month, month.size());
    for (const auto& [day, number] : kWeekdays) {
        add(day, day.size());
        add(day, day.size() + 1);  // "Tuesday’s" folds to "tuesdays"
    }
    return lengths;
}();

// Whether a folded word has the length and first two letters of a word a date can be read from.
bool has_date_start_shape(std::string_view folded) {
    if (folded.size() < 2 || folded.size() > 15) return false;
    const auto first = static_cast<unsigned>(folded[0] - 'a');
    const auto second = static_cast<unsigned>(folded[1] - 'a');
    return first < 26 && second < 26 && (kStartLengths[first][second] >> folded.size() & 1);
}

// Whether a folded word is one a date can be read from.
bool may_start_date(std::string_view folded) {
    if (!has_date_start_shape(folded)) return false;
    // "in" is the only start of two letters.
    static const WordList starts = [] {
        std::vector<std::string> words = {"in", "last", "past", "this", "yesterday", "today"};
        for (const auto& [month, number] : kMonths) words.emplace_back(month);
        for (const auto& [day, number] : kWeekdays) {
            words.emplace_back(day);
            words.push_back(std::string(day) + 's');
        }
        return WordList(words);
    }();
    return folded.size() == 2 || starts.contains(folded);
}

}  // namespace

std::optional<unsigned> month_number(std::string_view folded) {
    static const WordTable<unsigned> months(kMonths);
    const auto* found = months.find(folded);
    if (!found) return std::nullopt;
    return *found;
}

std::string EventDate::describe() const {
    if (year_unknown) return fmt::format("month {:02} of a year not given", unsigned{month});
    if (month == 0) return fmt::format("{}", year);
    if (day == 0) return fmt::format("{}-{:02}", year, unsigned{month});
    return fmt::format("{}-{:02}-{:02}", year, unsigned{month}, unsigned{day});
}

bool dates_agree(const EventDate& a, const EventDate& b) {
    if (a.year_unknown || b.year_unknown) return a.month == b.month;
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

std::vector<std::string> date_words() {
    // The words themselves, the months and the weekdays with their "Tuesday’s" form, which is
    // what month_number and weekday_number accept.
    std::vector<std::string> list = {
        "last", "past",      "year",      "years",    "late",    "early", "mid",  "next",
        "this", "today",     "yesterday", "tomorrow", "earlier", "later", "week", "month",
        "ago",  "afternoon", "morning",   "evening",  "night",   "then"};
    for (const auto& [month, number] : kMonths) list.emplace_back(month);
    for (const auto& [day, number] : kWeekdays) {
        list.emplace_back(day);
        list.push_back(std::string(day) + 's');
    }
    return list;
}

bool is_date_word(std::string_view folded) {
    static const WordList words(date_words());
    return words.contains(folded);
}

std::vector<DateMention> find_dates(const FoldedTokens& words,
                                    std::optional<year_month_day> published) {
    const std::vector<TextToken>& tokens = words.tokens;
    const std::vector<std::string_view>& folded = words.folded;
    std::vector<DateMention> dates;
    const size_t n = tokens.size();
    constexpr size_t none = SIZE_MAX;
    // Commas inside dates ("July 16, 2016") are looked through: the token after or before
    // another, or `none`.
    auto is_comma = [&](size_t k) { return tokens[k].kind != TokenKind::word && folded[k] == ","; };
    auto after = [&](size_t k) {
        if (k == none) return none;
        do ++k;
        while (k < n && is_comma(k));
        return k < n ? k : none;
    };
    auto before = [&](size_t k) {
        while (k > 0 && is_comma(k - 1)) --k;
        return k > 0 ? k - 1 : none;
    };
    auto word_of = [&](size_t k) -> std::string_view {
        return k != none && tokens[k].kind == TokenKind::word ? folded[k] : std::string_view();
    };
    auto add = [&](size_t first, size_t last, EventDate date) {
        dates.push_back({{tokens[first].span.start, tokens[last].span.end}, date, first, last});
    };
    const int pub_year = published ? static_cast<int>(published->year()) : 0;
    const unsigned pub_month = published ? static_cast<unsigned>(published->month()) : 0;

    // The next word from `from` a date may start at, in a loop of its own: it passes over nearly
    // every word of a sentence, and compiles to a few instructions a word only apart from the
    // loop that reads the dates.
    auto next_start = [&](size_t from) {
        while (from < n &&
               !(tokens[from].kind == TokenKind::word && has_date_start_shape(folded[from])))
            ++from;
        return from;
    };
    for (size_t i = next_start(0); i < n; i = next_start(i + 1)) {
        const std::string_view word = folded[i];
        if (!may_start_date(word)) continue;
        // The tokens around the start, commas passed over.
        const size_t previous_token = before(i);
        const size_t next_token = after(i);
        const size_t second_token = after(next_token);
        if (const auto month = month_number(word)) {
            const int next = integer(word_of(next_token));
            const int after_next = integer(word_of(second_token));
            const int day_before = integer(word_of(previous_token));
            // "may" is a month only next to a day or year.
            if (word == "may" && next < 0 && day_before < 0) continue;
            if (is_day(next) && is_year(after_next)) {
                add(i, second_token, {after_next, *month, static_cast<unsigned>(next)});
                i = second_token;
            } else if (is_year(next)) {
                if (is_day(day_before))
                    add(previous_token, next_token,
                        {next, *month, static_cast<unsigned>(day_before)});
                else
                    add(i, next_token, {next, *month, 0});
                i = next_token;
            } else if (published) {
                const std::string_view previous = word_of(previous_token);
                const std::string_view first = word_of(next_token);
                const std::string_view second = word_of(second_token);
                const size_t third_token = after(second_token);
                const bool last_year_after =
                    (first == "last" || first == "past") && second == "year";
                const bool of_last_year =
                    first == "of" && second == "last" && word_of(third_token) == "year";
                if (last_year_after || of_last_year) {
                    const size_t last = of_last_year ? third_token : second_token;
                    add(i, last, {pub_year - 1, *month, 0});
                    i = last;
                } else if (previous == "last" || previous == "past") {
                    // The most recent such month before the one of publication.
                    add(previous_token, i,
                        {*month < pub_month ? pub_year : pub_year - 1, *month, 0});
                } else if (is_day(next)) {
                    add(i, next_token, {pub_year, *month, static_cast<unsigned>(next)});
                    i = next_token;
                } else if (is_day(day_before)) {
                    add(previous_token, i, {pub_year, *month, static_cast<unsigned>(day_before)});
                } else if (previous != "next" && previous != "this") {
                    // A bare month later in the year than publication may be ahead or a year
                    // back: its year is not known.
                    EventDate date(pub_year, *month, 0);
                    date.year_unknown = *month > pub_month;
                    add(i, i, date);
                }
            } else if (const std::string_view previous = word_of(previous_token);
                       previous != "last" && previous != "past" && previous != "next" &&
                       previous != "this" && !is_day(next) && !is_day(day_before) &&
                       word_of(next_token) != "last" && word_of(next_token) != "past" &&
                       word_of(next_token) != "of") {
                // With no publication date, a month named alone is of a year not known.
                EventDate date(0, *month, 0);
                date.year_unknown = true;
                add(i, i, date);
            }
            continue;
        }
        if (word == "in") {
            const int year = integer(word_of(next_token));
            if (is_year(year)) {
                add(next_token, next_token, {year, 0, 0});
                i = next_token;
            }
            continue;
        }
        if (!published) continue;
        const std::string_view next = word_of(next_token);
        if ((word == "last" || word == "past") && next == "year") {
            add(i, next_token, {pub_year - 1, 0, 0});
            i = next_token;
        } else if (word == "this" && next == "year") {
            add(i, next_token, {pub_year, 0, 0});
            i = next_token;
        } else if (word == "last" && next == "month") {
            const year_month previous =
                year_month(published->year(), published->month()) - months(1);
            add(i, next_token,
                {static_cast<int>(previous.year()), static_cast<unsigned>(previous.month()), 0});
            i = next_token;
        } else if (word == "yesterday" || word == "today") {
            add(i, i, from_days(sys_days(*published) - days(word == "yesterday" ? 1 : 0), true));
        } else if (const auto weekday = weekday_number(word)) {
            const unsigned today = std::chrono::weekday(sys_days(*published)).c_encoding();
            int offset;
            if (next == "week" || word_of(previous_token) == "next" || looks_ahead(folded, i))
                offset = static_cast<int>((*weekday + 7 - today) % 7);
            else
                offset = -static_cast<int>((today + 7 - *weekday) % 7);
            add(i, i, from_days(sys_days(*published) + days(offset), true));
        }
    }
    return dates;
}

}  // namespace quotecheck
