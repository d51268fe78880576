#include "quotes/extract.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <tuple>

#include "core/utf8.hpp"

namespace quotecheck {

namespace {

enum class Family : uint8_t {
    double_mark,
    single_mark,
    guillemet,
    single_guillemet,
    corner,
    white_corner
};

struct MarkGlyph {
    Family family;
    int8_t natural;  // +1 an opening glyph, -1 a closing glyph, 0 either (straight marks)
    bool straight;
};

// Two backticks (``) open a quote that two apostrophes ('') close, as text typeset for TeX and
// some wire and treebank archives write them: ``We will,'' he said. A code point of the private
// use area stands for the pair; no text can hold it as a mark.
constexpr char32_t kBacktickPair = U'\uE060';

std::optional<MarkGlyph> glyph_of(char32_t c) {
    switch (c) {
        case kBacktickPair:
            return MarkGlyph{Family::double_mark, 1, false};
        case U'"':
        case U'\uFF02':
            return MarkGlyph{Family::double_mark, 0, true};
        case U'\'':
            return MarkGlyph{Family::single_mark, 0, true};
        case U'\u201C':
        case U'\u201E':
        case U'\u201F':
        case U'\u301D':
            return MarkGlyph{Family::double_mark, 1, false};
        case U'\u201D':
        case U'\u301E':
        case U'\u301F':
            return MarkGlyph{Family::double_mark, -1, false};
        case U'\u2018':
        case U'\u201A':
        case U'\u201B':
            return MarkGlyph{Family::single_mark, 1, false};
        case U'\u2019':
            return MarkGlyph{Family::single_mark, -1, false};
        case U'\u00AB':
            return MarkGlyph{Family::guillemet, 1, false};
        case U'\u00BB':
            return MarkGlyph{Family::guillemet, -1, false};
        case U'\u2039':
            return MarkGlyph{Family::single_guillemet, 1, false};
        case U'\u203A':
            return MarkGlyph{Family::single_guillemet, -1, false};
        case U'\u300C':
            return MarkGlyph{Family::corner, 1, false};
        case U'\u300D':
            return MarkGlyph{Family::corner, -1, false};
        case U'\u300E':
            return MarkGlyph{Family::white_corner, 1, false};
        case U'\u300F':
            return MarkGlyph{Family::white_corner, -1, false};
        default:
            return std::nullopt;
    }
}

// Pairs of opening and closing glyphs that are a correct style together.
bool same_style(char32_t open, char32_t close) {
    switch (open) {
        case kBacktickPair:
            return close == U'"';
        case U'"':
            return close == U'"';
        case U'\uFF02':
            return close == U'\uFF02';
        case U'\u201C':
            return close == U'\u201D';
        case U'\u201E':
            return close == U'\u201C' || close == U'\u201D';
        case U'\u201F':
            return close == U'\u201D';
        case U'\u201D':
            return close == U'\u201D';
        case U'\u301D':
            return close == U'\u301E' || close == U'\u301F';
        case U'\'':
            return close == U'\'';
        case U'\u2018':
            return close == U'\u2019';
        case U'\u201A':
            return close == U'\u2018' || close == U'\u2019';
        case U'\u201B':
            return close == U'\u2019';
        case U'\u2019':
            return close == U'\u2019';
        case U'\u00AB':
            return close == U'\u00BB';
        case U'\u00BB':
            return close == U'\u00AB';
        case U'\u2039':
            return close == U'\u203A';
        case U'\u203A':
            return close == U'\u2039';
        default:
            return glyph_of(open) && glyph_of(close) &&
                   glyph_of(open)->family == glyph_of(close)->family;
    }
}

// ASCII inline (nearly every neighbour of a mark); other code points ask ICU.
bool is_word_char(char32_t c) {
    if (c < 0x80) return is_ascii_alnum(static_cast<char>(c));
    return u_isalnum(static_cast<UChar32>(c)) != 0;
}
bool is_space_char(char32_t c) {
    // ASCII's White_Space: tab, line feed, vertical tab, form feed, carriage return, space.
    if (c < 0x80) return c == 0 || c == ' ' || (c >= 0x09 && c <= 0x0D);
    return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}
bool is_dash(char32_t c) {
    return c == U'-' || c == U'\u2013' || c == U'\u2014' || c == U'\u2012' || c == U'\u2015';
}
// The punctuation that ends spoken words just before their closing mark: "We will," "No."
bool ends_spoken_words(char32_t c) {
    return c == U',' || c == U'.' || c == U'!' || c == U'?';
}

// Flanking as in CommonMark's emphasis rules: an opening mark has text on its right, a
// closing mark on its left. Opening brackets and dashes count as space before a mark, and
// closing punctuation as space after it.
struct Neighbours {
    char32_t prev = 0;
    char32_t next = 0;
    char32_t next2 = 0;  // the code point after `next`
    bool prev_space() const {
        return is_space_char(prev) || prev == U'(' || prev == U'[' || prev == U'{' ||
               is_dash(prev) || prev == U'/';
    }
    bool next_space() const {
        return is_space_char(next) || next == U')' || next == U']' || next == U'}' ||
               next == U'.' || next == U',' || next == U';' || next == U':' || next == U'!' ||
               next == U'?' || is_dash(next) || next == U'\u2026';
    }
    bool prev_punct() const { return !prev_space() && !is_word_char(prev); }
    bool next_punct() const { return !next_space() && !is_word_char(next); }
    bool left_flanking() const {
        return !next_space() && (!next_punct() || prev_space() || prev_punct());
    }
    bool right_flanking() const {
        return !prev_space() && (!prev_punct() || next_space() || next_punct());
    }
};

enum class Role { open, close, glued, isolated };

Role role_of(const Neighbours& n) {
    const bool left = n.left_flanking();
    const bool right = n.right_flanking();
    if (left && !right) return Role::open;
    if (right && !left) return Role::close;
    if (left && right) return Role::glued;
    return Role::isolated;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
    return true;
}

// An apostrophe at the start of a word: 'tis, ’em, rock 'n' roll, the ’90s.
bool leading_elision(std::string_view after) {
    if (after.size() >= 2 && std::isdigit(static_cast<unsigned char>(after[0])) &&
        std::isdigit(static_cast<unsigned char>(after[1])) &&
        (after.size() == 2 || !std::isdigit(static_cast<unsigned char>(after[2])))) {
        // '90s and the class of '90, but not '90 per cent done' or '50% sure'.
        const std::string_view rest = after.substr(2);
        return !(rest.starts_with(" per") || rest.starts_with("%"));
    }
    for (std::string_view word :
         {"tis", "twas", "em", "n", "cause", "til", "bout", "round", "cept", "nuff", "ol"}) {
        if (starts_with_ci(after, word) &&
            (after.size() == word.size() ||
             !std::isalpha(static_cast<unsigned char>(after[word.size()])))) {
            return true;
        }
    }
    return false;
}

bool is_minor_title_word(std::string_view word) {
    for (std::string_view minor : {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and",
                                   "or", "but", "by", "with", "from", "as", "is"})
        if (word == minor) return true;
    return false;
}

// Whether a quote after `before` (trimmed) starts a sentence or follows a colon: the start of
// an utterance rather than a name in the writer's sentence.
// ("“…,” she said. (We are tired of promises.) “If this …”": after a sentence in brackets too.)
bool opens_sentence(std::string_view before) {
    if (before.size() >= 2 && before.back() == ')') before.remove_suffix(1);
    return before.empty() || before.ends_with(':') || before.ends_with('.') ||
           before.ends_with('?') || before.ends_with('!');
}

// A capitalised title has lower-case letters; a run all in capitals is shouting.
bool has_lower_case(std::string_view text) {
    for (uint32_t i = 0; i < text.size();)
        if (u_islower(static_cast<UChar32>(next_code_point(text, i)))) return true;
    return false;
}

struct OpenMark {
    Span mark;
    char32_t glyph;
    Family family;
    uint32_t paragraph;
    std::vector<Span> continuation_marks;
};

// Words in `text`, counted up to `limit`: callers compare the count with small numbers only, so
// a long quotation need not be read to its end.
size_t word_count(std::string_view text, size_t limit) {
    size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word && ++words == limit) return words;
        in_word = !space;
    }
    return words;
}

