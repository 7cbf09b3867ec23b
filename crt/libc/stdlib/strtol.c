/* strtol: see __minrt_strto.c. */
#include <limits.h>
#include <stdlib.h>
#include "../internal/strto.h"

long strtol(const char *__restrict s, char **__restrict end, int base)
{
	return (long)__minrt_strto(s, end, base, LONG_MAX, 1);
}
