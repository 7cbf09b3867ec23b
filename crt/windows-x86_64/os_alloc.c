/*
 * The allocator's memory source on Windows: VirtualAlloc reserves and
 * commits in one call and hands out zeroed pages; its addresses are
 * aligned to the allocation granularity (64 KiB), more than the 4096 that
 * internal.h asks for. (os_free.c gives them back: a separate file, so a
 * program that never frees does not import VirtualFree.)
 */
#include "internal.h"
#include "kernel32.h"

void *__minrt_os_alloc(size_t len)
{
	return VirtualAlloc(0, len, MINRT_MEM_COMMIT | MINRT_MEM_RESERVE, MINRT_PAGE_READWRITE);
}
