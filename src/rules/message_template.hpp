// Message and fix templates of rule instances: text with {placeholder}s ({{ and }} for braces),
// parsed at load so an unknown placeholder is a load error, not a broken message at run time.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quotecheck {

using PlaceholderValues = std::vector<std::pair<std::string, std::string>>;

class MessageTemplate {
  public:
    MessageTemplate() = default;
    // Throws std::invalid_argument naming the first unknown or malformed placeholder.
    MessageTemplate(std::string_view text, const std::vector<std::string>& allowed);

    std::string render(const PlaceholderValues& values) const;
    const std::string& source() const { return source_; }
    bool empty() const { return source_.empty(); }

  private:
    struct Piece {
        std::string text;
        bool placeholder = false;
    };
    std::string source_;
    std::vector<Piece> pieces_;
};

}  // namespace quotecheck
