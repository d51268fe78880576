// The benchmark's view of a generated corpus: every article file's path, format and bytes,
// read once up front so that stage timings never include the disk.
#pragma once

#include <string>
#include <vector>

#include "load/load.hpp"

namespace quotecheck::bench {

struct CorpusFile {
    InputFile input;
    std::string bytes;
};

struct Corpus {
    std::vector<CorpusFile> files;
    size_t bytes = 0;
};

// Reads every article under `directory` (the same files `quotecheck check DIR` would take).
Corpus read_corpus(const std::string& directory);

}  // namespace quotecheck::bench
