// How the process hands freed memory back to the system.
#pragma once

namespace quotecheck {

// From now on, memory freed is returned to the system at once instead of after the
// allocator's delay. A cross-article stage frees its working tables while it builds others
// and while the whole archive's material is held, and with the delay those freed pages stay
// resident at the peak; the per-article stage, which frees and reuses the same buffers article
// after article, runs faster with the delay. Without mimalloc (sanitizer and fuzz builds) this
// does nothing.
void return_freed_memory_at_once();

}  // namespace quotecheck
