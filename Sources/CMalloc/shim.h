#ifndef GAZETTE_CMALLOC_SHIM_H
#define GAZETTE_CMALLOC_SHIM_H

// glibc's allocator settings (`mallopt(3)`), which Swift's Glibc module does not include. One function; nothing
// else lives here. Where the C library has no `M_TOP_PAD` it reports that it did nothing.

#if defined(__linux__)
#include <malloc.h>
#endif

#if defined(M_TOP_PAD)
/// Grows heaps by `bytes` beyond each allocation that needs more room. 1 when the C library took the setting.
static inline int gazette_malloc_set_top_pad(int bytes) {
    return mallopt(M_TOP_PAD, bytes);
}
#else
static inline int gazette_malloc_set_top_pad(int bytes) {
    (void)bytes;
    return 0;
}
#endif

#endif
