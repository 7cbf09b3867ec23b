/* realloc: minrt_realloc (NULL leaves p untouched). */
#include <stdlib.h>
#include "minrt.h"

void *realloc(void *p, size_t len)
{
	return minrt_realloc(p, len);
}
