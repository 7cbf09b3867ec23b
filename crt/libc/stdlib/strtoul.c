/* strtoul: see __minrt_strto.c. */
#include <limits.h>
#include <stdlib.h>
#include "../internal/strto.h"

unsigned long strtoul(const char *__restrict s, char **__restrict end, int base)
{
	return (unsigned long)__minrt_strto(s, end, base, ULONG_MAX, 0);
}