std::string_view trim_view(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

class Extractor {
  public:
    explicit Extractor(const Article& article) : article_(article), text_(article.text()) {}

    Extraction run() {
        const auto& paragraphs = article_.paragraphs;
        for (uint32_t p = 0; p < paragraphs.size(); ++p) paragraph(p);
        std::sort(result_.quotes.begin(), result_.quotes.end(),
                  [](const Quote& a, const Quote& b) { return a.open.start < b.open.start; });
        // In the quotes' order, each quote's marks in text order.
        std::sort(result_.continuations.begin(), result_.continuations.end(),
                  [](const ContinuationMark& a, const ContinuationMark& b) {
                      return std::tie(a.quote, a.mark.start) < std::tie(b.quote, b.mark.start);
                  });
        if (dropped_issues_ > 0) {
            result_.issues.push_back({MarkProblem::too_deep, result_.issues.back().mark, {}});
        }
        // Every article's quotes live until the report is written: growth slack would cost
        // about a quarter of the corpus's size in memory (bench/, docs/performance.md).
        result_.quotes.shrink_to_fit();
        return std::move(result_);
    }

  private:
    void issue(MarkProblem problem, Span mark, Span other = {}) {
        if (result_.issues.size() >= kMaxMarkIssues) {
            ++dropped_issues_;
            return;
        }
        result_.issues.push_back({problem, mark, other});
    }

    // The code point at `i`, `i` moved past it; two straight apostrophes ('') are one straight
    // double mark, as some wire archives write them: ''We will,'' he said; two backticks are
    // kBacktickPair. A lone backtick is no mark.
    char32_t read_mark(uint32_t& i, uint32_t end) const {
        if (i + 1 < end && text_[i] == '\'' && text_[i + 1] == '\'') {
            i += 2;
            return U'"';
        }
        if (text_[i] == '`') {
            if (i + 1 < end && text_[i + 1] == '`') {
                i += 2;
                return kBacktickPair;
            }
            ++i;
            return U'`';
        }
        return next_code_point(text_, i);
    }

    Neighbours neighbours(Span mark, Span paragraph) const {
        Neighbours n;
        if (mark.start > paragraph.start) {
            uint32_t i = mark.start;
            n.prev = previous_code_point(text_, i);
        }
        if (mark.end < paragraph.end) {
            uint32_t i = mark.end;
            n.next = next_code_point(text_, i);
            if (i < paragraph.end) n.next2 = next_code_point(text_, i);
        }
        return n;
    }

    // Offset of the first opener of `family` in the stack, searching from the top.
    std::optional<size_t> find_open(Family family) const {
        for (size_t i = stack_.size(); i-- > 0;)
            if (stack_[i].family == family) return i;
        return std::nullopt;
    }

    void push(const OpenMark& mark, Span paragraph_span) {
        (void)paragraph_span;
        if (stack_.size() >= kMaxQuoteNesting) {
            if (!too_deep_reported_) issue(MarkProblem::too_deep, mark.mark);
            too_deep_reported_ = true;
            return;
        }
        stack_.push_back(mark);
    }

    // Closes the opener at stack index `index` with `close`; openers above it were never closed.
    void close_at(size_t index, Span close, char32_t close_glyph, uint32_t paragraph) {
        for (size_t i = stack_.size(); i-- > index + 1;) abandon(stack_[i]);
        OpenMark open = std::move(stack_[index]);
        stack_.resize(index);
        if (!same_style(open.glyph, close_glyph)) issue(MarkProblem::mismatched, close, open.mark);
        emit(open, close, open.mark.end, close.start, paragraph, static_cast<uint8_t>(index));
    }

    // An inner opener left open when its enclosing quote closed: a real problem for double
    // marks, most often an apostrophe read as a mark for single ones.
    void abandon(const OpenMark& open) {
        if (open.family != Family::single_mark) issue(MarkProblem::unclosed, open.mark);
    }

    void emit(const OpenMark& open, Span close, uint32_t start, uint32_t end,
              uint32_t last_paragraph, uint8_t depth) {
        Quote quote;
        quote.open = open.mark;
        quote.close = close;
        quote.text = trimmed({start, std::max(start, end)});
        quote.first_paragraph = open.paragraph;
        quote.last_paragraph = last_paragraph;
        quote.depth = depth;
        quote.kind = classify(quote);
        if (quote.text.empty() && quote.closed()) return;  // "" is not a quotation
        for (Span mark : open.continuation_marks)
            result_.continuations.push_back({quote.open.start, mark});
        result_.quotes.push_back(std::move(quote));
    }

    // Spaces inside the marks (French « … », sloppy “ … ”) are not part of the quotation.
    Span trimmed(Span span) const {
        while (span.start < span.end) {
            uint32_t i = span.start;
            if (!is_space_char(next_code_point(text_, i))) break;
            span.start = i;
        }
        while (span.end > span.start) {
            uint32_t i = span.end;
            if (!is_space_char(previous_code_point(text_, i))) break;
            span.end = i;
        }
        return span;
    }

    // Whether an earlier quote closes in the same paragraph before this one opens. Quotes are
    // emitted as they close, so only the last few need looking at (bounded work per quote).
    bool text_before_has_quote(const Quote& quote, Span paragraph) const {
        const auto& quotes = result_.quotes;
        for (size_t i = quotes.size(), seen = 0; i-- > 0 && seen < 8; ++seen) {
            const Quote& q = quotes[i];
            if (q.open.start < paragraph.start) return false;
            if (q.closed() && q.close.end <= quote.open.start) return true;
        }
        return false;
    }

    QuoteKind classify(const Quote& quote) const {
        if (quote.first_paragraph != quote.last_paragraph) return QuoteKind::block;
        const Span paragraph = article_.paragraphs[quote.first_paragraph];
        const std::string_view content = trim_view(quote.text.in(text_));
        const std::string_view before =
            trim_view(text_.substr(paragraph.start, quote.open.start - paragraph.start));
        const std::string_view after =
            quote.closed()
                ? trim_view(text_.substr(quote.close.end,
                                         paragraph.end - std::min(paragraph.end, quote.close.end)))
                : std::string_view{};
        const size_t words = word_count(content, 9);  // "more than 8" is all that matters

        uint32_t i = 0;
        char32_t first = 0;
        while (i < content.size()) {
            first = next_code_point(content, i);
            if (u_isalnum(static_cast<UChar32>(first))) break;
        }
        const bool starts_upper =
            u_isupper(static_cast<UChar32>(first)) || u_isdigit(static_cast<UChar32>(first));
        // Sentence punctuation may sit inside a nested quote's closing mark: "He said 'no,'"
        std::string_view ending = content;
        for (bool stripped = true; stripped;) {
            stripped = false;
            for (std::string_view mark : {"'", "\u2019", "\"", "\u201D"}) {
                if (ending.size() > mark.size() && ending.ends_with(mark)) {
                    ending.remove_suffix(mark.size());
                    stripped = true;
                }
            }
        }
        const bool ends_terminal =
            !ending.empty() &&
            (ending.ends_with('.') || ending.ends_with(',') || ending.ends_with('!') ||
             ending.ends_with('?') || ending.ends_with("\u2026") || ending.ends_with(';') ||
             ending.ends_with("\u2014") || ending.ends_with('-'));
        const bool opens_clause =
            before.empty() || before.ends_with(':') || before.ends_with(',') ||
            before.ends_with('.') || before.ends_with('?') || before.ends_with('!') ||
            before.ends_with("\u2014") || before.ends_with('(') || before.ends_with("\u201C") ||
            before.ends_with('"') || before.ends_with("\u2018") ||
            // (“Meet the Press.” “Open the government …”: after a closing mark, as after '"'.)
            before.ends_with("\u201D") || (before.ends_with(')') && opens_sentence(before));
        // A short capitalised run with no sentence punctuation reads as a title or name.
        // Short function words stay lower case in titles ("Open a Door to Israel").
        // American style puts a comma or full stop inside the closing mark (her debut, “Salt
        // Wind,” won): a title still, when every word of two or more is capitalised and the quote
        // does not open a sentence. One word ("Absolutely," he said) may be a whole answer.
        auto stop_inside = [&] {
            // (A subtitle's colon may come first: “Lamps and Lenses: A Pemaquid Story,”.)
            return (ending.ends_with(',') || ending.ends_with('.')) && !opens_sentence(before) &&
                   ending.substr(0, ending.size() - 1).find_first_of(".,;!?") ==
                       std::string_view::npos &&
                   has_lower_case(content);
        };
        // The words of `part` that a title capitalises (not "a", "of", "the"), and how many of
        // them are capitalised.
        auto title_words = [](std::string_view part, size_t& capitalised, size_t& significant) {
            for (size_t w = 0; w < part.size();) {
                while (w < part.size() && part[w] == ' ') ++w;
                size_t e = part.find(' ', w);
                if (e == std::string_view::npos) e = part.size();
                const std::string_view word = part.substr(w, e - w);
                w = e;
                if (word.empty() || is_minor_title_word(word)) continue;
                uint32_t j = 0;
                const char32_t c = next_code_point(word, j);
                if (!u_isalpha(static_cast<UChar32>(c))) continue;
                ++significant;
                if (u_isupper(static_cast<UChar32>(c))) ++capitalised;
            }
        };
        auto title_like = [&] {
            if (words > 8 || words < 1 || (before.empty() && after.empty())) return false;
            if (ends_terminal && !stop_inside()) return false;
            size_t capitalised = 0, significant = 0;
            title_words(content, capitalised, significant);
            if (ends_terminal) return significant >= 2 && capitalised == significant;
            return significant > 0 && capitalised * 3 >= significant * 2;
        };
        // ("“Heard A Roar, Then Mud Everywhere”: Cloudburst Hits Uttarakhand Village": a
        // headline whose own words are all capitalised capitalises what it quotes too; four
        // words or more are someone's words, not a title.)
        auto title_case_headline = [&] {
            if (quote.first_paragraph != 0 || words < 4) return false;
            size_t capitalised = 0, significant = 0;
            title_words(before, capitalised, significant);
            title_words(after, capitalised, significant);
            return significant >= 3 && capitalised == significant;
        };
        if (title_like() && !(before.ends_with(':') && words >= 4) && !title_case_headline())
            return QuoteKind::scare;
        if (words <= 3 && !ends_terminal &&
            !(opens_clause && starts_upper && words >= 2 &&
              (before.empty() || before.ends_with(':'))))
            return QuoteKind::scare;
        // (American style: "the so-called “amyloid hypothesis,” which" is a term too, a comma
        // or a full stop inside its closing mark; a cue that reaches it makes it partial, as
        // "said it was “unacceptable.”".)
        if (words <= 3 && !starts_upper && !opens_clause && stop_inside()) return QuoteKind::scare;
        if (opens_clause && (starts_upper || before.ends_with(':')) &&
            (ends_terminal || words >= 4))
            return QuoteKind::direct;
        if (before.empty() && after.empty()) return QuoteKind::direct;
        // The second half of a split quotation: “Why,” he asked, “would anyone do that?”
        const bool ends_sentence = after.empty() || after.front() == '(' ||
                                   std::isupper(static_cast<unsigned char>(after.front()));
        if ((before.ends_with(',') || before.ends_with(':')) && ends_terminal && ends_sentence &&
            words >= 2 && text_before_has_quote(quote, paragraph))
            return QuoteKind::direct;
        return QuoteKind::partial;
    }

    void paragraph(uint32_t p) {
        const Span span = article_.paragraphs[p];
        too_deep_reported_ = false;
        uint32_t i = span.start;
        // The repeated opening mark of a continuing block quote is not a new quote.
        if (!stack_.empty() && skip_continuation_mark_) {
            uint32_t j = i;
            read_mark(j, span.end);
            stack_.front().continuation_marks.push_back({i, j});
            i = j;
            skip_continuation_mark_ = false;
        }
        // The bytes a quote mark can start with: " ' ` and the lead bytes of « » “ ” ‘ ’ 「 」 ＂.
        static constexpr auto kMarkStart = [] {
            std::array<bool, 256> start{};
            for (const unsigned byte : {0x22U, 0x27U, 0x60U, 0xC2U, 0xE2U, 0xE3U, 0xEFU})
                start[byte] = true;
            return start;
        }();
        // Runs of ASCII with no straight mark are passed over sixteen bytes at a time.
        const std::string_view body = text_.substr(0, span.end);
        while (i < span.end) {
            i = static_cast<uint32_t>(skip_plain_ascii(body, i, "\"'`"));
            if (i == span.end) break;
            if (!kMarkStart[static_cast<unsigned char>(text_[i])]) {
                ++i;
                continue;
            }
            // A mark in a code span (`"max_routes"`) is code, not a quotation.
            const auto& code = article_.code_spans;
            while (code_span_ < code.size() && code[code_span_].end <= i) ++code_span_;
            if (code_span_ < code.size() && code[code_span_].start <= i) {
                i = std::min(code[code_span_].end, span.end);
                continue;
            }
            const uint32_t start = i;
            const char32_t c = read_mark(i, span.end);
            const auto glyph = glyph_of(c);
            if (!glyph) continue;
            mark(c, *glyph, {start, i}, span, p);
        }
        end_of_paragraph(p);
    }

    void mark(char32_t c, const MarkGlyph& glyph, Span at, Span paragraph, uint32_t p) {
        const Neighbours n = neighbours(at, paragraph);
        const Role role = role_of(n);
        const auto open_same = find_open(glyph.family);
        const OpenMark opener{at, c, glyph.family, p, {}};

        if (glyph.family == Family::single_mark) {
            // Apostrophes: inside words (don't, Netanyahu’s), elisions ('90s, ’em), and after a
            // word when no single quote is open (the leaders’ meeting).
            if (is_word_char(n.prev) && is_word_char(n.next)) return;
            // ("B.C.'s health ministry", "the U.S.’s": a possessive after initials' period.)
            if (n.prev == U'.' && (n.next == U's' || n.next == U'S') && !is_word_char(n.next2) &&
                at.start >= 2 && is_word_char(static_cast<unsigned char>(text_[at.start - 2])))
                return;
            if (role == Role::open || role == Role::isolated) {
                if (role == Role::isolated && !glyph.natural) return;
                if (leading_elision(
                        text_.substr(at.end, std::min<size_t>(8, paragraph.end - at.end))))
                    return;
                if (glyph.natural < 0 && !open_same && role == Role::isolated) return;
                if (glyph.natural < 0 &&
                    open_same) {  // ’ with a single quote open and space on both sides
                    close_at(*open_same, at, c, p);
                    return;
                }
                if (role == Role::open) {
                    if (open_same && runs_on(*open_same, at, n, paragraph, p)) return;
                    push(opener, paragraph);
                }
                return;
            }
            // close or glued
            if (open_same) {
                if (apostrophe_before_word(at, n, paragraph, p, stack_[*open_same])) return;
                if (is_word_char(n.next)) issue(MarkProblem::glued_after, at);
                close_at(*open_same, at, c, p);
                return;
            }
            if (role == Role::glued && glyph.natural > 0 && !is_word_char(n.prev))
                push(opener, paragraph);
            // After sentence punctuation, with a double quote open and no single one, it is that
            // quote's closing mark in the wrong style: "Nothing is decided,' Lin said.
            if (role == Role::close && !stack_.empty() &&
                stack_.back().family == Family::double_mark && ends_spoken_words(n.prev))
                close_at(stack_.size() - 1, at, c, p);
            return;  // apostrophe or prime
        }

        if (glyph.natural > 0 && glyph.family != Family::double_mark &&
            glyph.family != Family::guillemet && glyph.family != Family::single_guillemet) {
            push(opener, paragraph);  // corner brackets have one direction only
            return;
        }
        if (glyph.natural < 0 &&
            (glyph.family == Family::corner || glyph.family == Family::white_corner)) {
            if (open_same)
                close_at(*open_same, at, c, p);
            else
                issue(MarkProblem::stray_closing, at);
            return;
        }

        // Double marks and guillemets.
        const bool closing_position =
            role == Role::close || role == Role::glued || role == Role::isolated;
        bool closes = false;
        if (open_same) {
            if (glyph.natural < 0)
                closes = true;  // ” » with a quote open
            else if (glyph.natural > 0)
                closes = role == Role::close;  // “ closing a German „…“
            else  // straight ": also one run into the next sentence (wrong."She left)
                closes = closing_position ||
                         (role == Role::open && (ends_spoken_words(n.prev) || n.prev == U'\u2026'));
        }
        if (closes) {
            if (is_word_char(n.next)) issue(MarkProblem::glued_after, at);
            close_at(*open_same, at, c, p);
            return;
        }
        if (glyph.family == Family::double_mark && !open_same && glyph.natural <= 0 &&
            role == Role::close) {
            // A closing double mark with no double quote open: it may close a quote opened with a
            // single mark (‘…”), it may be an inch prime (12"), or it is stray.
            if (auto open_single = find_open(Family::single_mark)) {
                close_at(*open_single, at, c, p);
                return;
            }
            if (glyph.straight && u_isdigit(static_cast<UChar32>(n.prev))) return;
            issue(MarkProblem::stray_closing, at);
            return;
        }
        if (glyph.straight && role != Role::open && u_isdigit(static_cast<UChar32>(n.prev)) &&
            !open_same)
            return;
        if (role == Role::close && glyph.natural < 0) {
            issue(MarkProblem::stray_closing, at);
            return;
        }
        if (role == Role::open && open_same && runs_on(*open_same, at, n, paragraph, p)) return;
        if ((role == Role::glued || role == Role::open) && n.prev != 0 &&
            (is_word_char(n.prev) || n.prev == U',' || n.prev == U'.' || n.prev == U';' ||
             n.prev == U':')) {
            issue(MarkProblem::glued_before, at);
        }
        push(opener, paragraph);
    }

    // An opening mark at the start of a sentence while the innermost open quote, of the same
    // kind, has run to the end of one: the quote carries on, as a block quote does in its next
    // paragraph (‘… doubt him. ‘Now we are told …’). It is how a quote over several paragraphs
    // reads in text whose paragraph breaks were lost (an article on one line, as some archives
    // and extraction tools give it); in a paragraph of ordinary length the quote should have
    // been closed before the new mark, and that is reported.
    bool runs_on(size_t index, Span at, const Neighbours& n, Span paragraph,
                 uint32_t at_paragraph) {
        if (index + 1 != stack_.size() || !is_space_char(n.prev)) return false;
        OpenMark& open = stack_[index];
        if (open.mark.end > at.start) return false;
        const std::string_view inside =
            trim_view(text_.substr(open.mark.end, at.start - open.mark.end));
        if (inside.empty() || word_count(inside, 3) < 3) return false;
        uint32_t end = static_cast<uint32_t>(inside.size());
        const char32_t last = previous_code_point(inside, end);
        if (last != U'.' && last != U'?' && last != U'!' && last != U'\u2026') return false;
        // The quote itself opened an utterance: at the paragraph's start or after the end of a
        // sentence, a colon or a comma (not an apostrophe in the writer's words: the 'Gers fans).
        if (open.paragraph == at_paragraph) {
            const std::string_view before =
                trim_view(text_.substr(paragraph.start, open.mark.start - paragraph.start));
            uint32_t last_of_before = static_cast<uint32_t>(before.size());
            const bool after_quote =
                !before.empty() && glyph_of(previous_code_point(before, last_of_before));
            if (!opens_sentence(before) && !before.ends_with(',') && !after_quote) return false;
        }
        if (paragraph.size() < kLostBreaksParagraph && open.family != Family::single_mark)
            issue(MarkProblem::unclosed, open.mark);
        open.continuation_marks.push_back(at);
        return true;
    }

    // A single mark at the end of a word and before another word, with a single quote open, is
    // either that quote's closing mark (called it ‘reckless’ and left) or an apostrophe: a plural
    // possessive (the teachers’ union, St James’ Park) or a dropped letter (we’re playin’ for
    // pride). It is an apostrophe when the next single mark in the paragraph that is plainly one
    // or the other closes a quote rather than opens one: ‘The teachers’ union will strike,’ she
    // said; but he called it ‘reckless’ and added: ‘We will fight it,’.
    // With no such mark before the paragraph's end, it is an apostrophe when the quote opened
    // a passage (at the paragraph's start or after a colon) that the next paragraph carries on
    // with a single mark (said: ‘The developers’ promises are worthless.¶‘We will fight,’);
    // not after a few quoted words in a sentence of the writer's (were ‘ignored’ by them).
    bool apostrophe_before_word(Span at, const Neighbours& n, Span paragraph, uint32_t p,
                                const OpenMark& open) const {
        if (!is_word_char(n.prev) || !is_space_char(n.next) || !is_word_char(n.next2)) return false;
        const std::string_view before = trim_view(text_.substr(
            paragraph.start,
            open.mark.start > paragraph.start ? open.mark.start - paragraph.start : 0));
        const bool passage = at.end + 2000 >= paragraph.end && open.paragraph == p &&
                             (before.empty() || before.back() == ':');
        const uint32_t limit = std::min<uint32_t>(paragraph.end, at.end + 2000);
        for (uint32_t i = at.end; i < limit;) {
            // Single marks only: ' and the lead byte of ‘ ’ ‚ ‛.
            if (text_[i] != '\'' && static_cast<unsigned char>(text_[i]) != 0xE2) {
                ++i;
                continue;
            }
            const uint32_t start = i;
            const char32_t c = read_mark(i, limit);
            const auto glyph = glyph_of(c);
            if (!glyph || glyph->family != Family::single_mark) continue;
            const Neighbours m = neighbours({start, i}, paragraph);
            if (is_word_char(m.prev) && is_word_char(m.next)) continue;  // don't, O’Brien
            const Role role = role_of(m);
            if (role == Role::open) {
                if (leading_elision(text_.substr(i, std::min<size_t>(8, paragraph.end - i))))
                    continue;
                return false;
            }
            if (role != Role::close) continue;
            if (is_word_char(m.prev) && is_space_char(m.next) && is_word_char(m.next2))
                continue;  // another mark that could be either
            return true;
        }
        return passage && next_paragraph_continues(p, Family::single_mark);
    }

    bool next_paragraph_continues(uint32_t p, Family family) const {
        if (p + 1 >= article_.paragraphs.size()) return false;
        const Span next = article_.paragraphs[p + 1];
        uint32_t i = next.start;
        const char32_t c = read_mark(i, next.end);
        const auto glyph = glyph_of(c);
        if (!glyph || glyph->family != family || glyph->natural < 0) {
            // ” is used as an opening mark by some writers and in Swedish.
            if (!(glyph && glyph->family == family && c == U'\u201D')) return false;
        }
        // A paragraph may open with an elision ('Tis, '90s) rather than a quote mark.
        if (family == Family::single_mark &&
            leading_elision(text_.substr(i, std::min<size_t>(8, next.end - i))))
            return false;
        Neighbours n;
        if (i < next.end) n.next = next_code_point(text_, i);
        return n.left_flanking();
    }

    void end_of_paragraph(uint32_t p) {
        if (stack_.empty()) return;
        const Span span = article_.paragraphs[p];
        // A block quote: the outermost open quote carries on when the next paragraph opens with
        // the same kind of mark. British writers do it with single marks (‘…¶‘…’); an open
        // single mark needs a few words after it and must not be an apostrophe at the start of
        // a word (the ’Gers fans), which can look like an opening mark.
        const OpenMark& outer = stack_.front();
        const bool passage =
            outer.family != Family::single_mark ||
            (outer.glyph != U'\u2019' &&
             word_count(text_.substr(outer.mark.end, span.end - outer.mark.end), 3) >= 3);
        if (passage && next_paragraph_continues(p, outer.family)) {
            for (size_t i = stack_.size(); i-- > 1;) abandon(stack_[i]);
            stack_.resize(1);
            skip_continuation_mark_ = true;
            return;
        }
        skip_continuation_mark_ = false;
        for (size_t i = 0; i < stack_.size(); ++i) {
            const OpenMark& open = stack_[i];
            const std::string_view rest = text_.substr(open.mark.end, span.end - open.mark.end);
            // A single mark never closed is most often an apostrophe: straight ('Gers), or ’ at a
            // word's start (the ’Gers fans), where software that curls marks would have put ‘.
            if (open.family == Family::single_mark &&
                (open.glyph == U'\'' || open.glyph == U'\u2019' || word_count(rest, 3) < 3))
                continue;
            issue(MarkProblem::unclosed, open.mark);
            emit(open, {}, open.mark.end, span.end, p, static_cast<uint8_t>(i));
        }
        stack_.clear();
    }

    const Article& article_;
    std::string_view text_;
    Extraction result_;
    std::vector<OpenMark> stack_;
    bool skip_continuation_mark_ = false;
    bool too_deep_reported_ = false;
    size_t code_span_ = 0;  // the first of article_.code_spans that may hold a later mark
    size_t dropped_issues_ = 0;
};

}  // namespace

