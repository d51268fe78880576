// `quotecheck extract`: the per-article half of a run, written as JSON Lines (one article
// record per line, see article_record.hpp) so that a batch engine can run it as its map step
// over shards of an archive and `quotecheck merge` can run the cross-article half over the
// collected lines.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "check/run_check.hpp"

namespace quotecheck {

struct ExtractOptions {
    CheckOptions check;        // paths, jobs, configuration, rule packs, progress: as for `check`
    unsigned shard = 0;        // this run takes the inputs whose index i has
    unsigned shard_count = 1;  // i % shard_count == shard (indices in discovery order)
};

struct ExtractSummary {
    size_t articles = 0;
    std::vector<std::string> missing_inputs;
};

// Writes one line per article of the shard, in discovery order whatever `jobs` is; articles
// stream through, so memory stays flat however many there are.
ExtractSummary run_extract(const ExtractOptions& options, std::ostream& out);

}  // namespace quotecheck
