// One article's per-article result as a line of JSON (the unit `quotecheck extract` writes and
// `quotecheck merge` reads), so the per-article stage can run as the map step of a batch engine
// and the cross-article stage over the collected lines.
//
// A record is self-contained: it carries the article's original bytes, so merge re-runs only
// the loader (cheap, deterministic) to rebuild the text, offset map and metadata that reports
// need for line/column and HTML, and never needs the original files. Every other field is the
// analysis itself, with spans in the article's text coordinates.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>

#include "attribute/analysis.hpp"

namespace quotecheck {

inline constexpr int kArticleRecordVersion = 1;

nlohmann::json article_record(const ArticleAnalysis& analysis);

// Rebuilds the analysis; its findings point at `article_index`. Throws std::runtime_error
// naming the field when the record is malformed or of another version.
ArticleAnalysis read_article_record(const nlohmann::json& record, uint32_t article_index);

}  // namespace quotecheck
