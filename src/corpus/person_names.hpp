// When two written names are the same person: a surname with or without given names
// ("Netanyahu", "Benjamin Netanyahu"), transliterations (Binyamin/Benjamin), accents
// (Erdoğan/Erdogan); and when they are two people (John Smith, Jane Smith).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace quotecheck {

struct FoldedName {
    std::string given;    // folded given names, initials left out, space separated
    std::string surname;  // folded
};

FoldedName fold_name(std::string_view name);

// Two spellings of the same given names or surname: "binyamin"/"benjamin", "sergei"/"sergey",
// "mohamed"/"mohammed"; not "john"/"joan".
bool spelling_variants(std::string_view a, std::string_view b);

// Whether at most one letter differs, is added or is dropped between the two: edit_distance(a, b)
// <= 1, without filling the distance table (surnames are compared in every pair of quotes).
bool within_one_edit(std::string_view a, std::string_view b);

// Given names that can belong to one person: equal, one missing, one the other's short form
// ("tayyip"/"recep tayyip"), or spelling variants.
bool given_names_compatible(std::string_view a, std::string_view b);

// A speaker's name prepared once for many comparisons: folded, or nullopt when it does not look
// like a person's name (a descriptor left unresolved, "the Russian president").
std::optional<FoldedName> person_name(std::string_view name);

// Whether two canonical speaker names are one person; nullopt when either does not look like
// a person's name, so nothing can be said.
std::optional<bool> same_person(const std::optional<FoldedName>& a,
                                const std::optional<FoldedName>& b);
std::optional<bool> same_person(std::string_view a, std::string_view b);

}  // namespace quotecheck
