#include "load/load.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>

#include "core/utf8.hpp"
#include "load/text_lines.hpp"

namespace quotecheck {

namespace fs = std::filesystem;

namespace {

std::string lowercase_extension(std::string_view path) {
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return {};
    std::string ext(path.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool hidden(const fs::path& path) {
    const std::string name = path.filename().string();
    return name.size() > 1 && name[0] == '.';
}

// A file is binary when it has NUL bytes: no article text has them, and every other check on
// the bytes is cheaper after this one.
bool looks_binary(std::string_view bytes) {
    return bytes.find('\0') != std::string_view::npos;
}

// "UTF-16" or "UTF-32" for a file that starts with that encoding's byte-order mark (what some
// Windows editors save as "Unicode"), else empty. Such a file has NUL bytes, but it is text.
std::string_view unicode_other_than_utf8(std::string_view bytes) {
    using namespace std::string_view_literals;
    if (bytes.starts_with("\xFF\xFE\0\0"sv) || bytes.starts_with("\0\0\xFE\xFF"sv)) return "UTF-32";
    if (bytes.starts_with("\xFF\xFE"sv) || bytes.starts_with("\xFE\xFF"sv)) return "UTF-16";
    return {};
}

}  // namespace

std::optional<ArticleFormat> format_for_path(std::string_view path) {
    const std::string ext = lowercase_extension(path);
    if (ext == "txt" || ext == "text") return ArticleFormat::text;
    if (ext == "md" || ext == "markdown") return ArticleFormat::markdown;
    if (ext == "html" || ext == "htm" || ext == "xhtml") return ArticleFormat::html;
    return std::nullopt;
}

ArticleFormat sniff_format(std::string_view bytes) {
    std::string_view head = bytes.substr(0, 512);
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    while (!head.empty() && std::isspace(static_cast<unsigned char>(head.front())))
        head.remove_prefix(1);
    std::string lower(head.substr(0, 64));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.starts_with("<!doctype html") || lower.starts_with("<html") ||
        lower.starts_with("<head") || lower.starts_with("<body") || lower.starts_with("<article"))
        return ArticleFormat::html;
    if (head.starts_with("---\n") || head.starts_with("---\r\n")) return ArticleFormat::markdown;
    return ArticleFormat::text;
}

Discovery discover_inputs(const std::vector<std::string>& arguments) {
    Discovery found;
    for (const std::string& argument : arguments) {
        if (argument == "-") {
            found.files.push_back({"-", ArticleFormat::text});
            continue;
        }
        std::error_code ec;
        const fs::file_status status = fs::status(argument, ec);
        if (ec || !fs::exists(status)) {
            found.missing.push_back(argument);
            continue;
        }
        if (!fs::is_directory(status)) {
            found.files.push_back(
                {argument, format_for_path(argument).value_or(ArticleFormat::text)});
            continue;
        }
        std::vector<InputFile> in_directory;
        fs::recursive_directory_iterator it(argument, fs::directory_options::skip_permission_denied,
                                            ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (hidden(it->path())) {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(ec)) continue;
            const std::string path = it->path().generic_string();
            if (auto format = format_for_path(path)) in_directory.push_back({path, *format});
        }
        std::sort(in_directory.begin(), in_directory.end(),
                  [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
        found.files.insert(found.files.end(), in_directory.begin(), in_directory.end());
    }
    return found;
}

Article load_bytes(std::string path, std::string bytes, ArticleFormat format) {
    auto source = std::make_shared<const SourceFile>(std::move(path), std::move(bytes));
    Article article(source, format);
    const std::string_view data = source->bytes();
    if (data.size() > kMaxArticleBytes) {
        article.problem = std::make_shared<const LoadProblem>(LoadProblem{
            "input.too-large",
            fmt::format("file is {} MiB, more than the {} MiB quotecheck analyses; split it",
                        data.size() >> 20, kMaxArticleBytes >> 20),
            0});
        article.set_text({}, {});
        return article;
    }
    if (const std::string_view encoding = unicode_other_than_utf8(data); !encoding.empty()) {
        // Skipped, not decoded: every offset a finding gives is into the file's bytes.
        article.problem = std::make_shared<const LoadProblem>(LoadProblem{
            "input.invalid-utf8",
            fmt::format("file is {0} (it starts with {0}'s byte-order mark), not UTF-8; convert "
                        "it with iconv -f {0} -t UTF-8; skipped",
                        encoding),
            0});
        article.set_text({}, {});
        return article;
    }
    if (looks_binary(data)) {
        const auto nul = static_cast<uint32_t>(data.find('\0'));
        article.problem = std::make_shared<const LoadProblem>(LoadProblem{
            "input.binary",
            fmt::format(
                "file contains a NUL byte (at byte {}) and looks binary, not an article; skipped",
                nul),
            nul});
        article.set_text({}, {});
        return article;
    }
    if (trim(data.starts_with("\xEF\xBB\xBF") ? data.substr(3) : data).empty()) {
        article.problem = std::make_shared<const LoadProblem>(
            LoadProblem{"input.empty", "file is empty; there is nothing to check", 0});
        article.set_text({}, {});
        return article;
    }
    if (auto bad = find_invalid_utf8(data)) {
        // Analysed anyway, with the bad bytes read as U+FFFD, so one stray Latin-1 byte does
        // not hide every other problem in the article.
        article.problem = std::make_shared<const LoadProblem>(LoadProblem{
            "input.invalid-utf8",
            fmt::format("invalid UTF-8 at byte {}; the file must be UTF-8 (convert it with iconv)",
                        *bad),
            *bad});
    }
    switch (format) {
        case ArticleFormat::text:
            load_plain_text(article);
            break;
        case ArticleFormat::markdown:
            load_markdown(article);
            break;
        case ArticleFormat::html:
            load_html(article);
            break;
    }
    return article;
}

Article load_input(const InputFile& input) {
    std::string bytes;
    if (input.path == "-") {
        // One byte over the limit is enough to know the input is too large: a runaway pipe
        // is not read into memory whole.
        char chunk[1 << 16];
        while (bytes.size() <= kMaxArticleBytes && std::cin.read(chunk, sizeof chunk).gcount() > 0)
            bytes.append(chunk, static_cast<size_t>(std::cin.gcount()));
        const ArticleFormat format = sniff_format(bytes);
        return load_bytes("<stdin>", std::move(bytes), format);
    }
    auto skipped = [&](std::string rule, std::string message) {
        Article article(std::make_shared<const SourceFile>(input.path, std::string{}),
                        input.format);
        article.problem = std::make_shared<const LoadProblem>(
            LoadProblem{std::move(rule), std::move(message), 0});
        article.set_text({}, {});
        return article;
    };
    FileRead read = read_article_file(input.path);
    if (!read.problem_rule.empty())
        return skipped(std::move(read.problem_rule), std::move(read.problem));
    Article article = load_bytes(input.path, std::move(read.bytes), input.format);
    article.set_rereadable();
    return article;
}

FileRead read_article_file(const std::string& path) {
    FileRead out;
    // POSIX calls rather than filesystem::status, an ifstream and file_size: one open, one fstat
    // and a read straight into a string of the file's size, for each of thousands of articles
    // (a large run reads many of them twice or three times). Opened without blocking, so that a
    // FIFO named on the command line is not waited on until something writes to it; fstat then
    // tells it from a regular file. (A stat of the path before opening cost 3.3 % of a 100k
    // article run: the path is walked again.)
    struct stat status {};
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0 || ::fstat(fd, &status) != 0) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        out.problem_rule = "input.unreadable";
        // A socket cannot be opened at all: said as what it is rather than as ENXIO.
        if (::stat(path.c_str(), &status) == 0 && !S_ISREG(status.st_mode))
            out.problem = "not a regular file (a device, pipe or socket); skipped";
        else
            out.problem = fmt::format("cannot read file: {}", std::strerror(error));
        return out;
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(fd);
        out.problem_rule = "input.unreadable";
        out.problem = "not a regular file (a device, pipe or socket); skipped";
        return out;
    }
    const auto size = static_cast<uint64_t>(status.st_size);
    if (size > kMaxArticleBytes) {
        ::close(fd);
        out.problem_rule = "input.too-large";
        out.problem =
            fmt::format("file is {} MiB, more than the {} MiB quotecheck analyses; split it",
                        size >> 20, kMaxArticleBytes >> 20);
        return out;
    }
    std::string& bytes = out.bytes;
    bytes.resize(size);
    size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, bytes.data() + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // end of file (it shrank) or an error: keep what was read
        got += static_cast<size_t>(n);
    }
    ::close(fd);
    bytes.resize(got);
    return out;
}

}  // namespace quotecheck
