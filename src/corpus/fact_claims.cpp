#include "corpus/fact_claims.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>

#include "core/utf8.hpp"
#include "core/word_table.hpp"

namespace quotecheck {

namespace {

std::optional<FactKind> trigger_kind(std::string_view folded) {
    static const WordTable<FactKind> triggers = {
        {"killed", FactKind::killed},       {"killing", FactKind::killed},
        {"kill", FactKind::killed},         {"kills", FactKind::killed},
        {"dead", FactKind::killed},         {"died", FactKind::killed},
        {"die", FactKind::killed},          {"dies", FactKind::killed},
        {"death", FactKind::killed},        {"deaths", FactKind::killed},
        {"fatalities", FactKind::killed},   {"lives", FactKind::killed},
        {"injured", FactKind::injured},     {"injuring", FactKind::injured},
        {"injures", FactKind::injured},     {"wounded", FactKind::injured},
        {"wounding", FactKind::injured},    {"hurt", FactKind::injured},
        {"injuries", FactKind::injured},    {"arrested", FactKind::arrested},
        {"arresting", FactKind::arrested},  {"arrests", FactKind::arrested},
        {"detained", FactKind::arrested},   {"detaining", FactKind::arrested},
        {"detentions", FactKind::arrested}, {"detainees", FactKind::arrested},
    };
    const auto* found = triggers.find(folded);
    if (!found) return std::nullopt;
    return *found;
}

std::optional<double> small_number(std::string_view word) {
    static const WordTable<double> numbers = {
        {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
        {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
        {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
        {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
        {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
        {"eighty", 80},  {"ninety", 90},    {"dozen", 12}};
    const auto* found = numbers.find(word);
    if (!found) return std::nullopt;
    return *found;
}

std::optional<double> scale(std::string_view folded) {
    if (folded == "hundred") return 1e2;
    if (folded == "thousand") return 1e3;
    if (folded == "million" || folded == "m" || folded == "mln") return 1e6;
    if (folded == "billion" || folded == "bn") return 1e9;
    if (folded == "trillion") return 1e12;
    return std::nullopt;
}

std::optional<double> digits(std::string_view raw, double& unit) {
    std::string plain;
    for (char c : raw)
        if (c != ',') plain.push_back(c);
    double value = 0;
    const auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (error != std::errc()) return std::nullopt;
    const std::string_view rest(end, plain.data() + plain.size() - end);
    if (rest.empty()) return value;
    const auto suffix = scale(rest);  // "$20m", "3bn"
    if (!suffix) return std::nullopt;
    unit = *suffix;
    return value;
}

Currency currency_word(std::string_view folded) {
    static const WordTable<Currency> words = {
        {"dollars", Currency::dollars}, {"dollar", Currency::dollar},
        {"euros", Currency::euros},     {"euro", Currency::euro},
        {"pounds", Currency::pounds},   {"rubles", Currency::rubles},
        {"roubles", Currency::roubles}, {"shekels", Currency::shekels},
        {"lira", Currency::lira},       {"liras", Currency::liras},
        {"yuan", Currency::yuan},       {"yen", Currency::yen},
        {"rupees", Currency::rupees},   {"francs", Currency::francs}};
    const auto* found = words.find(folded);
    return found ? *found : Currency::none;
}

Currency currency_symbol_before(std::string_view text, uint32_t at) {
    if (at == 0) return Currency::none;
    uint32_t i = at;
    const char32_t c = previous_code_point(text, i);
    switch (c) {
        case U'$':
            return Currency::dollars;
        case U'\u20AC':
            return Currency::euros;
        case U'\u00A3':
            return Currency::pounds;
        case U'\u20BD':
            return Currency::rubles;
        case U'\u20AA':
            return Currency::shekels;
        case U'\u00A5':
            return Currency::yen;
        default:
            return Currency::none;
    }
}

// kThirdLetters[first - 'a'][second - 'a']: a bit per letter that follows the two in one of the
// starts of a number word.
constexpr auto kThirdLetters = [] {
    std::array<std::array<uint32_t, 26>, 26> thirds{};
    for (const std::string_view start : {"one", "two", "thr", "thi", "fou", "for", "fiv", "fif",
                                         "six", "sev", "eig", "nin", "ten", "ele", "twe", "doz"})
        thirds[start[0] - 'a'][start[1] - 'a'] |= 1U << (start[2] - 'a');
    return thirds;
}();

// Whether the word can start a number: it begins with a digit, or is 3 ("one") to 13
// ("seventy-seven") bytes long and starts with the first three letters of a number word.
// Nearly all words are turned away here, before they are lower-cased and looked up.
bool may_start_number(std::string_view raw) {
    if (raw[0] >= '0' && raw[0] <= '9') return true;
    if (raw.size() < 3 || raw.size() > 13) return false;
    // `| 0x20` lower-cases a letter; a byte that is not a letter fails the range checks or
    // turns into one no start holds.
    const auto first = static_cast<unsigned>((raw[0] | 0x20) - 'a');
    const auto second = static_cast<unsigned>((raw[1] | 0x20) - 'a');
    const auto third = static_cast<unsigned>((raw[2] | 0x20) - 'a');
    return first < 26 && second < 26 && third < 26 && (kThirdLetters[first][second] >> third & 1);
}

// may_start_number for a word's folded form, for the loop over every token: true wherever
// may_start_number is (folding leaves a leading digit, and lower-cases three leading letters in
// place), so a word it turns away cannot start a number; parse_number then decides on the word.
bool may_start_number_folded(std::string_view folded) {
    if (folded.size() < 3) return !folded.empty() && folded[0] >= '0' && folded[0] <= '9';
    if (folded[0] >= '0' && folded[0] <= '9') return true;
    const auto first = static_cast<unsigned>(folded[0] - 'a');
    const auto second = static_cast<unsigned>(folded[1] - 'a');
    const auto third = static_cast<unsigned>(folded[2] - 'a');
    return first < 26 && second < 26 && third < 26 && (kThirdLetters[first][second] >> third & 1);
}

// The range a qualifier in front of a number allows.
void apply_qualifier(const std::vector<std::string_view>& folded, size_t at, double value,
                     double& low, double& high) {
    low = high = value;
    auto word = [&](size_t back) -> std::string_view {
        return at >= back ? folded[at - back] : "";
    };
    const std::string_view one = word(1), two = word(2);
    constexpr double unbounded = std::numeric_limits<double>::infinity();
    if ((two == "at" && one == "least") || (two == "no" && one == "fewer")) {
        high = unbounded;
    } else if ((two == "more" && one == "than") || one == "over" || one == "above") {
        low = value + 1e-9, high = unbounded;
    } else if (one == "nearly" || one == "almost") {
        low = value * 0.8;
    } else if (one == "about" || one == "around" || one == "some" || one == "approximately" ||
               one == "roughly" || one == "estimated") {
        low = value * 0.7, high = value * 1.3;
    } else if (two == "up" && one == "to") {
        low = 0;
    } else if ((two == "less" || two == "fewer") && one == "than") {
        low = 0, high = value - 1e-9;
    }
}

}  // namespace

std::string_view to_string(Currency currency) {
    switch (currency) {
        case Currency::none:
            return "";
        case Currency::dollars:
            return "dollars";
        case Currency::dollar:
            return "dollar";
        case Currency::euros:
            return "euros";
        case Currency::euro:
            return "euro";
        case Currency::pounds:
            return "pounds";
        case Currency::rubles:
            return "rubles";
        case Currency::roubles:
            return "roubles";
        case Currency::shekels:
            return "shekels";
        case Currency::lira:
            return "lira";
        case Currency::liras:
            return "liras";
        case Currency::yuan:
            return "yuan";
        case Currency::yen:
            return "yen";
        case Currency::rupees:
            return "rupees";
        case Currency::francs:
            return "francs";
    }
    return "";
}

std::string_view to_string(FactKind kind) {
    switch (kind) {
        case FactKind::killed:
            return "killed";
        case FactKind::injured:
            return "injured";
        case FactKind::arrested:
            return "arrested";
        case FactKind::money:
            return "money";
        case FactKind::date:
            return "date";
    }
    return "killed";
}

std::optional<double> parse_number(std::string_view text, const FoldedTokens& words, size_t at,
                                   size_t& next) {
    const std::vector<TextToken>& tokens = words.tokens;
    if (at >= tokens.size() || tokens[at].kind != TokenKind::word) return std::nullopt;
    const std::string_view raw = tokens[at].span.in(text);
    if (!may_start_number(raw)) return std::nullopt;
    double unit = 1;
    std::optional<double> value;
    if (raw[0] >= '0' && raw[0] <= '9') {
        value = digits(raw, unit);
    } else {
        // "twenty-five" folds to "twentyfive": read the parts of the written word.
        char buffer[13];
        for (size_t k = 0; k < raw.size(); ++k) buffer[k] = ascii_lower(raw[k]);
        const std::string_view lower(buffer, raw.size());
        const size_t hyphen = lower.find('-');
        if (hyphen == std::string_view::npos) {
            value = small_number(lower);
        } else {
            const auto tens = small_number(lower.substr(0, hyphen));
            const auto ones = small_number(lower.substr(hyphen + 1));
            if (tens && ones && *tens >= 20 && *ones < 10) value = *tens + *ones;
        }
    }
    if (!value) return std::nullopt;
    next = at + 1;
    while (next < tokens.size() && tokens[next].kind == TokenKind::word) {
        const auto factor = scale(words.folded[next]);
        if (!factor) break;
        unit *= *factor;
        ++next;
    }
    return *value * unit;
}

std::vector<FactClaim> find_fact_claims(std::string_view text, const FoldedTokens& words,
                                        const std::vector<DateMention>& dates, uint32_t sentence) {
    const std::vector<TextToken>& tokens = words.tokens;
    const std::vector<std::string_view>& folded = words.folded;
    std::vector<FactClaim> claims;
    const size_t n = tokens.size();
    // Tokens no count starts at: those of a date, and the group of "one of the two pilots".
    // Sized only when a token is passed over: most sentences hold no date and no group.
    std::vector<uint8_t> passed_over;
    auto pass_over = [&](size_t k) {
        if (passed_over.empty()) passed_over.resize(n, 0);
        passed_over[k] = 1;
    };
    for (const DateMention& date : dates) {
        for (size_t k = date.first_token; k <= date.last_token && k < n; ++k) pass_over(k);
        FactClaim claim;
        claim.kind = FactKind::date;
        claim.span = date.span;
        claim.date = date.date;
        claim.sentence = sentence;
        claims.push_back(claim);
    }

    // parse_number, with the words that cannot start a number (nearly all) turned away inline.
    auto number_at = [&](size_t at, size_t& next) -> std::optional<double> {
        if (tokens[at].kind != TokenKind::word || !may_start_number(tokens[at].span.in(text)))
            return std::nullopt;
        return parse_number(text, words, at, next);
    };
    // The next word from `from` a number may start at. Nearly every token is turned away here,
    // before a number is read, in a loop of its own that compiles to a few instructions a token
    // only apart from the loop that reads the claims.
    auto next_start = [&](size_t from) {
        while (from < n &&
               !(tokens[from].kind == TokenKind::word && may_start_number_folded(folded[from])))
            ++from;
        return from;
    };
    for (size_t i = next_start(0); i < n; i = next_start(i + 1)) {
        if (!passed_over.empty() && passed_over[i]) continue;
        size_t next = i;
        const auto value = parse_number(text, words, i, next);
        if (!value) continue;
        FactClaim claim;
        claim.sentence = sentence;
        // "no one was killed" is a count of none.
        const bool none = i > 0 && folded[i - 1] == "no" && folded[i] == "one";
        apply_qualifier(folded, i, none ? 0 : *value, claim.low, claim.high);

        // "one of the two pilots": the count is the first number, the second the group.
        size_t after = next;
        if (after + 2 < n && folded[after] == "of" && folded[after + 1] == "the") {
            size_t group_end = after + 2;
            if (number_at(after + 2, group_end)) {
                pass_over(after + 2);
                after = group_end;
            }
        }

        Currency currency = currency_symbol_before(text, tokens[i].span.start);
        if (currency == Currency::none && next < n) currency = currency_word(folded[next]);
        if (currency != Currency::none) {
            claim.kind = FactKind::money;
            claim.currency = currency;
            uint32_t symbol_start = tokens[i].span.start;
            if (currency_symbol_before(text, symbol_start) != Currency::none)
                previous_code_point(text, symbol_start);
            const size_t last =
                next < n && currency_word(folded[next]) != Currency::none ? next : next - 1;
            claim.span = {symbol_start, tokens[last].span.end};
            claims.push_back(claim);
            i = next - 1;
            continue;
        }

        // A trigger just before the number ("killing two officers", "death toll rose to 40").
        std::optional<size_t> trigger;
        for (size_t back = 1; back <= 4 && back <= i; ++back) {
            const size_t k = i - back;
            if (tokens[k].kind != TokenKind::word) break;
            if (trigger_kind(folded[k])) {
                trigger = k;
                break;
            }
            // ("A woman has died and 12 people are ill": a new clause opens between.)
            if (folded[k] == "and" || folded[k] == "but" || folded[k] == "while") break;
        }
        // Or after it, in the same clause ("two soldiers were killed").
        if (!trigger) {
            for (size_t k = after; k < n && k <= after + 10; ++k) {
                if (tokens[k].kind != TokenKind::word) break;
                if (trigger_kind(folded[k])) {
                    trigger = k;
                    break;
                }
                size_t ignored = k;
                if (number_at(k, ignored)) break;
            }
        }
        if (!trigger) continue;
        claim.kind = *trigger_kind(folded[*trigger]);
        const size_t first = std::min(i, *trigger);
        size_t last = std::max(next - 1, *trigger);
        // "killing two": take in who was counted ("killing two Russian officers").
        for (size_t k = last + 1; *trigger < i && k < n && k <= next + 2 &&
                                  tokens[k].kind == TokenKind::word && !is_stopword(folded[k]);
             ++k)
            last = k;
        claim.span = {tokens[first].span.start, tokens[last].span.end};
        claims.push_back(claim);
        i = next - 1;
    }
    return claims;
}

}  // namespace quotecheck
