// The claims an article contributes to the corpus index, as extract_material stores them: each
// claim's context words and index keys in the article's one array, its sentence's dates as the
// sentence's date claims.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "check/run_check.hpp"
#include "corpus/article_material.hpp"
#include "load/load.hpp"

using namespace quotecheck;

namespace {

ArticleMaterial material_of(const std::string& text) {
    return extract_material(analyse_article(load_bytes("a.txt", text, ArticleFormat::text), 0), 0);
}

}  // namespace

TEST_CASE("the claims of one sentence share its context - its dates are its date claims") {
    const ArticleMaterial material = material_of(
        "Attack\n\nOn March 3, 2016 the militants attacked the border post near the river, "
        "killing two soldiers and wounding five guards.\n\nThe rebels later paid $2 million in "
        "ransom to the river clan.\n");
    const ArticleFacts& facts = material.facts;
    REQUIRE(facts.entries.size() == 4);
    const FactEntry& date = facts.entries[0];
    const FactEntry& killed = facts.entries[1];
    const FactEntry& injured = facts.entries[2];
    const FactEntry& money = facts.entries[3];
    CHECK(date.claim.kind == FactKind::date);
    CHECK(killed.claim.kind == FactKind::killed);
    CHECK(injured.claim.kind == FactKind::injured);
    CHECK(money.claim.kind == FactKind::money);

    // The date's context is the words near it; the counts share the whole sentence's.
    CHECK(killed.context_begin == injured.context_begin);
    CHECK(killed.context_size == injured.context_size);
    CHECK(killed.keys_size == injured.keys_size);
    CHECK(date.context_begin != killed.context_begin);
    for (const FactEntry* entry : {&date, &killed, &money}) {
        const auto context = facts.context(*entry);
        const auto keys = facts.keys(*entry);
        CHECK(!context.empty());
        CHECK(!keys.empty());
        CHECK(std::is_sorted(context.begin(), context.end()));
        CHECK(std::adjacent_find(context.begin(), context.end()) == context.end());
        CHECK(std::is_sorted(keys.begin(), keys.end()));
        CHECK(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
    }

    for (const FactEntry* entry : {&date, &killed, &injured}) {
        const auto dates = facts.sentence_dates(*entry);
        REQUIRE(dates.size() == 1);
        CHECK(&dates[0] == &date);
        CHECK(dates[0].claim.date.describe() == "2016-03-03");
    }
    CHECK(facts.sentence_dates(money).empty());
}

TEST_CASE("a sum keeps the currency word it is written in") {
    const ArticleFacts facts =
        material_of(
            "Deal\n\nThe firm paid $20 million.\n\nThe firm paid 5 dollar.\n\nThe firm paid 7 "
            "euro.\n")
            .facts;
    REQUIRE(facts.entries.size() == 3);
    CHECK(facts.entries[0].claim.currency == Currency::dollars);
    CHECK(facts.entries[1].claim.currency == Currency::dollar);
    CHECK(facts.entries[2].claim.currency == Currency::euro);
    CHECK(to_string(Currency::dollars) == "dollars");
    CHECK(to_string(Currency::euro) == "euro");
}

TEST_CASE("a count after a death and a new clause is not of the dead") {
    const ArticleFacts facts =
        material_of(
            "Outbreak\n\nA woman in her 80s has died and 12 people have been confirmed with the "
            "disease.\n\nThe outbreak has killed one person and left 11 in hospital.\n")
            .facts;
    std::vector<double> killed;
    for (const FactEntry& entry : facts.entries)
        if (entry.claim.kind == FactKind::killed) killed.push_back(entry.claim.low);
    CHECK(killed == std::vector<double>{1});
}
