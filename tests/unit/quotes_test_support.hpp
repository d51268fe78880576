// Helpers for the extraction tests: load a short article from a string and extract its quotes.
#pragma once

#include <string>
#include <vector>

#include "load/load.hpp"
#include "quotes/extract.hpp"

namespace quotecheck::test {

struct Found {
    std::string text;
    QuoteKind kind;
};

inline Extraction extract_from(const std::string& body, ArticleFormat format = ArticleFormat::text,
                               Article* keep = nullptr) {
    Article article = load_bytes("test.txt", body, format);
    Extraction extraction = extract_quotes(article);
    if (keep) *keep = std::move(article);
    return extraction;
}

inline std::vector<std::string> quote_texts(const std::string& body,
                                            ArticleFormat format = ArticleFormat::text) {
    Article article = load_bytes("test.txt", body, format);
    std::vector<std::string> out;
    const Extraction extraction = extract_quotes(article);
    for (const Quote& q : extraction.quotes) out.push_back(extraction.text_of(article.text(), q));
    return out;
}

inline std::vector<Found> quotes_of(const std::string& body,
                                    ArticleFormat format = ArticleFormat::text) {
    Article article = load_bytes("test.txt", body, format);
    std::vector<Found> out;
    const Extraction extraction = extract_quotes(article);
    for (const Quote& q : extraction.quotes)
        out.push_back({extraction.text_of(article.text(), q), q.kind});
    return out;
}

inline std::vector<MarkProblem> problems_of(const std::string& body) {
    std::vector<MarkProblem> out;
    for (const MarkIssue& issue : extract_from(body).issues) out.push_back(issue.problem);
    return out;
}

}  // namespace quotecheck::test
