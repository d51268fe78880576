#include "corpus/corpus_findings.hpp"

#include <algorithm>
#include <string_view>

#include "core/utf8.hpp"

namespace quotecheck {

ProposedFixes::ProposedFixes(const std::vector<Finding>& article_findings) {
    for (const Finding& finding : article_findings)
        if (!finding.fix.empty()) entries_.push_back({finding.where, finding.fix});
    std::sort(entries_.begin(), entries_.end(),
              [](const Entry& x, const Entry& y) { return before(x.where, y.where); });
}

bool ProposedFixes::covers(const Location& place, std::string_view fix) const {
    auto entry =
        std::lower_bound(entries_.begin(), entries_.end(), place,
                         [](const Entry& e, const Location& p) { return before(e.where, p); });
    for (; entry != entries_.end() && entry->where.article == place.article &&
           entry->where.span.start < place.span.end;
         ++entry)
        if (place.span.contains(entry->where.span) && entry->fix == fix) return true;
    return false;
}

std::string Corpus::name(uint32_t article) const {
    // What std::filesystem::path::filename gives on POSIX, without splitting the whole path
    // into components: this runs for every article a finding names.
    const std::string_view path = articles[article].article.path();
    return std::string(path.substr(path.rfind('/') + 1));
}

bool Corpus::later(uint32_t a, uint32_t b) const {
    const auto& x = material[a].published;
    const auto& y = material[b].published;
    if (x && y && *x != *y) return *x > *y;
    return a > b;
}

std::string excerpt(std::string_view text, Span span, size_t limit) {
    std::string result;
    uint32_t i = span.start;
    size_t count = 0;
    while (i < span.end && i < text.size()) {
        char32_t c = next_code_point(text, i);
        if (c == U'\n' || c == U'\r' || c == U'\t') c = U' ';
        if (c == U' ' && !result.empty() && result.back() == ' ') continue;
        if (++count > limit) {
            result += "…";
            break;
        }
        append_utf8(result, c);
    }
    return result;
}

}  // namespace quotecheck
