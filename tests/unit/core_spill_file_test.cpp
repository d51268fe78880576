#include "core/spill_file.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "temp_dir.hpp"

using namespace quotecheck;
using namespace std::string_literals;

TEST_CASE("a spill file gives back what was written, from any number of writers") {
    testing::TempDir dir;
    const auto spill = SpillFile::create(dir.path.string());
    REQUIRE(spill);
    // Removed from its directory at once: nothing is left behind however the run ends.
    CHECK(std::filesystem::is_empty(dir.path));

    constexpr int kThreads = 4, kEach = 200;
    // Catch's assertions are for the test's own thread: the writers only record.
    std::vector<std::vector<std::pair<std::optional<SpillFile::Extent>, std::string>>> written(
        kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < kEach; ++i) {
                // Sizes from empty to several pages, bytes that tell writers apart.
                const std::string bytes(static_cast<size_t>((i * 37) % 9000),
                                        static_cast<char>('a' + t));
                const std::string all = bytes + "\n\0“é”"s + std::to_string(i);
                written[t].emplace_back(spill->write(all), all);
            }
        });
    for (auto& thread : threads) thread.join();
    uint64_t total = 0;
    for (const auto& each : written)
        for (const auto& [extent, bytes] : each) {
            REQUIRE(extent);
            CHECK(extent->size == bytes.size());
            CHECK(spill->read(*extent) == bytes);
            total += bytes.size();
        }
    CHECK(spill->size() == total);

    // Past the end, nothing is made up.
    CHECK_FALSE(spill->read({total, 1}));
    CHECK_FALSE(spill->read({total + 10, 5}));
    CHECK(spill->read({total, 0}) == std::string{});
}

TEST_CASE("no spill file where none can be made") {
    testing::TempDir dir;
    CHECK_FALSE(SpillFile::create((dir.path / "missing").string()));
    std::filesystem::create_directory(dir.path / "read-only");
    std::filesystem::permissions(dir.path / "read-only", std::filesystem::perms::owner_read |
                                                             std::filesystem::perms::owner_exec);
    // Root writes anywhere; the check holds for everyone else.
    if (::geteuid() != 0) CHECK_FALSE(SpillFile::create((dir.path / "read-only").string()));
}
