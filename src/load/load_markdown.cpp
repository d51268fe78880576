// Markdown articles: front matter for metadata, block syntax (headings, block quotes, lists,
// code fences) and inline syntax (emphasis, links, code, HTML) stripped, so quotes are found in
// the prose only. Every byte of the resulting text maps back into the Markdown file.
#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/utf8.hpp"
#include "load/entities.hpp"
#include "load/front_matter.hpp"
#include "load/load.hpp"
#include "load/text_builder.hpp"
#include "load/text_lines.hpp"

namespace quotecheck {

namespace {

bool is_ascii_punct(char c) {
    return std::ispunct(static_cast<unsigned char>(c)) != 0;
}
// Longest inline HTML tag recognised ("<a href=…>"); a '<' with no '>' this close is text.
constexpr size_t kMaxInlineTag = 200;

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n';
}
bool is_alnum(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           (static_cast<unsigned char>(c) >= 0x80);
}

// The bytes that can start inline syntax: escapes, code spans, images, links, HTML, character
// references, emphasis and strikethrough.
constexpr std::string_view kInlineSyntaxBytes = "\\`![<&*_~";
constexpr auto kInlineSyntax = [] {
    std::array<bool, 256> table{};
    for (const char c : kInlineSyntaxBytes) table[static_cast<unsigned char>(c)] = true;
    return table;
}();

// Where the inline constructs of one line close, found in one pass over the line, so that a
// line of fifty thousand '[', '`' or '<!--' is read in linear time instead of being rescanned
// from every mark.
class InlineIndex {
    // The bytes the index looks at; any other byte only ends a backslash escape.
    static constexpr std::string_view kIndexedBytes = ")][`-\\";
    static constexpr auto kIndexed = [] {
        std::array<bool, 256> table{};
        for (const char c : kIndexedBytes) table[static_cast<unsigned char>(c)] = true;
        return table;
    }();

  public:
    struct Link {
        size_t open;        // '['
        size_t label_end;   // the matching ']'
        size_t target_end;  // the ')' or ']' that ends the target
        char target_open;   // '(' for [text](url), '[' for [text][ref]
    };

    InlineIndex(std::string_view source, size_t start, size_t stop) {
        std::vector<size_t> open_brackets;
        // Labels whose target's closing character has not been seen yet, in source order, read
        // from `first` on (unlike a deque, nothing is allocated for a line without links).
        struct Awaiting {
            std::vector<Link> links;
            size_t first = 0;
            void push_back(const Link& link) { links.push_back(link); }
        };
        Awaiting awaiting_paren, awaiting_bracket;
        auto resolve = [&](Awaiting& awaiting, size_t at) {
            while (awaiting.first < awaiting.links.size() &&
                   awaiting.links[awaiting.first].label_end + 2 <= at) {
                Link link = awaiting.links[awaiting.first++];
                link.target_end = at;
                links_.push_back(link);
            }
        };
        // Link targets, code span closers and comment ends are found in the raw bytes, as
        // CommonMark does; backslash escapes only keep a bracket from opening or closing a label.
        bool escaped = false;
        const std::string_view line = source.substr(0, stop);
        for (size_t i = start; i < stop; ++i) {
            // Runs of ASCII the index does not look at are passed over sixteen bytes at a time.
            if (const size_t next = skip_plain_ascii(line, i, kIndexedBytes); next != i) {
                escaped = false;
                i = next;
                if (i == stop) break;
            }
            const char c = source[i];
            if (!kIndexed[static_cast<unsigned char>(c)]) {
                escaped = false;
                continue;
            }
            if (c == ')') resolve(awaiting_paren, i);
            if (c == ']') resolve(awaiting_bracket, i);
            if (c == '`' && (i == start || source[i - 1] != '`')) {
                size_t run = i;
                while (run < stop && source[run] == '`') ++run;
                code_runs_[run - i].push_back(i);
            }
            if (c == '-' && i + 3 <= stop && source.substr(i, 3) == "-->")
                comment_closes_.push_back(i);
            if (escaped) {
                escaped = false;
                continue;
            }
            if (c == '\\') escaped = true;
            if (c == '[') open_brackets.push_back(i);
            if (c == ']' && !open_brackets.empty()) {
                const size_t open = open_brackets.back();
                open_brackets.pop_back();
                if (i + 1 < stop && (source[i + 1] == '(' || source[i + 1] == '[')) {
                    const Link pending{open, i, 0, source[i + 1]};
                    (pending.target_open == '(' ? awaiting_paren : awaiting_bracket)
                        .push_back(pending);
                }
            }
        }
        std::sort(links_.begin(), links_.end(),
                  [](const Link& a, const Link& b) { return a.open < b.open; });
    }

