#include "rules/baseline.hpp"

#include <fstream>

#include "core/diagnostic.hpp"

namespace quotecheck {

std::unordered_set<std::string> read_baseline(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ConfigError(file.string(), 0, "cannot read baseline file");
    std::unordered_set<std::string> fingerprints;
    std::string line;
    unsigned number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line.front() == '#') continue;
        const std::string fingerprint = line.substr(0, line.find('\t'));
        if (fingerprint.find(':') == std::string::npos)
            throw ConfigError(file.string(), number,
                              "not a baseline entry (expected a fingerprint like 0123abcd…:0)");
        fingerprints.insert(fingerprint);
    }
    return fingerprints;
}

void write_baseline_header(std::ostream& out) {
    out << "# quotecheck baseline: findings accepted for now; `quotecheck check --baseline FILE` "
           "reports only "
           "others.\n# fingerprint\trule\tpath\tmessage\n";
}

void write_baseline_entry(std::ostream& out, const std::string& fingerprint,
                          const std::string& rule, const std::string& path,
                          const std::string& message) {
    std::string flat = message;
    for (char& c : flat)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    out << fingerprint << '\t' << rule << '\t' << path << '\t' << flat << '\n';
}

}  // namespace quotecheck
