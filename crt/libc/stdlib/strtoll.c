/* strtoll: see __minrt_strto.c. */
#include <limits.h>
#include <stdlib.h>
#include "../internal/strto.h"

long long strtoll(const char *__restrict s, char **__restrict end, int base)
{
	return (long long)__minrt_strto(s, end, base, LLONG_MAX, 1);
}