    // The link whose label opens at `open`, if its label and target both close.
    const Link* link_at(size_t open) const {
        auto it = std::lower_bound(links_.begin(), links_.end(), open,
                                   [](const Link& link, size_t at) { return link.open < at; });
        return it != links_.end() && it->open == open ? &*it : nullptr;
    }
    // Start of the first run of exactly `length` backticks at or after `from` (CommonMark's
    // code span closer), or npos.
    size_t code_span_close(size_t from, size_t length) const {
        auto runs = code_runs_.find(length);
        if (runs == code_runs_.end()) return std::string_view::npos;
        auto it = std::lower_bound(runs->second.begin(), runs->second.end(), from);
        return it == runs->second.end() ? std::string_view::npos : *it;
    }
    // Start of the first "-->" at or after `from`, or npos.
    size_t comment_close(size_t from) const {
        auto it = std::lower_bound(comment_closes_.begin(), comment_closes_.end(), from);
        return it == comment_closes_.end() ? std::string_view::npos : *it;
    }

  private:
    std::vector<Link> links_;                                    // by opening bracket
    std::unordered_map<size_t, std::vector<size_t>> code_runs_;  // run length -> run starts
    std::vector<size_t> comment_closes_;
};

class MarkdownLoader {
  public:
    MarkdownLoader(Article& article, std::string_view source)
        : article_(article), source_(source) {}

    void run(size_t body_start) {
        size_t pos = body_start;
        while (pos < source_.size()) {
            size_t nl = source_.find('\n', pos);
            const size_t end = nl == std::string_view::npos ? source_.size() : nl;
            size_t content_end = end;
            if (content_end > pos && source_[content_end - 1] == '\r') --content_end;
            line(pos, content_end);
            pos = nl == std::string_view::npos ? source_.size() : nl + 1;
        }
        out_.end_paragraph();
        std::string& text = out_.text();
        while (text.ends_with('\n')) text.pop_back();
        article_.paragraphs = std::move(out_.paragraphs());
        article_.set_text(std::move(text), std::move(out_.map()));
    }

    std::string first_heading;

