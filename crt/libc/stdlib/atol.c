/* atol: strtol in base 10 (the standard leaves an out-of-range value undefined). */
#include <stdlib.h>

long atol(const char *s)
{
	return (long)strtol(s, NULL, 10);
}
