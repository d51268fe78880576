// Turning input files into Articles: finding the files, reading them, checking the bytes and
// dispatching to the loader for the format.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/article.hpp"

namespace quotecheck {

// Articles larger than this are reported (input.too-large) and not analysed, so that one
// runaway file cannot exhaust memory for the whole run: a news article is well under 1 MiB,
// and analysing 50 MiB of text with a JSON report takes about 1.2 GB.
inline constexpr size_t kMaxArticleBytes = 64u << 20;

// Format for a path by extension (case-insensitive); nullopt for anything else.
std::optional<ArticleFormat> format_for_path(std::string_view path);
// Format for bytes with no useful name (stdin): HTML if it looks like markup, Markdown if it
// starts with front matter, else plain text.
ArticleFormat sniff_format(std::string_view bytes);

struct InputFile {
    std::string path;  // as given or found; "-" is standard input
    ArticleFormat format;
};

struct Discovery {
    std::vector<InputFile> files;      // sorted within each directory argument
    std::vector<std::string> missing;  // arguments that named nothing
};

// Expands directories recursively (hidden entries skipped, extensions .txt .md .markdown
// .html .htm). A file named explicitly is taken whatever its extension.
Discovery discover_inputs(const std::vector<std::string>& arguments);

// Reads and loads one input. Never throws for problems with the file itself: those are
// recorded in Article::problem and the article's text is left empty where it cannot be used.
Article load_input(const InputFile& input);
// The bytes of a regular file, or why it cannot be read: `problem_rule` ("input.unreadable",
// "input.too-large") and `problem` are set and `bytes` is empty.
struct FileRead {
    std::string bytes;
    std::string problem_rule;
    std::string problem;
};
FileRead read_article_file(const std::string& path);

// Loads bytes already in memory (tests, fuzzers, stdin).
Article load_bytes(std::string path, std::string bytes, ArticleFormat format);

// The format-specific loaders, each filling text, offsets, paragraphs and metadata.
void load_plain_text(Article& article);
void load_markdown(Article& article);
void load_html(Article& article);

}  // namespace quotecheck
