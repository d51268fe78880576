// Fuzz target: the Markdown loader on arbitrary bytes (including invalid UTF-8 and NUL bytes).
#include <cstddef>
#include <cstdint>
#include <string>

#include "article_invariants.hpp"
#include "load/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace quotecheck;
    const Article article = load_bytes(
        "fuzz.md", std::string(reinterpret_cast<const char*>(data), size), ArticleFormat::markdown);
    fuzz::check_article(article);
    return 0;
}
