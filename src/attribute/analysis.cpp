#include "attribute/analysis.hpp"

namespace quotecheck {

std::string_view to_string(Resolution resolution) {
    switch (resolution) {
        case Resolution::name:
            return "name";
        case Resolution::alias:
            return "alias";
        case Resolution::descriptor:
            return "descriptor";
        case Resolution::pronoun:
            return "pronoun";
        case Resolution::previous_speaker:
            return "previous-speaker";
    }
    return "name";
}

}  // namespace quotecheck
