/* aligned_alloc: minrt_aligned_alloc; C11 asks no more of align than it
 * does (a power of two, else NULL). */
#include <stdlib.h>
#include "minrt.h"

void *aligned_alloc(size_t align, size_t len)
{
	return minrt_aligned_alloc(align, len);
}
