// Reports are written atomically: a temporary file beside the target is renamed over it only
// when complete, so a failed run leaves an existing report as it was and no temporary file.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>

#include "report/output_file.hpp"
#include "temp_dir.hpp"

using namespace quotecheck;
namespace fs = std::filesystem;

namespace {

using testing::TempDir;

std::string read(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

size_t entries(const fs::path& dir) {
    return static_cast<size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("a committed report replaces the old one and leaves no temporary file",
          "[reliability][output]") {
    TempDir dir;
    const fs::path report = dir.path / "report.json";
    std::ofstream(report) << "old report";
    {
        AtomicOutput output(report.string());
        output.stream() << "new report";
        CHECK(read(report) == "old report");  // nothing is visible before commit
        output.commit();
    }
    CHECK(read(report) == "new report");
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("a run that fails before commit keeps the old report and removes its temporary file",
          "[reliability][output]") {
    TempDir dir;
    const fs::path report = dir.path / "report.json";
    std::ofstream(report) << "old report";
    try {
        AtomicOutput output(report.string());
        output.stream() << "half a report";
        CHECK(entries(dir.path) == 2);  // the report and .report.json.tmp-XXXXXX
        throw std::runtime_error("the run failed");
    } catch (const std::runtime_error&) {
    }
    CHECK(read(report) == "old report");
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("the temporary file is hidden and named after the report", "[reliability][output]") {
    TempDir dir;
    AtomicOutput output((dir.path / "report.json").string());
    const std::string name = fs::directory_iterator(dir.path)->path().filename().string();
    CHECK(name.starts_with(".report.json.tmp-"));
    CHECK(name.size() == std::string(".report.json.tmp-XXXXXX").size());
}

TEST_CASE("an output path in a missing directory or naming a directory is an I/O error",
          "[reliability][output]") {
    TempDir dir;
    CHECK_THROWS_WITH(AtomicOutput((dir.path / "missing" / "report.json").string()),
                      Catch::Contains("does not exist"));
    CHECK_THROWS_WITH(AtomicOutput(dir.path.string()), Catch::Contains("it is a directory"));
    CHECK(entries(dir.path) == 0);
}

TEST_CASE("a named pipe is written in place, not replaced by a file", "[reliability][output]") {
    TempDir dir;
    const fs::path pipe = dir.path / "report.pipe";
    REQUIRE(mkfifo(pipe.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = read(pipe); });
    {
        AtomicOutput output(pipe.string());
        output.stream() << "the report";
        output.commit();
    }
    reader.join();
    CHECK(received == "the report");
    CHECK(fs::is_fifo(pipe));
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("a report written to /dev/null leaves it a device", "[reliability][output]") {
    if (!fs::is_character_file("/dev/null")) return;  // not a device on this machine
    {
        AtomicOutput output("/dev/null");
        output.stream() << "discarded";
        output.commit();
    }
    CHECK(fs::is_character_file("/dev/null"));
}

TEST_CASE("a report larger than the write buffer arrives whole and in order",
          "[reliability][output]") {
    TempDir dir;
    const fs::path report = dir.path / "report.txt";
    std::string expected;
    {
        AtomicOutput output(report.string());
        // Small pieces that overflow the 1 MiB buffer many times, and one piece larger than it.
        for (int i = 0; i < 200000; ++i) {
            const std::string line = std::to_string(i) + "\n";
            output.stream() << line;
            expected += line;
        }
        const std::string big(3u << 20, 'x');
        output.stream() << big;
        expected += big;
        output.stream() << "end\n";
        expected += "end\n";
        CHECK(!fs::exists(report));  // still only the temporary file
        output.commit();
    }
    CHECK(read(report) == expected);
    CHECK(entries(dir.path) == 1);
}

TEST_CASE("a write error while streaming is reported at commit", "[reliability][output]") {
    if (!fs::is_character_file("/dev/full")) return;  // no /dev/full on this machine
    AtomicOutput output("/dev/full");
    output.stream() << std::string(3u << 20, 'x');
    CHECK_THROWS_WITH(output.commit(), Catch::Contains("cannot write /dev/full") &&
                                           Catch::Contains("No space left"));
}
