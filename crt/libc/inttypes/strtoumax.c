/* strtoumax: see stdlib/__minrt_strto.c. */
#include <inttypes.h>
#include "../internal/strto.h"

uintmax_t strtoumax(const char *__restrict s, char **__restrict end, int base)
{
	return (uintmax_t)__minrt_strto(s, end, base, UINTMAX_MAX, 0);
}
