#include <stdlib.h>
#include "../internal/floatscan.h"

/* Rounded once, to float: not through a double, which could round twice. */
float strtof(const char *__restrict s, char **__restrict end)
{
	char *e;
	uint32_t bits = (uint32_t)__minrt_floatscan(s, &e, 23, 8);
	float v;

	if (end)
		*end = e;
	__builtin_memcpy(&v, &bits, sizeof v);
	return v;
}
