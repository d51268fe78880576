#include "corpus/corpus_findings.hpp"

#include <filesystem>

#include "core/utf8.hpp"

namespace quotecheck {

std::string Corpus::name(uint32_t article) const {
    return std::filesystem::path(articles[article].article.path()).filename().string();
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
