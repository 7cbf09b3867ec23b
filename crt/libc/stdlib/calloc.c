/* calloc: minrt_calloc (NULL when n * len overflows). */
#include <stdlib.h>
#include "minrt.h"

void *calloc(size_t n, size_t len)
{
	return minrt_calloc(n, len);
}
