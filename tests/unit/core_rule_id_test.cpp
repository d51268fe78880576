// A finding's rule id is held once per process (RuleId): it must read, compare and order exactly
// as the id's text did when each finding had a string of its own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/finding.hpp"

using namespace quotecheck;

TEST_CASE("a rule id reads as its text and is held once, however it was made") {
    const std::string text = "attribution.unattributed-quote";
    const RuleId from_literal = "attribution.unattributed-quote";
    const RuleId from_string = text;
    const RuleId from_view = std::string_view(text);
    CHECK(from_literal.str() == text);
    CHECK(&from_literal.str() == &from_string.str());
    CHECK(&from_literal.str() == &from_view.str());
    CHECK(from_literal == from_string);
    CHECK(from_literal == "attribution.unattributed-quote");
    CHECK("attribution.unattributed-quote" == from_literal);
    CHECK(from_literal != "attribution.unattributed");
    CHECK(from_literal.starts_with("attribution."));
    CHECK_FALSE(from_literal.starts_with("corpus."));
    std::ostringstream out;
    out << from_literal;
    CHECK(out.str() == text);

    const RuleId none;
    CHECK(none.empty());
    CHECK(none == "");
    CHECK(&none.str() == &RuleId("").str());
    Finding finding;
    CHECK(finding.rule.empty());
}

TEST_CASE("rule ids order by their text, not by where they are held") {
    // Made in the opposite order of their text, so that an order by address would differ.
    const RuleId later = "zz.rule-made-first-for-this-test";
    const RuleId earlier = "aa.rule-made-second-for-this-test";
    CHECK(earlier < later);
    CHECK(later > earlier);
    CHECK(earlier < std::string_view("ab"));
    std::vector<RuleId> ids = {later, earlier, RuleId("mm.middle-rule-for-this-test")};
    std::sort(ids.begin(), ids.end(), [](const RuleId& a, const RuleId& b) { return a < b; });
    CHECK(ids[0] == "aa.rule-made-second-for-this-test");
    CHECK(ids[1] == "mm.middle-rule-for-this-test");
    CHECK(ids[2] == "zz.rule-made-first-for-this-test");
    const std::set<std::string> as_strings = {ids[2], ids[0]};
    CHECK(*as_strings.begin() == "aa.rule-made-second-for-this-test");
}

TEST_CASE("threads making the same new rule ids get the same ones") {
    // The per-article stage makes findings on every thread at once.
    constexpr int kThreads = 4;
    constexpr int kIds = 200;
    std::vector<std::vector<const std::string*>> seen(kThreads);
    std::atomic<bool> go = false;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            while (!go.load()) std::this_thread::yield();
            for (int i = 0; i < kIds; ++i)
                seen[t].push_back(&RuleId("threads.rule-" + std::to_string(i)).str());
        });
    go = true;
    for (std::thread& thread : threads) thread.join();
    for (int t = 1; t < kThreads; ++t) CHECK(seen[t] == seen[0]);
    CHECK(*seen[0][17] == "threads.rule-17");
}
