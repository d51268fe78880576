// Everything known about one article after the per-article stages: the text, its sentences,
// the quotes and who said them. Rules read it; the corpus stage and reporters read it too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/finding.hpp"
#include "core/span.hpp"
#include "load/article.hpp"
#include "quotes/quote.hpp"
#include "segment/segment.hpp"

namespace quotecheck {

// How a speaker mention was tied to the person it names.
enum class Resolution { name, alias, descriptor, pronoun, previous_speaker };
std::string_view to_string(Resolution resolution);

struct Cue {
    Span span;          // "said", "told", "according to", "pointed out"
    std::string lemma;  // the lexicon entry it matched ("say", "tell", "according to")
};

struct Speaker {
    std::string name;  // canonical: "Vladimir Putin"
    Span mention;      // the words in this article that were resolved: "the Russian president"
    Resolution resolution = Resolution::name;
    bool organisation = false;
};

// The outlet or intermediary a quote or claim reached the writer through.
struct SourceRef {
    std::string name;  // canonical: "Haaretz"
    Span mention;
    std::string cue;  // "reported", "told", "according to", "in an interview with"
};

struct Attribution {
    std::optional<Cue> cue;
    std::optional<Speaker> speaker;
    std::vector<SourceRef> sources;
};

// Attribution that names no one: "reportedly", "sources said", "it is believed".
struct VagueAttribution {
    Span span;
    uint32_t sentence = 0;
    bool covered_by_source = false;  // a named source in the same sentence covers it
};

// Reported speech without quote marks: "Putin said that he supports reconciliation".
struct IndirectSpeech {
    Span span;  // the reported content
    Cue cue;
    std::optional<Speaker> speaker;
    std::vector<SourceRef> sources;
};

struct ArticleAnalysis {
    explicit ArticleAnalysis(Article a) : article(std::move(a)) {}

    Article article;
    Segments segments;
    Extraction extraction;                  // quotes and mark problems
    std::vector<Attribution> attributions;  // one per extraction.quotes entry (same index)
    std::vector<VagueAttribution> vague;
    std::vector<IndirectSpeech> indirect;
    std::vector<Finding> findings;  // per-article findings
    // How many quotes a run that keeps only what the findings need found in the article and
    // then let go of (extraction.quotes is empty then): the summary still counts them.
    uint32_t released_quotes = 0;
};

}  // namespace quotecheck
