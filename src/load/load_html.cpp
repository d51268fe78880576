// HTML articles via libxml2: the article's own text (no script, style, navigation, footer),
// block elements as paragraphs, metadata from <title>, <h1>, <meta> and <time>. libxml2 gives
// decoded text without positions, so each text node is aligned back onto the original bytes
// (entities and CRs included) to keep every reported offset in the file the user wrote.
#include <fmt/format.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <functional>
#include <memory>
#include <new>
#include <string>
#include <utility>
#include <vector>

#include "core/utf8.hpp"
#include "core/word_table.hpp"
#include "load/entities.hpp"
#include "load/load.hpp"
#include "load/text_builder.hpp"
#include "load/text_lines.hpp"

namespace quotecheck {

namespace {

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ParserFree {
    void operator()(htmlParserCtxt* parser) const { htmlFreeParserCtxt(parser); }
};

std::string_view name_of(const xmlNode* node) {
    return node->name ? reinterpret_cast<const char*>(node->name) : "";
}

std::string attribute(const xmlNode* node, const char* name) {
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (value == nullptr) return {};
    std::string result(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return result;
}

std::string node_text(const xmlNode* node) {
    xmlChar* content = xmlNodeGetContent(node);
    if (content == nullptr) return {};
    std::string result(reinterpret_cast<const char*>(content));
    xmlFree(content);
    return std::string(trim(result));
}

// Elements whose text is not the article's prose.
bool skipped_element(std::string_view name) {
    static const WordList kSkipped = {"script", "style",  "noscript", "nav",      "footer",
                                      "header", "aside",  "form",     "template", "svg",
                                      "iframe", "button", "select",   "head",     "figure",
                                      "object", "canvas", "math",     "menu"};
    return kSkipped.contains(name);
}

// Whether the text after `from` is only spaces and line breaks (false for npos).
bool blank_since(std::string_view text, size_t from) {
    if (from > text.size()) return false;
    return text.find_first_not_of(" \t\n", from) == std::string_view::npos;
}

bool block_element(std::string_view name) {
    static const WordList kBlocks = {
        "p",       "div",  "h1",      "h2",      "h3",      "h4",   "h5",         "h6",
        "li",      "ul",   "ol",      "dl",      "dt",      "dd",   "blockquote", "section",
        "article", "main", "pre",     "table",   "tr",      "td",   "th",         "figcaption",
        "caption", "hr",   "address", "details", "summary", "body", "html"};
    return kBlocks.contains(name);
}

// Walks the source bytes in step with libxml2's text nodes.
class Aligner {
  public:
    Aligner(std::string_view source, TextBuilder& out) : source_(source), out_(out) {}

    // Finds `text` (a decoded text node) at or after the cursor; appends it to the output when
    // `emit` is set. Returns false when the node could not be placed (it is then mapped to the
    // cursor as a whole).
    void text_node(std::string_view text, bool emit) {
        size_t start = find_start(text);
        if (start == std::string_view::npos) {
            if (emit)
                out_.append_replacement(text, static_cast<uint32_t>(cursor_),
                                        static_cast<uint32_t>(cursor_));
            return;
        }
        walk(text, start, emit);
    }

    void comment(std::string_view body, Article& article) {
        const size_t open = source_.find("<!--", cursor_);
        if (open == std::string_view::npos) return;
        size_t close = source_.find("-->", open + 4);
        close = close == std::string_view::npos ? source_.size() : close + 3;
        article.comments.push_back(
            {std::string(trim(body)), {static_cast<uint32_t>(open), static_cast<uint32_t>(close)}});
        cursor_ = close;
    }

    size_t cursor() const { return cursor_; }

  private:
    static constexpr size_t kSearchWindow = 1 << 16;

    // Skips a tag, comment or declaration starting at `pos` ('<'); returns the offset after it.
    size_t skip_markup(size_t pos) const {
        if (source_.compare(pos, 4, "<!--") == 0) {
            const size_t close = source_.find("-->", pos + 4);
            return close == std::string_view::npos ? source_.size() : close + 3;
        }
        char quote = 0;
        for (size_t i = pos + 1; i < source_.size(); ++i) {
            const char c = source_[i];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return source_.size();
    }

    bool markup_at(size_t pos) const {
        if (source_[pos] != '<' || pos + 1 >= source_.size()) return false;
        const char next = source_[pos + 1];
        return std::isalpha(static_cast<unsigned char>(next)) || next == '/' || next == '!' ||
               next == '?';
    }

    // Length of source consumed to produce the first decoded bytes of `text`, or 0.
    bool matches_at(std::string_view text, size_t pos) const {
        size_t k = 0, j = pos;
        std::string decoded;
        const size_t probe = std::min<size_t>(text.size(), 64);
        while (k < probe && j < source_.size()) {
            // Eight bytes that agree, with no CR or reference among them, are compared at once.
            if (k + 8 <= probe && j + 8 <= source_.size()) {
                const uint64_t eight = eight_bytes_at(source_, j);
                if (eight == eight_bytes_at(text, k) && !any_byte_among(eight, "\r&")) {
                    k += 8;
                    j += 8;
                    continue;
                }
            }
            const char c = source_[j];
            if (c == '\r') {
                ++j;
                continue;
            }
            if (c == '&') {
                decoded.clear();
                if (size_t used = decode_character_reference(source_.substr(j, 40), decoded)) {
                    if (text.compare(k, decoded.size(), decoded) != 0) return false;
                    k += decoded.size();
                    j += used;
                    continue;
                }
            }
            if (c != text[k]) return false;
            ++k;
            ++j;
        }
        return k >= probe;
    }

    size_t find_start(std::string_view text) const {
        if (text.empty()) return cursor_;
        const size_t limit = std::min(source_.size(), cursor_ + kSearchWindow);
        size_t pos = cursor_;
        while (pos < limit) {
            if (markup_at(pos)) {
                pos = skip_markup(pos);
                continue;
            }
            if (matches_at(text, pos)) return pos;
            ++pos;
        }
        return std::string_view::npos;
    }

    void walk(std::string_view text, size_t start, bool emit) {
        size_t k = 0, j = start;
        size_t run_k = 0, run_j = start;
        std::string decoded;
        auto flush = [&] {
            if (emit && k > run_k)
                out_.append(text.substr(run_k, k - run_k), static_cast<uint32_t>(run_j));
        };
        while (k < text.size() && j < source_.size()) {
            // Eight bytes the node and the source agree on, with no CR or reference among
            // them, are passed together.
            if (k + 8 <= text.size() && j + 8 <= source_.size()) {
                const uint64_t eight = eight_bytes_at(source_, j);
                if (eight == eight_bytes_at(text, k) && !any_byte_among(eight, "\r&")) {
                    k += 8;
                    j += 8;
                    continue;
                }
            }
            const char c = source_[j];
            if (c == '\r' && text[k] != '\r') {
                flush();
                ++j;
                run_k = k;
                run_j = j;
                continue;
            }
            if (c == '&') {
                decoded.clear();
                if (size_t used = decode_character_reference(source_.substr(j, 40), decoded);
                    used > 0 && text.compare(k, decoded.size(), decoded) == 0) {
                    flush();
                    if (emit)
                        out_.append_replacement(decoded, static_cast<uint32_t>(j),
                                                static_cast<uint32_t>(j + used));
                    k += decoded.size();
                    j += used;
                    run_k = k;
                    run_j = j;
                    continue;
                }
            }
            if (c != text[k]) break;
            ++k;
            ++j;
        }
        flush();
        if (k < text.size() && emit) {
            // Lost step (markup libxml2 repaired): map the rest of the node to where we are.
            out_.append_replacement(text.substr(k), static_cast<uint32_t>(j),
                                    static_cast<uint32_t>(j));
        }
        cursor_ = j;
    }

    std::string_view source_;
    TextBuilder& out_;
    size_t cursor_ = 0;
};

// The value of attribute `name` when it is plain text (as every parsed attribute is), else "".
std::string_view attribute_view(const xmlNode* node, std::string_view name) {
    for (const xmlAttr* attr = node->properties; attr; attr = attr->next) {
        if (attr->name == nullptr || reinterpret_cast<const char*>(attr->name) != name) continue;
        const xmlNode* value = attr->children;
        return value && value->type == XML_TEXT_NODE && value->content
                   ? std::string_view(reinterpret_cast<const char*>(value->content))
                   : std::string_view();
    }
    return {};
}

// Page furniture that sits inside or beside a story in real pages: related-story lists,
// share bars, ad slots, newsletter boxes, captions, bylines, embedded posts, pull-quotes. Told
// by the words of an element's class and id ("c-related-links", "ad-slot", "twitter-tweet"),
// the `hidden` attribute and the landmark roles that are not the story.
bool furniture(const xmlNode* node) {
    static const WordList kWords = {"related",       "recirc",      "recirculation",
                                    "promo",         "promos",      "teaser",
                                    "teasers",       "newsletter",  "signup",
                                    "subscribe",     "share",       "sharing",
                                    "social",        "ad",          "ads",
                                    "adslot",        "advert",      "adverts",
                                    "advertisement", "advertising", "sponsor",
                                    "sponsored",     "outbrain",    "taboola",
                                    "comments",      "comment",     "cookie",
                                    "cookies",       "consent",     "breadcrumb",
                                    "breadcrumbs",   "byline",      "caption",
                                    "credit",        "credits",     "pullquote",
                                    "tweet",         "embed",       "instagram",
                                    "tiktok",        "readmore",    "sidebar",
                                    "mostread",      "most-read",   "read-more",
                                    "more-stories",  "also-read",   "pull-quote",
                                    "author-bio",    "ad-slot",     "visually-hidden",
                                    "sr-only",       "popular",     "trending",
                                    "paywall-promo", "skip-link",   "skiplink",
                                    "author"};
    static const WordList kRoles = {"navigation", "banner",  "contentinfo", "complementary",
                                    "search",     "dialog",  "alertdialog", "menu",
                                    "menubar",    "tablist", "toolbar"};
    if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
    if (attribute_view(node, "aria-hidden") == "true") return true;
    if (kRoles.contains(attribute_view(node, "role"))) return true;
    std::string word;
    for (const char* key : {"class", "id"}) {
        const std::string_view value = attribute_view(node, key);
        size_t at = 0;
        while (at < value.size()) {
            const size_t end = std::min(value.find_first_of(" \t\n\r\f", at), value.size());
            word.assign(value.substr(at, end - at));
            for (char& c : word) c = ascii_lower(c);
            at = end + 1;
            if (word.empty()) continue;
            if (kWords.contains(word)) return true;
            // Its parts: "c-related-links" is related links, "article__byline" a byline.
            size_t part = 0;
            while (part < word.size()) {
                const size_t stop = std::min(word.find_first_of("-_", part), word.size());
                if (stop > part &&
                    kWords.contains(std::string_view(word).substr(part, stop - part)))
                    return true;
                part = stop + 1;
            }
        }
    }
    return false;
}

void read_metadata(const xmlNode* root, Article& article) {
    std::vector<const xmlNode*> stack{root};
    std::string h1;
    while (!stack.empty()) {
        const xmlNode* node = stack.back();
        stack.pop_back();
        if (node->type == XML_ELEMENT_NODE) {
            const std::string_view name = name_of(node);
            if (name == "title" && article.title.empty()) {
                article.title = node_text(node);
            } else if (name == "h1" && h1.empty()) {
                h1 = node_text(node);
            } else if (name == "meta") {
                const std::string key = attribute(node, "property") + attribute(node, "name");
                const std::string content = attribute(node, "content");
                if (!article.published &&
                    (key == "article:published_time" || key == "date" || key == "pubdate" ||
                     key == "publish-date" || key == "dc.date" || key == "DC.date.issued")) {
                    article.published = parse_iso_date(content);
                } else if (key == "og:site_name" && article.outlet.empty()) {
                    article.outlet = content;
                }
            } else if (name == "time" && !article.published) {
                article.published = parse_iso_date(attribute(node, "datetime"));
            }
        }
        for (const xmlNode* child = node->last; child; child = child->prev) stack.push_back(child);
    }
    if (article.title.empty()) article.title = h1;
}

bool is_element(const xmlNode* node, std::string_view name) {
    return node->type == XML_ELEMENT_NODE && name_of(node) == name;
}

// The letters and digits of `text`, ASCII ones lower-cased, with the rest of ASCII (marks,
// spaces) dropped and other bytes kept: what a pull quote and the paragraph it repeats share
// whatever their quotation marks and line breaks.
std::string letters_of(std::string_view text) {
    std::string letters;
    letters.reserve(text.size());
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80 || is_ascii_alnum(c))
            letters.push_back(ascii_lower(c));
    return letters;
}

// A pull quote: a <blockquote> whose words, less the name under them (<cite>, <footer>,
// <figcaption>), the story has already given ("Staff are exhausted, and I won't pretend
// otherwise" after the paragraph that quotes it). A blockquote of words not read before (a
// statement, a letter) is the story's.
bool repeats_story(const xmlNode* blockquote, std::string_view read) {
    constexpr size_t kFewest = 20;  // letters: shorter ones may repeat by chance
    std::string quoted;
    std::vector<const xmlNode*> stack{blockquote};
    while (!stack.empty()) {
        const xmlNode* node = stack.back();
        stack.pop_back();
        if (node->type == XML_TEXT_NODE && node->content)
            quoted += reinterpret_cast<const char*>(node->content);
        if (node->type != XML_ELEMENT_NODE) continue;
        if (const std::string_view name = name_of(node);
            name == "cite" || name == "footer" || name == "figcaption")
            continue;
        for (const xmlNode* child = node->last; child; child = child->prev) stack.push_back(child);
    }
    // Sentence by sentence: a pull quote may join two parts of a quote the story split with
    // its attribution ("“I'm in that building every day,” he told the jury. “I know who comes
    // in.”").
    const std::string story = letters_of(read);
    size_t letters = 0;
    size_t from = 0;
    while (from < quoted.size()) {
        const size_t stop = std::min(quoted.find_first_of(".!?", from), quoted.size());
        const std::string words = letters_of(std::string_view(quoted).substr(from, stop - from));
        if (!words.empty() && story.find(words) == std::string::npos) return false;
        letters += words.size();
        from = stop + 1;
    }
    return letters >= kFewest;
}

// Whether the visible text of `node` opens with a quotation mark (or it has none at all).
bool opens_with_mark(const xmlNode* node) {
    std::vector<const xmlNode*> stack{node};
    while (!stack.empty()) {
        const xmlNode* at = stack.back();
        stack.pop_back();
        if (at->type == XML_TEXT_NODE && at->content) {
            const std::string_view text = reinterpret_cast<const char*>(at->content);
            const size_t first = text.find_first_not_of(" \t\r\n\f\v");
            if (first == std::string_view::npos) continue;
            const std::string_view rest = text.substr(first);
            return rest.starts_with('"') || rest.starts_with("\u201C") ||
                   rest.starts_with("\u2018") || rest.starts_with('\'');
        }
        if (at->type != XML_ELEMENT_NODE) continue;
        for (const xmlNode* child = at->last; child; child = child->prev) stack.push_back(child);
    }
    return true;
}

// A short paragraph that only points elsewhere: all its text is a link's, or it opens with a
// recirculation label ("Read more: …", "RELATED: …"). Looks at no more than a few hundred
// bytes of text: a paragraph longer than that is prose.
bool link_paragraph(const xmlNode* node) {
    const std::string_view name = name_of(node);
    if (name != "p" && name != "li" && name != "h2" && name != "h3" && name != "h4") return false;
    constexpr size_t kMostText = 400;
    constexpr size_t kHead = 12;  // bytes enough for the longest label
    std::string head;             // the first visible bytes, lower-cased
    size_t length = 0;            // of the text so far
    size_t linked = 0;            // of its bytes other than white space, those inside a link
    size_t visible = 0;           // and all of them
    const auto blank = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    };
    std::vector<std::pair<const xmlNode*, bool>> stack;  // node, inside a link
    for (const xmlNode* child = node->last; child; child = child->prev)
        stack.push_back({child, false});
    while (!stack.empty()) {
        const auto [at, in_link] = stack.back();
        stack.pop_back();
        if (at->type == XML_TEXT_NODE && at->content) {
            const std::string_view piece(reinterpret_cast<const char*>(at->content));
            length += piece.size();
            if (length > kMostText) return false;
            for (const char c : piece) {
                if (blank(c)) {
                    if (!head.empty() && head.back() != ' ' && head.size() < kHead) head += ' ';
                    continue;
                }
                ++visible;
                linked += in_link;
                if (head.size() < kHead) head += ascii_lower(c);
            }
            continue;
        }
        const bool link = in_link || is_element(at, "a");
        for (const xmlNode* child = at->last; child; child = child->prev)
            stack.push_back({child, link});
    }
    if (visible == 0) return false;
    for (std::string_view label : {"read more", "related:", "also read", "read also", "see also",
                                   "more:", "recommended:", "watch:", "listen:", "read:"})
        if (std::string_view(head).starts_with(label)) return true;
    return linked == visible;
}

// The bytes of text in <p> elements below `node`, counting no further than `enough`.
size_t paragraph_text(const xmlNode* node, size_t enough) {
    size_t text = 0;
    std::vector<std::pair<const xmlNode*, bool>> stack{{node, false}};  // node, in a <p>
    while (!stack.empty() && text <= enough) {
        const auto [at, in_paragraph] = stack.back();
        stack.pop_back();
        if (at->type == XML_TEXT_NODE) {
            if (in_paragraph && at->content)
                text += std::strlen(reinterpret_cast<const char*>(at->content));
            continue;
        }
        const bool paragraph = in_paragraph || is_element(at, "p");
        for (const xmlNode* child = at->children; child; child = child->next)
            stack.push_back({child, paragraph});
    }
    return text;
}

// What of the page is the story: the <article> (or element marked itemprop="articleBody")
// whose paragraphs hold the most text, so that teaser <article>s listed before it in "top
// stories" or "most read" are passed by; <main> when it holds more than twice that; the whole
// page when there is neither. `headline` is an <h1> outside the story, read with it when the
// story has none of its own (pages that put the headline in a banner above the body).
struct StoryParts {
    const xmlNode* content = nullptr;
    const xmlNode* headline = nullptr;
    // The story's elements and their ancestors: never skipped as furniture. With no story
    // element, the <article>s that are teasers of other stories. Both sorted (by address) once
    // found.
    std::vector<const xmlNode*> kept;
    std::vector<const xmlNode*> teasers;
    // The page's elements that furniture() names, found once for every walk (sorted).
    std::vector<const xmlNode*> furniture;
    size_t text = 0;  // the bytes of all the paragraphs of the story (or the page)
    bool kept_node(const xmlNode* node) const {
        return std::binary_search(kept.begin(), kept.end(), node, std::less<>());
    }
    bool teaser(const xmlNode* node) const {
        return std::binary_search(teasers.begin(), teasers.end(), node, std::less<>());
    }
    bool is_furniture(const xmlNode* node) const {
        return std::binary_search(furniture.begin(), furniture.end(), node, std::less<>());
    }
    void sort() {
        std::sort(kept.begin(), kept.end(), std::less<>());
        std::sort(teasers.begin(), teasers.end(), std::less<>());
    }
};

StoryParts find_story(const xmlNode* root, std::string_view title) {
    struct Candidate {
        const xmlNode* node;
        bool main;
        size_t score = 0;
        bool headline = false;
        size_t all = 0;       // its paragraph text, furniture's included
        bool any_h1 = false;  // an <h1> anywhere in it, furniture included
    };
    std::vector<Candidate> candidates;
    // One pass in document order; `open` holds, per element on the path, the paragraph text
    // gathered below it and which candidate it is.
    struct Open {
        const xmlNode* node;
        size_t text = 0;
        long candidate = -1;
        bool hidden = false;    // skipped or furniture: its text counts for nobody
        bool headline = false;  // holds an <h1>
        size_t all = 0;         // as `text` and `headline`, hidden or not
        bool any_h1 = false;
    };
    StoryParts parts;
    size_t total = 0;      // the paragraph text of the whole page
    size_t total_all = 0;  // the same, furniture's included
    std::vector<Open> open;
    std::vector<std::pair<const xmlNode*, bool>> stack{{root, false}};
    int in_paragraph = 0;
    while (!stack.empty()) {
        const auto [node, leaving] = stack.back();
        stack.pop_back();
        if (leaving) {
            const Open done = open.back();
            open.pop_back();
            if (is_element(node, "p")) --in_paragraph;
            if (done.candidate >= 0) {
                Candidate& candidate = candidates[static_cast<size_t>(done.candidate)];
                candidate.score = done.text;
                candidate.headline = done.headline;
                candidate.all = done.all;
                candidate.any_h1 = done.any_h1;
            }
            if (open.empty()) {
                total = done.text;
                total_all = done.all;
                continue;
            }
            open.back().all += done.all;
            open.back().any_h1 = open.back().any_h1 || done.any_h1;
            if (!done.hidden) {
                open.back().text += done.text;
                open.back().headline = open.back().headline || done.headline;
            }
            continue;
        }
        if (node->type == XML_TEXT_NODE) {
            if (in_paragraph > 0 && node->content && !open.empty()) {
                const size_t bytes = std::strlen(reinterpret_cast<const char*>(node->content));
                open.back().text += bytes;
                open.back().all += bytes;
            }
            continue;
        }
        if (node->type != XML_ELEMENT_NODE) continue;
        const std::string_view name = name_of(node);
        Open entry{node};
        entry.headline = entry.any_h1 = name == "h1";
        const bool furnished = name != "body" && name != "html" && furniture(node);
        if (furnished) parts.furniture.push_back(node);
        entry.hidden = skipped_element(name) || furnished;
        const bool body_of_story = attribute_view(node, "itemprop") == "articleBody";
        if (name == "article" || name == "main" || body_of_story) {
            entry.candidate = static_cast<long>(candidates.size());
            candidates.push_back({node, name == "main"});
        }
        if (name == "p") ++in_paragraph;
        open.push_back(entry);
        stack.push_back({node, true});
        for (const xmlNode* child = node->last; child; child = child->prev)
            stack.push_back({child, false});
    }
    std::sort(parts.furniture.begin(), parts.furniture.end(), std::less<>());
    const Candidate* story = nullptr;
    const Candidate* main = nullptr;
    for (const Candidate& candidate : candidates) {
        const Candidate*& best = candidate.main ? main : story;
        if (best == nullptr || candidate.score > best->score) best = &candidate;
    }
    // Neither when its paragraphs hold less than half of the page's: the story is then in
    // no such element ("<div class="article">"), and the whole page is read, less its teaser
    // <article>s (small ones without the page's headline).
    if (story && story->score * 2 < (main ? main->score : total)) story = nullptr;
    if (story == nullptr && main && main->score * 2 >= total) story = main;
    if (story == nullptr) {
        for (const Candidate& candidate : candidates)
            if (!candidate.main && !candidate.headline && candidate.score * 4 < total)
                parts.teasers.push_back(candidate.node);
        parts.text = total_all;
        return parts;
    }
    parts.content = story->node;
    // (All its paragraphs, furniture's too, for the test that no furniture holds half.)
    parts.text = story->all;
    for (const xmlNode* at = parts.content; at; at = at->parent) parts.kept.push_back(at);

    // Its headline, when it has none inside: the page's <h1> that the <title> names (the
    // longest such, so "Site" in "Story - Site" loses to "Story"), else the first <h1> that is
    // not in the page's banner, navigation or furniture.
    if (story->any_h1) return parts;
    const xmlNode* named = nullptr;
    const xmlNode* first = nullptr;
    size_t named_size = 0;
    std::vector<std::pair<const xmlNode*, bool>> walk{{root, false}};
    while (!walk.empty()) {
        const auto [node, in_banner] = walk.back();
        walk.pop_back();
        if (node->type != XML_ELEMENT_NODE || node == parts.content) continue;
        const std::string_view name = name_of(node);
        if (name == "nav" || name == "footer" || name == "aside" || name == "script" ||
            name == "style" || name == "template" || name == "figure" || parts.is_furniture(node))
            continue;
        if (name == "h1") {
            const std::string text = node_text(node);
            if (!text.empty() && title.find(text) != std::string_view::npos &&
                text.size() > named_size) {
                named = node;
                named_size = text.size();
            }
            if (!first && !in_banner && !text.empty()) first = node;
            continue;
        }
        const bool banner = in_banner || name == "header";
        for (const xmlNode* child = node->last; child; child = child->prev)
            walk.push_back({child, banner});
    }
    parts.headline = named ? named : first;
    for (const xmlNode* at = parts.headline; at; at = at->parent) parts.kept.push_back(at);
    return parts;
}

}  // namespace

void load_html(Article& article) {
    // libxml2 must be initialised once before threads use it: its lazy set-up of global
    // mutexes races and can deadlock when several articles are parsed at once. A function-local
    // static runs xmlInitParser exactly once and makes concurrent callers wait for it.
    static const bool libxml2_ready = (xmlInitParser(), true);
    (void)libxml2_ready;
    const std::string_view bytes = article.source().bytes();
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED;
    std::unique_ptr<htmlParserCtxt, ParserFree> parser(htmlNewParserCtxt());
    if (parser == nullptr) throw std::bad_alloc();
    std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(
        parser.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, "UTF-8", options));
    // libxml2 stops parsing (and keeps what it has) at elements nested deeper than 256, its
    // guard against stack exhaustion; the text after that point is not analysed.
    if (parser->disableSAX && !article.problem) {
        const xmlError* error = xmlCtxtGetLastError(parser.get());
        const int line = error ? error->line : 0;
        const bool too_deep = error && error->message &&
                              std::string_view(error->message).starts_with("Excessive depth");
        article.problem = std::make_shared<const LoadProblem>(LoadProblem{
            "input.html-too-deep",
            too_deep ? fmt::format(
                           "HTML elements are nested more than 256 deep at line {}; the text after "
                           "that point is not checked",
                           line)
                     : fmt::format("HTML parsing stopped at line {} ({}); the text after that "
                                   "point is not checked",
                                   line,
                                   error && error->message ? std::string(trim(error->message))
                                                           : "unknown error"),
            0});
    }
    TextBuilder out;
    const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (root == nullptr) {
        article.set_text({}, {});
        return;
    }
    read_metadata(root, article);
    StoryParts story = find_story(root, article.title);
    story.sort();
    const xmlNode* content = story.content;

