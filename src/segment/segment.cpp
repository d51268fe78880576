#include "segment/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <stdexcept>

#include "core/utf8.hpp"
#include "load/text_lines.hpp"

namespace quotecheck {

namespace {

struct OffsetStep {
    uint32_t unit;
    uint32_t extra_bytes;
};

}  // namespace

struct Segmenter::Impl {
    std::unique_ptr<icu::BreakIterator> sentences;
    // The paragraph being segmented in UTF-16, ICU's own encoding: the iterator then reads it
    // in place, where over UTF-8 it converts every 32 characters (and again when the exception
    // filter steps back). Reused for every paragraph.
    std::vector<char16_t> utf16;
    // Where UTF-16 units and bytes fall out of step: after each non-ASCII character, the unit
    // that follows it and how many more bytes than units precede that unit. Between two of
    // these (ASCII), units and bytes advance together.
    std::vector<OffsetStep> steps;
};

namespace {

struct UTextCloser {
    void operator()(UText* text) const { utext_close(text); }
};

std::unique_ptr<icu::BreakIterator> make_sentence_iterator() {
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" keeps ICU from ending sentences after abbreviations such as "U.S." or "Mr.".
    icu::Locale locale("en_US@ss=standard");
    auto create = [&](const icu::Locale& with) {
        std::unique_ptr<icu::BreakIterator> iterator(
            icu::BreakIterator::createSentenceInstance(with, status));
        if (U_FAILURE(status) || !iterator)
            throw std::runtime_error("ICU: cannot create sentence iterator");
        return iterator;
    };
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
    if (U_FAILURE(status) || !builder) {
        status = U_ZERO_ERROR;
        return create(locale);
    }
    // The builder starts from the standard abbreviations that "ss=standard" filters with, so the
    // iterator it wraps is created without that keyword: a filter inside this one, with a subset
    // of its list, would check every break a second time and never suppress one this one keeps.
    std::unique_ptr<icu::BreakIterator> base = create(icu::Locale("en_US"));
    for (const char* abbreviation :
         {"Gen.", "Lt.", "Col.", "Sgt.", "Gov.", "Sen.", "Rep.", "Rev.", "Dr.", "Prof.", "St.",
          "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Mt.", "Ft.", "Jr.",
          "Sr.", "Inc.", "Corp.", "Co.", "Ltd.", "Cmdr.", "Cdr.", "Brig.", "Det.", "Insp.", "Supt.",
          "Msgr.", "Fr.", "Atty.", "Ald.", "Cllr.", "Maj.", "Capt.", "Adm.", "Cpl.", "Pvt.", "Ds.",
          // Titles of Nigerian, South Asian, Philippine and Australian news: "Engr. Salihu
          // Momoh", "Barr. Adewale …", "Smt. Kavita …", "Usec. Eduardo …", "Cr. Lyn …".
          "Engr.", "Barr.", "Hon.", "Rt.", "Smt.", "Sh.", "Amb.", "Arc.", "Pharm.", "Usec.",
          "Asec.", "Cr.", "Coun.", "Mme.", "Const.",
          // An engineer in the Gulf and in Ghana: "Eng. Tariq Al Dhaheri", "Ing. Yaw Osei-Mensah".
          "Eng.", "Ing.",
          // Indonesian police ranks ("Adj. Comr. Hendra Kusuma"), cabinet titles in Manila
          // ("DPWH Sec. Manuel Reyes"), "Asst. Supt.".
          "Comr.", "Adj.", "Sec.", "Asst."}) {
        builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
    }
    std::unique_ptr<icu::BreakIterator> filtered(
        builder->wrapIteratorWithFilter(base.release(), status));
    if (U_FAILURE(status) || !filtered)
        throw std::runtime_error("ICU: cannot filter sentence iterator");
    return filtered;
}

// Converts `body` into `utf16`, noting where units and bytes fall out of step; false when
// `body` is not valid UTF-8 (left to ICU's own UTF-8 reading, which decides where the bad bytes'
// breaks fall).
bool to_utf16(std::string_view body, std::vector<char16_t>& utf16, std::vector<OffsetStep>& steps) {
    // A paragraph has at most as many UTF-16 units as bytes: the buffer is sized once and
    // written through a pointer, which costs a few instructions a byte where push_back costs many.
    utf16.resize(body.size());
    steps.clear();
    char16_t* const units = utf16.data();
    char16_t* unit = units;
    uint32_t i = 0;
    using Bytes = unsigned char __attribute__((vector_size(16)));
    using Units = char16_t __attribute__((vector_size(32)));
    auto sixteen_ascii = [&](uint32_t at, Bytes& bytes) {
        if (at + 16 > body.size()) return false;
        std::memcpy(&bytes, body.data() + at, 16);
        uint64_t halves[2];
        std::memcpy(halves, &bytes, 16);
        return ((halves[0] | halves[1]) & 0x8080808080808080ULL) == 0;
    };
    while (i < body.size()) {
        // ASCII, nearly all of news text, is widened sixteen bytes at a time.
        if (Bytes bytes; sixteen_ascii(i, bytes)) {
            const Units wide = __builtin_convertvector(bytes, Units);
            std::memcpy(unit, &wide, sizeof wide);
            unit += 16;
            i += 16;
            continue;
        }
        if (static_cast<unsigned char>(body[i]) < 0x80) {
            *unit++ = static_cast<unsigned char>(body[i++]);
            continue;
        }
        const uint32_t start = i;
        const char32_t c = next_code_point(body, i);
        // U+FFFD stands for bad bytes unless it is written in the text itself.
        if (c == U'\uFFFD' && body.substr(start, i - start) != "\xEF\xBF\xBD") return false;
        if (c < 0x10000) {
            *unit++ = static_cast<char16_t>(c);
        } else {
            *unit++ = static_cast<char16_t>(U16_LEAD(c));
            *unit++ = static_cast<char16_t>(U16_TRAIL(c));
        }
        const auto written = static_cast<uint32_t>(unit - units);
        steps.push_back({written, i - written});
    }
    utf16.resize(static_cast<size_t>(unit - units));
    return true;
}

}  // namespace

// Most paragraphs of a news article are one sentence; they need no iterator.
bool is_one_sentence(std::string_view body) {
    auto property = [](char32_t c) {
        if (c < 0x80) {
            if (c == '.') return U_SB_ATERM;
            if (c == '!' || c == '?') return U_SB_STERM;
            if (c == '\n' || c == '\r') return U_SB_SEP;
            if (c == ' ' || c == '\t') return U_SB_SP;
            if (c == '"' || c == '\'' || c == ')' || c == ']') return U_SB_CLOSE;
            return U_SB_OTHER;
        }
        return static_cast<USentenceBreak>(
            u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
    };
    // After a terminator: more terminators and closing marks, then spaces (SB9, SB10); a
    // terminator after the spaces starts the run again (SB8a). Anything else there means a break
    // before the end, or a rule (SB8) the iterator must decide.
    enum { text, closing, spaces } state = text;
    // In running text only terminators, line breaks and non-ASCII characters can change
    // anything: every other byte is passed over, sixteen at a time.
    static constexpr std::string_view kStops = ".!?\n\r";
    uint32_t i = 0;
    while (i < body.size()) {
        if (state == text) {
            i = static_cast<uint32_t>(skip_plain_ascii(body, i, kStops));
            if (i == body.size()) break;
        }
        const USentenceBreak kind = property(next_code_point(body, i));
        if (kind == U_SB_SEP || kind == U_SB_CR || kind == U_SB_LF) return false;
        const bool terminator = kind == U_SB_ATERM || kind == U_SB_STERM;
        if (terminator) {
            state = closing;
        } else if (state == closing) {
            if (kind == U_SB_SP)
                state = spaces;
            else if (kind != U_SB_CLOSE)
                return false;
        } else if (state == spaces && kind != U_SB_SP) {
            return false;
        }
    }
    return true;
}

namespace {

// “Why now?” he asked. — UAX #29 ends a sentence after a question or exclamation mark whatever
// follows (only a full stop is looked past when a lower-case word follows, SB8). In news text a
// quote that ends in ? or ! and is followed by a lower-case word (or a number: "“Never say
// die!” 54-year-old supporter Nii Ashitey said") goes on with its attribution.
bool continues_quote(std::string_view text, uint32_t previous_end, uint32_t next_start) {
    uint32_t at = next_start;
    if (at >= text.size()) return false;
    const auto next = static_cast<UChar32>(next_code_point(text, at));
    if (!u_islower(next) && !u_isdigit(next)) return false;
    uint32_t back = previous_end;
    if (back == 0) return false;
    const char32_t mark = previous_code_point(text, back);
    if (u_getIntPropertyValue(static_cast<UChar32>(mark), UCHAR_QUOTATION_MARK) == 0) return false;
    if (back == 0) return false;
    char32_t terminator = previous_code_point(text, back);
    // (Past the closing mark of a quote inside it too: "… screaming, ‘Mamá, it’s moving!’”
    // said Carmen Ríos".)
    for (int marks = 1;
         marks < 3 && back > 0 &&
         u_getIntPropertyValue(static_cast<UChar32>(terminator), UCHAR_QUOTATION_MARK) != 0;
         ++marks)
        terminator = previous_code_point(text, back);
    return terminator == U'?' || terminator == U'!' || terminator == U'‼' || terminator == U'⁉' ||
           terminator == U'⁈' || terminator == U'⁇';
}

// Whether `before` ends with `word` as a word of its own: nothing alphanumeric right before it.
bool ends_with_word(std::string_view before, std::string_view word) {
    return before.ends_with(word) &&
           (before.size() == word.size() ||
            !std::isalnum(static_cast<unsigned char>(before[before.size() - word.size() - 1])));
}

// Words that open sentences: initials or an initialism before one of them did end the
// sentence.
constexpr std::string_view kSentenceOpeners[] = {
    "The",     "A",    "An",  "He",    "She",   "It",      "They",     "We",     "I",
    "But",     "And",  "In",  "On",    "At",    "This",    "That",     "There",  "These",
    "Those",   "His",  "Her", "Its",   "Their", "Our",     "After",    "Before", "When",
    "While",   "As",   "If",  "So",    "Yet",   "Some",    "Many",     "Most",   "Officials",
    "Critics", "Then", "Now", "Still", "Also",  "However", "Meanwhile"};

// Whether the word at `next_start` is one of them.
bool opens_sentence(std::string_view text, uint32_t next_start) {
    std::string_view next = text.substr(next_start);
    next = next.substr(0, std::min(next.find_first_of(" ,.;:!?"), next.size()));
    return std::find(std::begin(kSentenceOpeners), std::end(kSentenceOpeners), next) !=
           std::end(kSentenceOpeners);
}

// “…,” U.S. Attorney Karen Lowe said. — ICU's sentence rules end a sentence after "U.S." and
// the like before a capital even with the "standard" abbreviations, which splits a subject
// from its verb. News text writes these before a title or name far more often than at the end
// of a sentence, so the break is dropped unless the next word is one that opens sentences.
bool continues_after_initialism(std::string_view text, uint32_t previous_end, uint32_t next_start) {
    static constexpr std::string_view kInitialisms[] = {"U.S.", "U.K.", "U.N.", "D.C.", "E.U."};
    const std::string_view before = text.substr(0, previous_end);
    if (std::none_of(std::begin(kInitialisms), std::end(kInitialisms),
                     [&](std::string_view word) { return ends_with_word(before, word); }))
        return false;
    return !opens_sentence(text, next_start);
}

// "Young said the locker\nroom had been “tense”": a hard-wrapped paragraph keeps its line
// breaks, and ICU ends a sentence at every one. A break there is kept only after what ends a
// sentence (. ! ? …, and any closing marks after them).
bool continues_after_line_break(std::string_view text, uint32_t previous_end, uint32_t next_start) {
    if (text.substr(previous_end, next_start - previous_end).find('\n') == std::string_view::npos)
        return false;
    uint32_t back = previous_end;
    while (back > 0) {
        const char32_t c = previous_code_point(text, back);
        if (c == U'.' || c == U'!' || c == U'?' || c == U'\u2026') return false;
        const bool closing = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_QUOTATION_MARK) ||
                             c == U')' || c == U']' || c == U'*' || c == U'_';
        if (!closing) return true;
    }
    return false;
}

// "A.K. Sharma", "J.R.R. Tolkien", "said P. J. Smith": initials before a name, where ICU ends a
// sentence. Two letters or more always go on; a single one only after a capitalised word,
// another initial, a word that names someone next ("said P.") or a quote's comma and closing
// mark, so "vitamin D. The" still ends. Neither goes on before a word that opens sentences.
bool continues_after_initials(std::string_view text, uint32_t previous_end, uint32_t next_start) {
    const std::string_view before = text.substr(0, previous_end);
    size_t start = before.size();
    size_t letters = 0;
    while (start >= 2 && before[start - 1] == '.' && before[start - 2] >= 'A' &&
           before[start - 2] <= 'Z' && letters < 4) {
        start -= 2;
        ++letters;
    }
    if (letters == 0 || (start > 0 && before[start - 1] != ' ')) return false;
    if (next_start >= text.size() || text[next_start] < 'A' || text[next_start] > 'Z') return false;
    if (letters == 1) {
        const std::string_view head = before.substr(0, start > 0 ? start - 1 : 0);
        const size_t space = head.find_last_of(' ');
        const std::string_view word = head.substr(space == std::string_view::npos ? 0 : space + 1);
        // (Or right after a quote: "“…,” S. Venkatesan said".)
        const bool names_next = word == "said" || word == "says" || word == "by" ||
                                word == "told" || word == "and" || word == "with" ||
                                word.ends_with(",\u201D") || word.ends_with(",\"") ||
                                word.ends_with(",\u2019") || word.ends_with(",'");
        if (word.empty() || !(std::isupper(static_cast<unsigned char>(word.front())) || names_next))
            return false;
    }
    return !opens_sentence(text, next_start);
}

// "Lt. Anna Berg", "the Rt. Hon. member": a title that always stands before a name, where ICU
// ends a sentence all the same. ICU's English exceptions hold "Lt." only as the start of a
// longer one ("Lt. Col."), which keeps the builder's own "Lt." from suppressing anything; the
// plurals ("Sens. Warren and Sanders") it does not hold at all.
bool continues_after_title(std::string_view text, uint32_t previous_end, uint32_t next_start) {
    static constexpr std::string_view kTitles[] = {"Lt.",     "Lieut.", "Rt.",    "Hon.",  "Mme.",
                                                   "Messrs.", "Mssrs.", "Gens.",  "Sens.", "Reps.",
                                                   "Govs.",   "Drs.",   "Profs.", "Sgts.", "Cols.",
                                                   "Capts.",  "Cmdrs.", "Lts.",   "Mlle.", "Mmes."};
    const std::string_view before = text.substr(0, previous_end);
    const bool title = std::any_of(std::begin(kTitles), std::end(kTitles),
                                   [&](std::string_view w) { return ends_with_word(before, w); });
    if (!title || next_start >= text.size()) return false;
    const auto first = static_cast<unsigned char>(text[next_start]);
    return (first >= 'A' && first <= 'Z') || first >= 0x80;
}

}  // namespace

Segmenter::Segmenter(bool always_iterate)
    : impl_(std::make_unique<Impl>()), always_iterate_(always_iterate) {
    impl_->sentences = make_sentence_iterator();
}

Segmenter::~Segmenter() = default;

Segments Segmenter::segment(const Article& article) {
    Segments result;
    const std::string_view text = article.text();
    result.paragraph_first_sentence.reserve(article.paragraphs.size() + 1);
    UErrorCode status = U_ZERO_ERROR;
    for (uint32_t p = 0; p < article.paragraphs.size(); ++p) {
        result.paragraph_first_sentence.push_back(static_cast<uint32_t>(result.sentences.size()));
        const Span paragraph = article.paragraphs[p];
        const std::string_view body = paragraph.in(text);
        if (!always_iterate_ && is_one_sentence(body)) {
            const std::string_view piece = trim(body);
            if (piece.empty()) continue;
            const auto piece_start = static_cast<uint32_t>(piece.data() - text.data());
            result.sentences.push_back(
                {{piece_start, piece_start + static_cast<uint32_t>(piece.size())}, p});
            continue;
        }
        // Break positions come back in UTF-16 units, or in bytes when ICU reads the UTF-8.
        const bool in_utf16 = to_utf16(body, impl_->utf16, impl_->steps);
        std::unique_ptr<UText, UTextCloser> utext(
            in_utf16
                ? utext_openUChars(nullptr, impl_->utf16.data(),
                                   static_cast<int64_t>(impl_->utf16.size()), &status)
                : utext_openUTF8(nullptr, body.data(), static_cast<int64_t>(body.size()), &status));
        if (U_FAILURE(status)) {
            status = U_ZERO_ERROR;
            result.sentences.push_back({paragraph, p});
            continue;
        }
        impl_->sentences->setText(utext.get(), status);
        // Breaks come in increasing order, so the steps passed stay passed.
        size_t step = 0;
        uint32_t extra_bytes = 0;
        auto to_byte = [&](int32_t position) {
            const auto at = static_cast<uint32_t>(position);
            if (!in_utf16) return at;
            const std::vector<OffsetStep>& steps = impl_->steps;
            for (; step < steps.size() && steps[step].unit <= at; ++step)
                extra_bytes = steps[step].extra_bytes;
            return at + extra_bytes;
        };
        const size_t first_of_paragraph = result.sentences.size();
        uint32_t start = to_byte(impl_->sentences->first());
        for (int32_t next = impl_->sentences->next(); next != icu::BreakIterator::DONE;
             next = impl_->sentences->next()) {
            const uint32_t end = to_byte(next);
            const std::string_view piece = trim(body.substr(start, end - start));
            start = end;
            if (piece.empty()) continue;
            const auto piece_start = static_cast<uint32_t>(piece.data() - text.data());
            const auto piece_end = piece_start + static_cast<uint32_t>(piece.size());
            if (result.sentences.size() > first_of_paragraph &&
                (continues_quote(text.substr(0, piece_end), result.sentences.back().span.end,
                                 piece_start) ||
                 continues_after_initialism(text, result.sentences.back().span.end, piece_start) ||
                 continues_after_title(text, result.sentences.back().span.end, piece_start) ||
                 continues_after_initials(text, result.sentences.back().span.end, piece_start) ||
                 continues_after_line_break(text, result.sentences.back().span.end, piece_start))) {
                result.sentences.back().span.end = piece_end;
                continue;
            }
            result.sentences.push_back({{piece_start, piece_end}, p});
        }
    }
    result.paragraph_first_sentence.push_back(static_cast<uint32_t>(result.sentences.size()));
    result.sentences.shrink_to_fit();  // kept for the whole run, like the article's text
    return result;
}

uint32_t Segments::sentence_at(uint32_t offset) const {
    auto it = std::lower_bound(sentences.begin(), sentences.end(), offset,
                               [](const Sentence& s, uint32_t o) { return s.span.end <= o; });
    return static_cast<uint32_t>(it - sentences.begin());
}

}  // namespace quotecheck
