/* strtoimax: see stdlib/__minrt_strto.c. */
#include <inttypes.h>
#include "../internal/strto.h"

intmax_t strtoimax(const char *__restrict s, char **__restrict end, int base)
{
	return (intmax_t)__minrt_strto(s, end, base, INTMAX_MAX, 1);
}
