/*
 * internal.h - interfaces between minrt's shared code and each target's
 * system layer. Nothing here is public API: names are __minrt_ and may change.
 */
#ifndef MINRT_INTERNAL_H
#define MINRT_INTERNAL_H

#include <stddef.h>

/*
 * Memory source for the allocator (crt/common/alloc.c); each target has one.
 *   __minrt_os_alloc: len is a multiple of 4096; returns zeroed, 4096-aligned
 *     memory, or NULL when the system has none left.
 *     Linux: mmap. Windows: VirtualAlloc. Cortex-M: bump within the heap
 *     region between the linker-script symbols __minrt_heap_start/_end,
 *     consecutive calls returning adjacent memory.
 *   __minrt_os_free: gives back exactly one earlier __minrt_os_alloc block.
 *     On Cortex-M it does nothing, so the allocator never maps large blocks
 *     directly there.
 */
void *__minrt_os_alloc(size_t len);
void __minrt_os_free(void *p, size_t len);

#endif
