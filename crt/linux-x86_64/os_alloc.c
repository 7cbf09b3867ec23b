/*
 * The allocator's memory source on Linux: anonymous private mappings, which
 * the kernel hands out zeroed and page-aligned, as internal.h asks.
 * Untouched pages of a mapping cost no RAM, so the allocator may ask for
 * large chunks.
 */
#include "internal.h"
#include "syscall.h"

#define PROT_READ 1
#define PROT_WRITE 2
#define MAP_PRIVATE 0x02
#define MAP_ANONYMOUS 0x20

void *__minrt_os_alloc(size_t len)
{
	long r = minrt_sys_mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	/* -4095..-1 is -errno; the allocator only needs to know it failed. */
	return (unsigned long)r > -4096UL ? 0 : (void *)r;
}

void __minrt_os_free(void *p, size_t len)
{
	minrt_sys_munmap(p, len);
}
