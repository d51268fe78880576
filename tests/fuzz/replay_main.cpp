// Replays inputs through a fuzz target without libFuzzer, so that the ordinary GCC builds (dev,
// asan, the README's test command) compile every target and run its seed corpus as a test:
// a target that stops compiling, or a seed that crashes or breaks an invariant, fails ctest
// instead of waiting for someone to run the clang `fuzz` preset.
//   replay_fuzz_quotes FILE_OR_DIRECTORY...
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

std::vector<std::filesystem::path> inputs_in(const std::filesystem::path& path) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::directory_iterator(path))
            if (entry.is_regular_file()) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
    } else {
        files.push_back(path);
    }
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    size_t replayed = 0;
    for (int a = 1; a < argc; ++a) {
        for (const std::filesystem::path& file : inputs_in(argv[a])) {
            std::ifstream in(file, std::ios::binary);
            if (!in) {
                std::cerr << file.string() << ": cannot read\n";
                return 1;
            }
            const std::string bytes((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
            std::cerr << "replaying " << file.string() << '\n';
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    std::cerr << replayed << " inputs replayed\n";
    // No input at all means a wrong path, not a pass.
    return replayed > 0 ? 0 : 1;
}
