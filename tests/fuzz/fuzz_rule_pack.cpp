// Fuzz target: the TOML rule-pack loader on arbitrary bytes, then every rule of a pack that
// loads run over a short article. A bad pack must be a ConfigError (file:line: message); any
// other exception escapes and is recorded as a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/run_check.hpp"
#include "core/diagnostic.hpp"
#include "load/load.hpp"
#include "rules/rule_set.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace quotecheck;
    static const ArticleAnalysis analysis = analyse_article(
        load_bytes("fuzz.txt",
                   "Harbour deal\n\n\xE2\x80\x9CWe welcome this,\xE2\x80\x9D Mayor Elena Varga "
                   "told reporters. The regime reportedly opposed it, sources said.\n",
                   ArticleFormat::text),
        0);
    std::optional<RulePack> pack;
    try {
        pack = load_pack(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml",
                         KindContext{});
    } catch (const ConfigError&) {
        return 0;
    }
    if (!pack) return 0;
    std::vector<Finding> findings;
    for (const auto& rule : pack->rules) run_rule(*rule, rule->severity, analysis, 0, findings);
    return 0;
}
