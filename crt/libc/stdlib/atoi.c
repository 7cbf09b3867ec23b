/* atoi: strtol in base 10 (the standard leaves an out-of-range value undefined). */
#include <stdlib.h>

int atoi(const char *s)
{
	return (int)strtol(s, NULL, 10);
}
