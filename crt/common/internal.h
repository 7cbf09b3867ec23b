/*
 * internal.h - interfaces between minrt's shared code and each target's
 * system layer. Nothing here is public API: names are __minrt_ and may change.
 */
#ifndef MINRT_INTERNAL_H
#define MINRT_INTERNAL_H

#include <stddef.h>

/*
 * Memory source for the allocator (crt/common/alloc.c); each target has one.
 *   __minrt_os_alloc: returns len bytes of zeroed memory, or NULL when the
 *     system has none left. len is usually a multiple of 4096, but when a
 *     chunk-sized request fails the allocator retries with exactly what it
 *     needs, so that a fixed region is used to its last byte.
 *     Linux: mmap. Windows: VirtualAlloc (both 4096-aligned). Cortex-M: bump
 *     within the heap region the linker script leaves, 8-aligned, with
 *     consecutive calls returning adjacent memory (enough: only 64-bit
 *     targets map large blocks on their own, which needs page alignment).
 *   __minrt_os_free: gives back exactly one earlier __minrt_os_alloc block.
 *     On Cortex-M it does nothing, so the allocator never maps large blocks
 *     directly there.
 */
void *__minrt_os_alloc(size_t len);
void __minrt_os_free(void *p, size_t len);

/*
 * Where the startup code sends main's value: every linker script defines
 * it as `DEFINED(exit) ? exit : minrt_exit`, so returning from main runs
 * the atexit handlers and flushes stdio exactly when the C library's exit
 * is linked, and costs nothing otherwise (crt/libc/exit/exit.c).
 */
__attribute__((__noreturn__)) void __minrt_exit(int status);

#endif