Extraction extract_quotes(const Article& article) {
    return Extractor(article).run();
}

namespace {

// The last code point before `at` that is no space, not before `from`; `at` is moved to its
// start. 0 when there are only spaces.
char32_t previous_non_space(std::string_view text, uint32_t from, uint32_t& at) {
    while (at > from)
        if (const char32_t c = previous_code_point(text, at); !is_space_char(c)) return c;
    return 0;
}

// Whether the text before `at` in `paragraph` ends a sentence: . ? ! or … before the spaces,
// or a closing mark right after one (doubt him.’ ‘Now …).
bool after_sentence_end(std::string_view text, Span paragraph, uint32_t at) {
    char32_t c = previous_non_space(text, paragraph.start, at);
    if (c != 0 && glyph_of(c) && at > paragraph.start) c = previous_code_point(text, at);
    return c == U'.' || c == U'?' || c == U'!' || c == U'\u2026';
}

// Whether the text before `at` ends with a quote mark (after spaces): a quote that opens right
// after another closed.
bool after_quote_mark(std::string_view text, uint32_t at) {
    const char32_t c = previous_non_space(text, 0, at);
    return c != 0 && glyph_of(c).has_value();
}

}  // namespace

std::vector<Span> restored_paragraphs(const Article& article, const Extraction& extraction) {
    const std::string_view text = article.text();
    std::vector<uint32_t> breaks;  // where a paragraph starts again, in text order
    for (const ContinuationMark& continuation : extraction.continuations)
        breaks.push_back(continuation.mark.start);
    for (const Quote& quote : extraction.quotes)
        if (quote.depth == 0 && after_quote_mark(text, quote.open.start))
            breaks.push_back(quote.open.start);
    std::sort(breaks.begin(), breaks.end());
    std::vector<Span> paragraphs;
    bool changed = false;
    auto next_break = breaks.begin();
    for (const Span paragraph : article.paragraphs) {
        if (paragraph.size() < kLostBreaksParagraph) {
            paragraphs.push_back(paragraph);
            continue;
        }
        next_break = std::lower_bound(next_break, breaks.end(), paragraph.start);
        uint32_t start = paragraph.start;
        for (; next_break != breaks.end() && *next_break < paragraph.end; ++next_break) {
            const uint32_t at = *next_break;
            if (at <= start || !after_sentence_end(text, paragraph, at)) continue;
            uint32_t end = at;
            while (end > start && is_space_char(static_cast<unsigned char>(text[end - 1]))) --end;
            paragraphs.push_back({start, end});
            start = at;
            changed = true;
        }
        paragraphs.push_back({start, paragraph.end});
    }
    if (!changed) paragraphs.clear();
    return paragraphs;
}

}  // namespace quotecheck
