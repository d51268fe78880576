#include "bench_corpus.hpp"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace quotecheck::bench {

Corpus read_corpus(const std::string& directory) {
    Corpus corpus;
    const Discovery found = discover_inputs({directory});
    if (!found.missing.empty() || found.files.empty())
        throw std::runtime_error(directory +
                                 ": no articles (generate one with bench/generate_corpus.py)");
    for (const InputFile& input : found.files) {
        std::ifstream in(input.path, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        corpus.bytes += bytes.size();
        corpus.files.push_back({input, std::move(bytes)});
    }
    return corpus;
}

}  // namespace quotecheck::bench