    Aligner aligner(bytes, out);
    // Iterative walk (documents may nest very deeply). `inside` counts how many enclosing
    // elements make text part of the article; `skip` how many hide it.
    struct Frame {
        const xmlNode* node;
        bool leaving;
        bool counted_content;
        bool counted_skip;
        bool counted_header = false;    // an article's <header>
        bool counted_headline = false;  // a heading in it
        int unskipped = 0;              // the story's headline in a banner: the skips it lifted
    };
    std::vector<Frame> stack{{root, false, false, false}};
    int inside = content ? 0 : 1;
    int skip = 0;
    int article_headers = 0;
    // <q> elements: the browser draws their quotation marks, so the text gets them too (double
    // outside, single inside), mapped to where the element starts and ends.
    int q_depth = 0;
    // Where the text ended after the last <br>: none yet.
    size_t last_break = std::string::npos;
    // A <blockquote> of the story's own that has no quotation marks (a letter, a statement set
    // off as a block): each of its paragraphs opens with a mark and the last closes with one,
    // before any <cite> or <footer> that names who wrote it, as block quotes are printed.
    // (Its paragraphs are ended only when the next one starts, so the closing mark can go at
    // the end of the last.)
    const xmlNode* marked_block = nullptr;
    bool block_marked = false;     // an opening mark given, the closing one not yet
    bool block_break_due = false;  // a paragraph of the block ended; the next opens with a mark
    const auto emit_mark = [&](std::string_view mark) {
        const auto at = static_cast<uint32_t>(aligner.cursor());
        if (inside > 0 && skip == 0) out.append_replacement(mark, at, at);
    };
    const auto close_block = [&] {
        // (Also where what follows is skipped: the block itself was the story's.)
        if (block_marked) {
            const auto at = static_cast<uint32_t>(aligner.cursor());
            out.append_replacement("\u201D", at, at);
        }
        marked_block = nullptr;
        block_marked = block_break_due = false;
    };
    const auto q_mark = [&](bool open) {
        static constexpr std::string_view kMarks[2][2] = {{"\u2018", "\u2019"},
                                                          {"\u201C", "\u201D"}};
        emit_mark(kMarks[q_depth % 2][open ? 0 : 1]);
    };
    while (!stack.empty()) {
        Frame frame = stack.back();
        stack.pop_back();
        const xmlNode* node = frame.node;
        if (frame.leaving) {
            if (node == marked_block) close_block();
            if (marked_block && block_element(name_of(node))) {
                block_break_due = block_marked;
            } else if (block_element(name_of(node)) || name_of(node) == "br") {
                // Two line breaks with only space between end a paragraph: pages that set
                // their text in one block with <br><br> between paragraphs.
                if (name_of(node) == "br" && !blank_since(out.text(), last_break)) {
                    out.separate('\n', static_cast<uint32_t>(aligner.cursor()));
                    last_break = out.text().size();
                } else
                    out.end_paragraph();
            }
            if (name_of(node) == "q") q_mark(false), --q_depth;
            if (frame.counted_content) --inside;
            if (frame.counted_skip) --skip;
            if (frame.counted_headline) ++skip;
            if (frame.counted_header) --article_headers;
            skip += frame.unskipped;
            continue;
        }
        switch (node->type) {
            case XML_TEXT_NODE:
            case XML_CDATA_SECTION_NODE: {
                const char* content_text = reinterpret_cast<const char*>(node->content);
                // (White space between the block's paragraphs, or after its last, is not read:
                // the closing mark goes right after the last word.)
                bool between_paragraphs = false;
                // (Only text that is read: what the page hides inside the block gets no mark.)
                if (content_text && marked_block && inside > 0 && skip == 0) {
                    between_paragraphs = block_break_due && blank_since(content_text, 0);
                    if (!blank_since(content_text, 0)) {
                        if (block_break_due) out.end_paragraph();
                        if (block_break_due || !block_marked) emit_mark("\u201C");
                        block_marked = true;
                        block_break_due = false;
                    }
                }
                if (content_text)
                    aligner.text_node(content_text, inside > 0 && skip == 0 && !between_paragraphs);
                break;
            }
            case XML_COMMENT_NODE: {
                const char* content_text = reinterpret_cast<const char*>(node->content);
                aligner.comment(content_text ? content_text : "", article);
                break;
            }
            case XML_ELEMENT_NODE: {
                const std::string_view name = name_of(node);
                Frame leave{node, true, node == content || node == story.headline,
                            skipped_element(name)};
                if (node == story.headline) leave.unskipped = std::exchange(skip, 0);
                // Furniture inside the story (or anywhere, on a page without one), and
                // paragraphs that only link elsewhere.
                if (!leave.counted_skip && inside > 0 && skip == 0 && name != "body" &&
                    name != "html" && !story.kept_node(node))
                    // (Never what holds half the story's paragraphs: a wrapper whose class
                    // names comments or sharing, "article-body has-comments", is the story.)
                    leave.counted_skip = (story.is_furniture(node) &&
                                          paragraph_text(node, story.text / 2) <= story.text / 2) ||
                                         link_paragraph(node) ||
                                         (name == "article" && story.teaser(node)) ||
                                         (name == "blockquote" && repeats_story(node, out.text()));
                // A <header> inside the article is its own, not the site's banner: its headline
                // is read (as a text file's first line is), its kicker, standfirst and byline
                // are not.
                leave.counted_header =
                    name == "header" && content != nullptr && inside > 0 && skip == 0;
                if (leave.counted_header) ++article_headers;
                if (leave.counted_content) ++inside;
                if (leave.counted_skip) ++skip;
                leave.counted_headline =
                    skip == 1 && article_headers > 0 && inside > 0 && name == "h1";
                if (leave.counted_headline) --skip;
                if (marked_block && (name == "cite" || name == "footer" || name == "figcaption"))
                    close_block();
                if (marked_block && block_element(name))
                    block_break_due = block_marked;
                else if (block_element(name))
                    out.end_paragraph();
                if (name == "q") ++q_depth, q_mark(true);
                if (name == "blockquote" && !marked_block && !leave.counted_skip && inside > 0 &&
                    skip == 0 && !opens_with_mark(node))
                    marked_block = node;
                stack.push_back(leave);
                for (const xmlNode* child = node->last; child; child = child->prev)
                    stack.push_back({child, false, false, false});
                break;
            }
            default:
                break;
        }
    }
    out.end_paragraph();
    std::string& text = out.text();
    while (text.ends_with('\n')) text.pop_back();
    article.paragraphs = std::move(out.paragraphs());
    article.set_text(std::move(text), std::move(out.map()));
    if (article.title.empty() && !article.paragraphs.empty())
        article.title = std::string(article.paragraphs.front().in(article.text()).substr(0, 300));
}

}  // namespace quotecheck
