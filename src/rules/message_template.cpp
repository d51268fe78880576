#include "rules/message_template.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace quotecheck {

MessageTemplate::MessageTemplate(std::string_view text, const std::vector<std::string>& allowed)
    : source_(text) {
    std::string literal;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            literal.push_back(c);
            ++i;
            continue;
        }
        if (c == '}') throw std::invalid_argument("unmatched '}' (write '}}' for a brace)");
        if (c != '{') {
            literal.push_back(c);
            continue;
        }
        const size_t close = text.find('}', i);
        if (close == std::string_view::npos)
            throw std::invalid_argument("unclosed '{' (write '{{' for a brace)");
        std::string name(text.substr(i + 1, close - i - 1));
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            std::string known;
            for (const std::string& a : allowed) known += (known.empty() ? "{" : ", {") + a + "}";
            throw std::invalid_argument(
                fmt::format("unknown placeholder {{{}}} (this kind offers {})", name, known));
        }
        if (!literal.empty()) pieces_.push_back({std::move(literal), false});
        literal.clear();
        pieces_.push_back({std::move(name), true});
        i = close;
    }
    if (!literal.empty()) pieces_.push_back({std::move(literal), false});
}

namespace {

const std::string* value_of(const PlaceholderValues& values, const std::string& name) {
    for (const auto& [known, value] : values)
        if (known == name) return &value;
    return nullptr;
}

}  // namespace

std::string MessageTemplate::render(const PlaceholderValues& values) const {
    // Sized first: a finding keeps its message for the whole run, and a string grown piece by
    // piece can hold up to twice its length.
    size_t size = 0;
    for (const Piece& piece : pieces_) {
        if (!piece.placeholder)
            size += piece.text.size();
        else if (const std::string* value = value_of(values, piece.text))
            size += value->size();
    }
    std::string out;
    out.reserve(size);
    for (const Piece& piece : pieces_) {
        if (!piece.placeholder)
            out += piece.text;
        else if (const std::string* value = value_of(values, piece.text))
            out += *value;
    }
    return out;
}

}  // namespace quotecheck
