/*
 * VirtualFree with MEM_RELEASE takes the base address and a size of 0 and
 * releases the whole reservation, which is exactly one __minrt_os_alloc
 * block: the length is not needed.
 */
#include "internal.h"
#include "kernel32.h"

void __minrt_os_free(void *p, size_t len)
{
	(void)len;
	VirtualFree(p, 0, MINRT_MEM_RELEASE);
}
