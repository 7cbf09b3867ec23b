/* strtoull: see __minrt_strto.c. */
#include <limits.h>
#include <stdlib.h>
#include "../internal/strto.h"

unsigned long long strtoull(const char *__restrict s, char **__restrict end, int base)
{
	return (unsigned long long)__minrt_strto(s, end, base, ULLONG_MAX, 0);
}
