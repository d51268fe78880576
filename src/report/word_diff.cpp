#include "report/word_diff.hpp"

#include <unicode/uchar.h>

#include "core/utf8.hpp"

namespace quotecheck {

namespace {

std::vector<std::string_view> split_words(std::string_view text) {
    std::vector<std::string_view> words;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

std::string comparison_key(std::string_view word) {
    std::string key;
    for (uint32_t i = 0; i < word.size();) {
        const char32_t c = next_code_point(word, i);
        if (u_isalnum(static_cast<UChar32>(c)))
            append_utf8(key, static_cast<char32_t>(
                                 u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
    }
    return key.empty() ? std::string(word) : key;
}

void append(std::vector<DiffPiece>& pieces, DiffPiece::Kind kind, std::string_view word) {
    if (!pieces.empty() && pieces.back().kind == kind) {
        pieces.back().text += ' ';
        pieces.back().text += word;
    } else {
        pieces.push_back({kind, std::string(word)});
    }
}

}  // namespace

std::vector<DiffPiece> word_diff(std::string_view before, std::string_view after,
                                 size_t max_words) {
    const auto a = split_words(before);
    const auto b = split_words(after);
    if (a.size() > max_words || b.size() > max_words) return {};
    std::vector<std::string> ka, kb;
    for (auto w : a) ka.push_back(comparison_key(w));
    for (auto w : b) kb.push_back(comparison_key(w));
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    const size_t width = b.size() + 1;
    std::vector<uint32_t> lcs((a.size() + 1) * width, 0);
    for (size_t i = a.size(); i-- > 0;)
        for (size_t j = b.size(); j-- > 0;)
            lcs[i * width + j] = ka[i] == kb[j]
                                     ? lcs[(i + 1) * width + j + 1] + 1
                                     : std::max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    std::vector<DiffPiece> pieces;
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && ka[i] == kb[j]) {
            append(pieces, DiffPiece::Kind::same, b[j]);
            ++i, ++j;
        } else if (i < a.size() &&
                   (j == b.size() || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
            append(pieces, DiffPiece::Kind::removed, a[i++]);
        } else {
            append(pieces, DiffPiece::Kind::added, b[j++]);
        }
    }
    return pieces;
}

}  // namespace quotecheck
