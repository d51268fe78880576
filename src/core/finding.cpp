#include "core/finding.hpp"

#include <fmt/format.h>

#include <mutex>
#include <shared_mutex>
#include <unordered_set>

namespace quotecheck {

namespace {

// Every id a RuleId was made from. A node set: an element never moves, so pointers to it stay
// valid as it grows; never shrunk, and a run knows a few dozen ids.
struct Interned {
    // Looked up by a view, without a string made for the lookup.
    struct Hash : std::hash<std::string_view> {
        using is_transparent = void;
    };
    std::shared_mutex mutex;
    std::unordered_set<std::string, Hash, std::equal_to<>> ids;
};

Interned& interned() {
    static Interned* const table = new Interned;  // never destroyed: findings may outlive main
    return *table;
}

const std::string* intern(std::string_view id) {
    Interned& table = interned();
    {
        const std::shared_lock lock(table.mutex);
        if (const auto found = table.ids.find(id); found != table.ids.end()) return &*found;
    }
    const std::unique_lock lock(table.mutex);
    return &*table.ids.emplace(id).first;
}

}  // namespace

RuleId::RuleId() {
    static const std::string* const none = intern({});
    id_ = none;
}
RuleId::RuleId(std::string_view id) : id_(intern(id)) {}

std::string replacement_fix(std::string_view replacement) {
    return fmt::format("write “{}”", replacement);
}

}  // namespace quotecheck
