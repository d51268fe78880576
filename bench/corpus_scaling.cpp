// How the cross-article stage scales: generates corpora of same-event coverage (several
// outlets per event quoting the same statements, with a few misquotes and name variants), runs
// the per-article analysis, then times check_corpus alone. Usage: corpus_scaling
// [--threads T] [--repeat R] [N…]; with --threads 1 the CPU time is the stage's work alone,
// without the time idle worker threads spend spinning; with R > 1 the least of R runs is shown
// (other processes on a loaded machine only ever add time).
#include <fmt/format.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_for.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "attribute/lexicon.hpp"
#include "check/run_check.hpp"
#include "corpus/check_corpus.hpp"
#include "load/load.hpp"

namespace {

using namespace quotecheck;

// Pseudo-words from syllables, so a large corpus has a large vocabulary as real news does.
std::string make_word(std::mt19937_64& random, bool capital) {
    static const char* syllables[] = {"ka",  "lo",  "mi",  "ra",  "ten", "vo", "sul",
                                      "dar", "ne",  "bri", "os",  "tam", "ul", "pe",
                                      "gor", "zin", "fa",  "hel", "ju",  "rin"};
    std::string word;
    const int count = 2 + static_cast<int>(random() % 2);
    for (int k = 0; k < count; ++k) word += syllables[random() % 20];
    if (capital) word[0] = static_cast<char>(word[0] - 'a' + 'A');
    return word;
}

std::string make_sentence(std::mt19937_64& random, size_t words) {
    static const char* glue[] = {"the", "of", "and", "to", "we", "will", "is", "not", "for", "our"};
    std::string sentence;
    for (size_t k = 0; k < words; ++k) {
        if (k) sentence += ' ';
        sentence += random() % 3 == 0 ? glue[random() % 10] : make_word(random, false);
    }
    sentence[0] = static_cast<char>(std::toupper(sentence[0]));
    return sentence;
}

struct Event {
    std::string place, verb_phrase, given, surname, role;
    std::vector<std::string> statements;
    int killed;
    int day;
};

std::vector<ArticleAnalysis> generate(size_t articles, uint64_t seed) {
    std::mt19937_64 random(seed);
    const size_t event_count = std::max<size_t>(1, articles / 5);
    std::vector<Event> events(event_count);
    static const char* roles[] = {"President", "Prime Minister", "Foreign Minister", "Mayor",
                                  "Governor"};
    for (Event& event : events) {
        event.place = make_word(random, true);
        event.verb_phrase = make_word(random, false) + " " + make_word(random, false) + " " +
                            make_word(random, false);
        event.given = make_word(random, true);
        event.surname = make_word(random, true);
        event.role = roles[random() % 5];
        for (int s = 0; s < 3; ++s)
            event.statements.push_back(make_sentence(random, 10 + random() % 12));
        event.killed = 1 + static_cast<int>(random() % 40);
        event.day = 1 + static_cast<int>(random() % 28);
    }
    std::vector<std::string> texts(articles);
    std::vector<std::string> speakers(articles);
    for (size_t a = 0; a < articles; ++a) {
        const Event& event = events[random() % event_count];
        std::string given = event.given;
        if (random() % 50 == 0) given[1] = 'y';  // a name variant now and then
        int killed = event.killed;
        if (random() % 100 == 0) ++killed;  // a conflicting figure now and then
        std::string text = fmt::format("{} {}\n\n", event.place, make_sentence(random, 5));
        text +=
            fmt::format("The {} in {} on March {}, 2024 left {} people dead, officials said.\n\n",
                        event.verb_phrase, event.place, event.day, killed);
        for (int s = 0; s < 3; ++s) {
            std::string statement = event.statements[static_cast<size_t>(s)];
            if (random() % 50 == 0)
                statement.replace(statement.find(' ') + 1, 0, "never ");  // a misquote
            if (random() % 4 == 0)
                statement = statement.substr(0, statement.size() / 2);  // an excerpt
            text += fmt::format("\"{},\" {} {} {} said.\n\n", statement, event.role, given,
                                event.surname);
            text += make_sentence(random, 12) + ". " + make_sentence(random, 9) + ".\n\n";
        }
        texts[a] = std::move(text);
        speakers[a] = given + " " + event.surname;
    }
    std::vector<std::optional<ArticleAnalysis>> slots(articles);
    const AttributionLexicon lexicon = load_attribution_lexicon();
    tbb::parallel_for(size_t{0}, articles, [&](size_t a) {
        Article article =
            load_bytes(fmt::format("gen/{:06}.txt", a), std::move(texts[a]), ArticleFormat::text);
        article.published = parse_iso_date("2024-03-30");
        ArticleAnalysis analysis =
            analyse_article(std::move(article), static_cast<uint32_t>(a), lexicon);
        analysis.attributions.resize(analysis.extraction.quotes.size());
        for (Attribution& attribution : analysis.attributions)
            attribution.speaker = Speaker{speakers[a], {}, Resolution::name, false};
        slots[a].emplace(std::move(analysis));
    });
    std::vector<ArticleAnalysis> result;
    result.reserve(articles);
    for (auto& slot : slots) result.push_back(std::move(*slot));
    return result;
}

double cpu_seconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](timeval t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

long max_rss_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<size_t> sizes;
    size_t threads = 0, repeat = 1;
    for (int k = 1; k < argc; ++k) {
        if (std::string_view(argv[k]) == "--threads" && k + 1 < argc)
            threads = std::strtoull(argv[++k], nullptr, 10);
        else if (std::string_view(argv[k]) == "--repeat" && k + 1 < argc)
            repeat = std::max<size_t>(1, std::strtoull(argv[++k], nullptr, 10));
        else
            sizes.push_back(std::strtoull(argv[k], nullptr, 10));
    }
    if (sizes.empty()) sizes = {1000, 10000, 100000};
    fmt::print("{:>9} {:>9} {:>10} {:>10} {:>14} {:>9} {:>12}\n", "articles", "quotes", "wall ms",
               "CPU ms", "CPU us/article", "findings", "max RSS MiB");
    for (size_t size : sizes) {
        const std::vector<ArticleAnalysis> articles = generate(size, 42);
        size_t quotes = 0;
        for (const ArticleAnalysis& analysis : articles)
            quotes += analysis.extraction.quotes.size();
        std::optional<tbb::global_control> limit;
        if (threads > 0) limit.emplace(tbb::global_control::max_allowed_parallelism, threads);
        std::vector<Finding> findings;
        double ms = 0, cpu_ms = 0;
        for (size_t run = 0; run < repeat; ++run) {
            const double cpu_start = cpu_seconds();
            const auto start = std::chrono::steady_clock::now();
            findings = check_corpus(articles);
            const double run_ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
            const double run_cpu_ms = (cpu_seconds() - cpu_start) * 1000;
            if (run == 0 || run_cpu_ms < cpu_ms) cpu_ms = run_cpu_ms, ms = run_ms;
        }
        std::map<std::string, size_t> by_rule;
        for (const Finding& finding : findings) ++by_rule[finding.rule];
        std::vector<std::string> counts;
        for (const auto& [rule, count] : by_rule)
            counts.push_back(fmt::format("{} {}", rule, count));
        fmt::print("{:>9} {:>9} {:>10.0f} {:>10.0f} {:>14.1f} {:>9} {:>12}   {}\n", size, quotes,
                   ms, cpu_ms, cpu_ms * 1000 / static_cast<double>(size), findings.size(),
                   max_rss_mib(), fmt::join(counts, ", "));
    }
    return 0;
}
