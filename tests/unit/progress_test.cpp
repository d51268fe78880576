// The progress bar's line and when it is shown at all.
#include <catch2/catch.hpp>

#include "report/progress.hpp"

using namespace quotecheck;

TEST_CASE("progress line shows files, throughput and time left") {
    ProgressSnapshot s;
    s.files_done = 250;
    s.files_total = 1000;
    s.bytes_done = 20'000'000;
    s.bytes_total = 80'000'000;
    s.seconds = 2;
    const std::string line = progress_line(s, 80);
    CHECK(line == "[#######-----------------------]  250/1000 files  10.0 MB/s  0:06 left");
    CHECK(line.size() <= 80);
}

TEST_CASE("progress line estimates from files when sizes are unknown") {
    ProgressSnapshot s;
    s.files_done = 1;
    s.files_total = 2;
    s.seconds = 3600;
    CHECK(progress_line(s, 80).ends_with("1/2 files  0.0 MB/s  1:00:00 left"));
}

TEST_CASE("progress line drops the bar on a narrow terminal") {
    ProgressSnapshot s;
    s.files_done = 3;
    s.files_total = 9;
    CHECK(progress_line(s, 40) == "3/9 files  0.0 MB/s  --:-- left");
    CHECK(progress_line(s, 12).size() == 11);
}

TEST_CASE("progress is shown only on a terminal, outside CI, without --quiet") {
    CHECK(progress_wanted(false, true, nullptr));
    CHECK_FALSE(progress_wanted(true, true, nullptr));
    CHECK_FALSE(progress_wanted(false, false, nullptr));
    CHECK_FALSE(progress_wanted(false, true, "true"));
    CHECK_FALSE(progress_wanted(false, true, "1"));
    CHECK(progress_wanted(false, true, "false"));
    CHECK(progress_wanted(false, true, ""));
}
