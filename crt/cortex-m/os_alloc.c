/*
 * The heap region: what the linker script leaves between the end of .bss
 * and the stack (or the end of RAM, when the stack sits below .data). One
 * break pointer moves through it, shared by minrt's allocator (through
 * __minrt_os_alloc) and newlib's malloc (through _sbrk, newlib.c), so a
 * program using both gets disjoint memory.
 */
#include "minrt.h"
#include "internal.h"

extern char __minrt_heap_start[], __minrt_heap_end[];

/* Moves the break by incr bytes; the old break, or NULL if it would leave
 * the region. */
void *__minrt_sbrk(ptrdiff_t incr)
{
	static char *brk = __minrt_heap_start;
	char *old = brk;

	if (incr > __minrt_heap_end - old || incr < __minrt_heap_start - old)
		return 0;
	brk = old + incr;
	return old;
}

/*
 * The allocator's memory source. Blocks are aligned to 8 (the region is,
 * and the allocator asks for multiples of 4096), not to 4096 as on hosted
 * targets: page alignment matters only for blocks the allocator maps on
 * their own, which it never does on 32-bit targets, and on a chip with
 * 16 KiB of RAM it would waste a quarter of it. Startup does not clear the
 * region, so each block is zeroed here, as internal.h promises.
 */
void *__minrt_os_alloc(size_t len)
{
	void *p = len > PTRDIFF_MAX ? 0 : __minrt_sbrk((ptrdiff_t)len);

	return p ? memset(p, 0, len) : 0;
}

/* Memory is never given back: there is nobody else to give it to. */
void __minrt_os_free(void *p, size_t len)
{
	(void)p;
	(void)len;
}
