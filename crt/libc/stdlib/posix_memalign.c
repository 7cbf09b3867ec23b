/*
 * posix_memalign (POSIX): align must be a power of two multiple of
 * sizeof(void *); the error is returned, errno is left alone.
 */
#include <errno.h>
#include <stdlib.h>
#include "minrt.h"

int posix_memalign(void **out, size_t align, size_t len)
{
	void *p;

	if (align % sizeof(void *) || align & (align - 1))
		return EINVAL;
	if (!(p = minrt_aligned_alloc(align, len)))
		return ENOMEM;
	*out = p;
	return 0;
}