  private:
    void line(size_t start, size_t end) {
        std::string_view content = source_.substr(start, end - start);
        const std::string_view stripped = trim(content);
        if (in_comment_) {
            const size_t close = content.find("-->");
            comment_body_.append(
                content.substr(0, close == std::string_view::npos ? content.size() : close));
            comment_body_.push_back('\n');
            if (close != std::string_view::npos) {
                article_.comments.push_back(
                    {std::string(trim(comment_body_)),
                     {comment_start_, static_cast<uint32_t>(start + close + 3)}});
                in_comment_ = false;
            }
            return;
        }
        if (fence_) {
            if (stripped.starts_with(fence_marker_)) fence_ = false;
            return;
        }
        if (stripped.starts_with("```") || stripped.starts_with("~~~")) {
            out_.end_paragraph();
            fence_ = true;
            fence_marker_ = std::string(stripped.substr(0, 3));
            return;
        }
        if (stripped.empty()) {
            out_.end_paragraph();
            return;
        }
        if (stripped.starts_with("<!--")) {
            out_.end_paragraph();
            const auto comment_at = static_cast<uint32_t>(stripped.data() - source_.data());
            const size_t close = stripped.find("-->", 4);
            if (close != std::string_view::npos) {
                article_.comments.push_back(
                    {std::string(trim(stripped.substr(4, close - 4))),
                     {comment_at, comment_at + static_cast<uint32_t>(close + 3)}});
                const std::string_view rest = trim(stripped.substr(close + 3));
                if (!rest.empty()) {
                    const auto rest_at = static_cast<size_t>(rest.data() - source_.data());
                    inline_text(rest_at, rest_at + rest.size());
                }
            } else {
                in_comment_ = true;
                comment_start_ = comment_at;
                comment_body_ = std::string(stripped.substr(4));
                comment_body_.push_back('\n');
            }
            return;
        }
        // Thematic breaks and setext underlines end a paragraph and add no text.
        if (stripped.size() >= 3 &&
            std::all_of(stripped.begin(), stripped.end(),
                        [&](char c) { return c == stripped[0] || c == ' '; }) &&
            (stripped[0] == '-' || stripped[0] == '*' || stripped[0] == '_' ||
             stripped[0] == '=')) {
            out_.end_paragraph();
            return;
        }
        // Link reference definitions: "[id]: http://…".
        if (stripped.starts_with('[')) {
            const size_t close = stripped.find("]:");
            if (close != std::string_view::npos && stripped.find("](") == std::string_view::npos)
                return;
        }

        size_t pos = static_cast<size_t>(stripped.data() - source_.data());
        const size_t stop = pos + stripped.size();
        // Block quote markers, possibly nested.
        bool quoted = false;
        while (pos < stop && source_[pos] == '>') {
            quoted = true;
            ++pos;
            while (pos < stop && source_[pos] == ' ') ++pos;
        }
        if (quoted && pos >= stop) {
            out_.end_paragraph();
            return;
        }
        // Headings are paragraphs of their own.
        if (source_[pos] == '#') {
            size_t hashes = pos;
            while (hashes < stop && source_[hashes] == '#') ++hashes;
            if (hashes - pos <= 6 && (hashes == stop || source_[hashes] == ' ')) {
                out_.end_paragraph();
                size_t text_start = hashes;
                while (text_start < stop && source_[text_start] == ' ') ++text_start;
                size_t text_end = stop;
                while (text_end > text_start && source_[text_end - 1] == '#') --text_end;
                while (text_end > text_start && source_[text_end - 1] == ' ') --text_end;
                const size_t heading_text_start = out_.text().size();
                inline_text(text_start, text_end);
                if (first_heading.empty())
                    first_heading =
                        std::string(trim(std::string_view(out_.text()).substr(heading_text_start)));
                out_.end_paragraph();
                return;
            }
        }
        // List items start a paragraph of their own.
        if (pos + 1 < stop && (source_[pos] == '-' || source_[pos] == '*' || source_[pos] == '+') &&
            source_[pos + 1] == ' ') {
            out_.end_paragraph();
            pos += 2;
        } else {
            size_t digits = pos;
            while (digits < stop && std::isdigit(static_cast<unsigned char>(source_[digits])))
                ++digits;
            if (digits > pos && digits - pos <= 9 && digits + 1 < stop &&
                (source_[digits] == '.' || source_[digits] == ')') && source_[digits + 1] == ' ') {
                out_.end_paragraph();
                pos = digits + 2;
            }
        }
        out_.separate('\n', static_cast<uint32_t>(start));
        inline_text(pos, stop);
    }

    // Emphasis delimiters are removed when they open or close emphasis, and kept when they are
    // ordinary characters (a lone "*" between spaces, snake_case underscores).
    bool emphasis_delimiter(size_t pos, size_t run_end) const {
        const char marker = source_[pos];
        const char before = pos > 0 ? source_[pos - 1] : ' ';
        const char after = run_end < source_.size() ? source_[run_end] : ' ';
        if (is_space(before) && is_space(after)) return false;
        if (marker == '_' && is_alnum(before) && is_alnum(after)) return false;
        return true;
    }

