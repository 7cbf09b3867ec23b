#include <stdlib.h>
#include "../internal/floatscan.h"

double strtod(const char *__restrict s, char **__restrict end)
{
	char *e;
	uint64_t bits = __minrt_floatscan(s, &e, 52, 11);
	double v;

	if (end)
		*end = e;
	__builtin_memcpy(&v, &bits, sizeof v);
	return v;
}
