#include "rules/unicode_regex.hpp"

#include <boost/regex/icu.hpp>

#include "core/utf8.hpp"

namespace quotecheck {

namespace {

// The window as UTF-32 (random access, so Boost bounds the work by the window's length) and
// the byte offset of every code point, plus one past the end. The arrays are left uninitialised
// and filled once: every window a rule searches is converted, so this runs over most of the text.
struct Utf32Window {
    std::unique_ptr<UChar32[]> chars;
    std::unique_ptr<uint32_t[]> offsets;
    size_t size = 0;  // code points

    Utf32Window(std::string_view text, Span window) {
        uint32_t i = window.start;
        const uint32_t end = std::min<uint32_t>(window.end, static_cast<uint32_t>(text.size()));
        const size_t most = end > i ? end - i : 0;  // ASCII: one code point per byte
        chars.reset(new UChar32[most]);
        offsets.reset(new uint32_t[most + 1]);
        UChar32* const to_chars = chars.get();
        uint32_t* const to_offsets = offsets.get();
        while (i < end) {
            // ASCII, nearly all of news text, a run at a time (found sixteen bytes at a time),
            // each byte its own code point: a copy loop the compiler can vectorise.
            const auto run_end =
                static_cast<uint32_t>(skip_plain_ascii(text.substr(0, end), i, {}));
            const size_t run = run_end - i;
            for (size_t k = 0; k < run; ++k) {
                to_chars[size + k] = static_cast<unsigned char>(text[i + k]);
                to_offsets[size + k] = i + static_cast<uint32_t>(k);
            }
            size += run;
            i = run_end;
            if (i == end) break;
            to_offsets[size] = i;
            to_chars[size++] = static_cast<UChar32>(decode_code_point(text, i));
        }
        to_offsets[size] = std::min(i, end);
    }
    const UChar32* begin() const { return chars.get(); }
    const UChar32* end() const { return chars.get() + size; }
    Span span(const UChar32* first, const UChar32* last) const {
        return {offsets[static_cast<size_t>(first - begin())],
                offsets[static_cast<size_t>(last - begin())]};
    }
};

std::vector<Span> pieces(std::string_view text, Span window) {
    window.end = std::min<uint32_t>(window.end, static_cast<uint32_t>(text.size()));
    std::vector<Span> out;
    while (window.size() > kMaxRegexWindowBytes) {
        uint32_t cut = window.start + kMaxRegexWindowBytes;
        const size_t space = text.substr(window.start, cut - window.start).find_last_of(" \n\t");
        if (space != std::string_view::npos && space > 0)
            cut = window.start + static_cast<uint32_t>(space);
        // Never cut inside a UTF-8 sequence.
        while (cut > window.start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        if (cut == window.start) cut = window.start + kMaxRegexWindowBytes;
        out.push_back({window.start, cut});
        window.start = cut;
    }
    out.push_back(window);
    return out;
}

}  // namespace

struct UnicodeRegex::Impl {
    boost::u32regex regex;
};

UnicodeRegex::UnicodeRegex(std::string_view pattern, bool ignore_case) {
    const boost::regex_constants::syntax_option_type flags =
        ignore_case ? boost::regex_constants::perl | boost::regex_constants::icase
                    : boost::regex_constants::perl;
    try {
        auto impl = std::make_unique<Impl>();
        impl->regex = boost::make_u32regex(pattern.begin(), pattern.end(), flags);
        impl_ = std::move(impl);
        if (!ignore_case) required_prefix_ = required_literal_prefix(pattern);
    } catch (const boost::regex_error& e) {
        throw RegexSyntaxError(e.what(),
                               static_cast<size_t>(std::max<std::ptrdiff_t>(0, e.position())));
    }
}

std::string required_literal_prefix(std::string_view pattern) {
    // A `|` outside every group and class makes the start optional.
    int depth = 0;
    bool in_class = false;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (in_class) {
            in_class = c != ']';
            continue;
        }
        if (c == '[') {
            in_class = true;
            // "[]a]" and "[^]a]": a leading ] is a member.
            if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
            if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')') {
            --depth;
        } else if (c == '|' && depth == 0) {
            return {};
        }
    }
    size_t i = 0;
    if (pattern.starts_with("\\b")) i = 2;
    std::string literal;
    static constexpr std::string_view kSpecial = "\\^$.|?*+()[]{}#";
    while (i < pattern.size()) {
        const auto c = static_cast<unsigned char>(pattern[i]);
        if (c >= 0x80 || c < 0x20 || kSpecial.find(static_cast<char>(c)) != std::string_view::npos)
            break;
        literal.push_back(static_cast<char>(c));
        ++i;
    }
    // A quantifier makes the last character optional or repeats it: it is not required.
    if (i < pattern.size() && std::string_view("?*+{").find(pattern[i]) != std::string_view::npos &&
        !literal.empty())
        literal.pop_back();
    return literal.size() >= 2 ? literal : std::string{};
}

bool UnicodeRegex::absent(std::string_view text, Span window) const {
    if (required_prefix_.empty()) return false;
    const uint32_t end = std::min<uint32_t>(window.end, static_cast<uint32_t>(text.size()));
    if (window.start >= end) return false;
    return text.substr(window.start, end - window.start).find(required_prefix_) ==
           std::string_view::npos;
}

UnicodeRegex::~UnicodeRegex() = default;
UnicodeRegex::UnicodeRegex(UnicodeRegex&&) noexcept = default;
UnicodeRegex& UnicodeRegex::operator=(UnicodeRegex&&) noexcept = default;

unsigned UnicodeRegex::group_count() const {
    return static_cast<unsigned>(impl_->regex.mark_count());
}

namespace {

RegexMatch regex_match(const Utf32Window& utf32, const boost::match_results<const UChar32*>& m) {
    RegexMatch match;
    match.span = utf32.span(m[0].first, m[0].second);
    for (size_t g = 1; g < m.size(); ++g) {
        if (m[g].matched)
            match.groups.emplace_back(utf32.span(m[g].first, m[g].second));
        else
            match.groups.emplace_back(std::nullopt);
    }
    return match;
}

}  // namespace

std::vector<RegexMatch> UnicodeRegex::find_all(std::string_view text, Span window) const {
    if (absent(text, window)) return {};
    return required_prefix_.empty() ? find_all_unfiltered(text, window)
                                    : find_all_at_prefix(text, window);
}

std::vector<RegexMatch> UnicodeRegex::find_all_at_prefix(std::string_view text, Span window) const {
    // Every match starts with the required prefix (ASCII, so each of its bytes is a code point
    // of its own): a match is tried only where the prefix stands, with match_continuous, which
    // finds there the match a search reaching that place would find. The search itself would
    // find the leftmost match from where it starts, and none can start before the prefix. The
    // whole piece is still the matcher's text, so \b and lookbehind see what comes before.
    std::vector<RegexMatch> out;
    for (Span piece : pieces(text, window)) {
        const std::string_view in_piece = text.substr(0, piece.end);
        size_t at = in_piece.find(required_prefix_, piece.start);
        if (at == std::string_view::npos) continue;
        const Utf32Window utf32(text, piece);
        const uint32_t* const offsets = utf32.offsets.get();
        boost::match_results<const UChar32*> m;
        while (at != std::string_view::npos) {
            const size_t first = static_cast<size_t>(
                std::lower_bound(offsets, offsets + utf32.size, static_cast<uint32_t>(at)) -
                offsets);
            bool found;
            try {
                found = boost::u32regex_search(utf32.begin() + first, utf32.end(), m, impl_->regex,
                                               boost::match_default | boost::match_continuous,
                                               utf32.begin());
            } catch (const std::runtime_error&) {
                throw RegexLimitExceeded(piece);
            }
            size_t next = at + 1;
            if (found) {
                out.push_back(regex_match(utf32, m));
                next = out.back().span.end;
            }
            at = in_piece.find(required_prefix_, next);
        }
    }
    return out;
}

std::vector<RegexMatch> UnicodeRegex::find_all_unfiltered(std::string_view text,
                                                          Span window) const {
    std::vector<RegexMatch> out;
    for (Span piece : pieces(text, window)) {
        const Utf32Window utf32(text, piece);
        try {
            boost::u32regex_iterator<const UChar32*> it(utf32.begin(), utf32.end(), impl_->regex),
                last;
            for (; it != last; ++it) out.push_back(regex_match(utf32, *it));
        } catch (const std::runtime_error&) {
            // Boost.Regex reports exceeding its state or stack limits as std::runtime_error.
            throw RegexLimitExceeded(piece);
        }
    }
    return out;
}

bool UnicodeRegex::matches_somewhere(std::string_view text, Span window) const {
    if (absent(text, window)) return false;
    for (Span piece : pieces(text, window)) {
        const Utf32Window utf32(text, piece);
        try {
            if (boost::u32regex_search(utf32.begin(), utf32.end(), impl_->regex)) return true;
        } catch (const std::runtime_error&) {
            throw RegexLimitExceeded(piece);
        }
    }
    return false;
}

std::optional<std::string> UnicodeRegex::catastrophic_probe() const {
    static const char* const kFillers[] = {"a", "A", "1", " ", ".", "-", "ab", "a ", "\n"};
    for (const char* filler : kFillers) {
        for (const char* tail : {"!", "\u00ff"}) {
            std::string probe;
            while (probe.size() < 40) probe += filler;
            probe += tail;
            try {
                // Unfiltered: the probe is about the pattern's backtracking, not its prefix.
                find_all_unfiltered(probe, {0, static_cast<uint32_t>(probe.size())});
            } catch (const RegexLimitExceeded&) {
                return probe;
            }
        }
    }
    return std::nullopt;
}

}  // namespace quotecheck
