#include "core/memory.hpp"

#ifdef QUOTECHECK_WITH_MIMALLOC
#include <mimalloc.h>
#endif

namespace quotecheck {

void return_freed_memory_at_once() {
#ifdef QUOTECHECK_WITH_MIMALLOC
    // A process-wide setting, read by mimalloc each time it frees pages; the option is
    // mimalloc's own (stored atomically), so changing it while other threads allocate is safe.
    mi_option_set(mi_option_decommit_delay, 0);
#endif
}

}  // namespace quotecheck