    void inline_text(size_t pos, size_t stop) {
        const InlineIndex index(source_, pos, stop);
        // Links whose label is being read: its text is kept, then the link target is skipped.
        // A stack rather than recursion, so that labels nested 50,000 deep cannot overflow it.
        std::vector<const InlineIndex::Link*> open_links;
        size_t copy_from = pos;
        auto flush = [&](size_t upto) {
            if (upto > copy_from)
                out_.append(source_.substr(copy_from, upto - copy_from),
                            static_cast<uint32_t>(copy_from));
        };
        // A link closes within `end` and leaves room for its target.
        auto link_fits = [](const InlineIndex::Link* link, size_t end) {
            return link != nullptr && link->label_end + 1 < end && link->target_end < end;
        };
        while (true) {
            const size_t end = open_links.empty() ? stop : open_links.back()->label_end;
            if (pos >= end) {
                if (open_links.empty()) break;
                flush(end);
                pos = open_links.back()->target_end + 1;
                copy_from = pos;
                open_links.pop_back();
                continue;
            }
            // Plain text is passed over, ASCII sixteen bytes at a time.
            const std::string_view text = source_.substr(0, end);
            for (pos = skip_plain_ascii(text, pos, kInlineSyntaxBytes);
                 pos < end && !kInlineSyntax[static_cast<unsigned char>(source_[pos])];)
                pos = skip_plain_ascii(text, pos + 1, kInlineSyntaxBytes);
            if (pos >= end) continue;
            const char c = source_[pos];
            if (c == '\\' && pos + 1 < end && is_ascii_punct(source_[pos + 1])) {
                flush(pos);
                copy_from = pos + 1;
                pos += 2;
                continue;
            }
            if (c == '`') {
                size_t run = pos;
                while (run < end && source_[run] == '`') ++run;
                const size_t length = run - pos;
                const size_t close = index.code_span_close(run, length);
                if (close != std::string_view::npos && close + length <= end) {
                    flush(pos);
                    const auto code_start = static_cast<uint32_t>(out_.text().size());
                    out_.append(source_.substr(run, close - run), static_cast<uint32_t>(run));
                    article_.code_spans.push_back(
                        {code_start, static_cast<uint32_t>(out_.text().size())});
                    pos = close + length;
                    copy_from = pos;
                    continue;
                }
                pos = run;
                continue;
            }
            if (c == '!' && pos + 1 < end && source_[pos + 1] == '[') {
                const InlineIndex::Link* image = index.link_at(pos + 1);
                if (link_fits(image, end) && image->target_open == '(') {
                    flush(pos);
                    pos = image->target_end + 1;
                    copy_from = pos;
                    continue;
                }
            }
            if (c == '[') {
                const InlineIndex::Link* link = index.link_at(pos);
                if (link_fits(link, end)) {
                    flush(pos);
                    open_links.push_back(link);
                    pos += 1;
                    copy_from = pos;
                    continue;
                }
            }
            if (c == '<' && pos + 1 < end) {
                const char next = source_[pos + 1];
                if (source_.substr(pos, 4) == "<!--") {
                    const size_t close = index.comment_close(pos + 4);
                    if (close != std::string_view::npos && close + 3 <= end) {
                        flush(pos);
                        article_.comments.push_back(
                            {std::string(trim(source_.substr(pos + 4, close - pos - 4))),
                             {static_cast<uint32_t>(pos), static_cast<uint32_t>(close + 3)}});
                        pos = close + 3;
                        copy_from = pos;
                        continue;
                    }
                }
                if (std::isalpha(static_cast<unsigned char>(next)) || next == '/') {
                    // Inline HTML tags are short; looking further would rescan a long line at
                    // every '<'.
                    const size_t close =
                        source_.substr(pos, std::min<size_t>(kMaxInlineTag, end - pos)).find('>');
                    if (close != std::string_view::npos) {
                        flush(pos);
                        pos += close + 1;
                        copy_from = pos;
                        continue;
                    }
                }
            }
            if (c == '&') {
                std::string decoded;
                const size_t used =
                    decode_character_reference(source_.substr(pos, end - pos), decoded);
                if (used > 0) {
                    flush(pos);
                    out_.append_replacement(decoded, static_cast<uint32_t>(pos),
                                            static_cast<uint32_t>(pos + used));
                    pos += used;
                    copy_from = pos;
                    continue;
                }
            }
            if (c == '*' || c == '_' || (c == '~' && pos + 1 < end && source_[pos + 1] == '~')) {
                size_t run = pos;
                while (run < end && source_[run] == c) ++run;
                if (emphasis_delimiter(pos, run)) {
                    flush(pos);
                    pos = run;
                    copy_from = pos;
                    continue;
                }
                pos = run;
                continue;
            }
            ++pos;
        }
        flush(stop);
    }

    Article& article_;
    std::string_view source_;
    TextBuilder out_;
    bool fence_ = false;
    std::string fence_marker_;
    bool in_comment_ = false;
    uint32_t comment_start_ = 0;
    std::string comment_body_;
};

}  // namespace

void load_markdown(Article& article) {
    const std::string_view bytes = article.source().bytes();
    const size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    const FrontMatter front = parse_front_matter(bytes.substr(bom));
    if (const std::string* title = front.find("title")) article.title = *title;
    for (const char* key : {"date", "published", "publication_date"}) {
        if (const std::string* date = front.find(key)) {
            article.published = parse_iso_date(*date);
            if (article.published) break;
        }
    }
    for (const char* key : {"outlet", "publisher", "source", "publication"}) {
        if (const std::string* outlet = front.find(key)) {
            article.outlet = *outlet;
            break;
        }
    }
    MarkdownLoader loader(article, bytes);
    loader.run(bom + front.end);
    if (article.title.empty()) article.title = loader.first_heading;
    if (article.title.empty() && !article.paragraphs.empty())
        article.title = std::string(article.paragraphs.front().in(article.text()).substr(0, 300));
}

}  // namespace quotecheck
