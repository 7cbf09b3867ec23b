/* atoll: strtoll in base 10 (the standard leaves an out-of-range value undefined). */
#include <stdlib.h>

long long atoll(const char *s)
{
	return (long long)strtoll(s, NULL, 10);
}
