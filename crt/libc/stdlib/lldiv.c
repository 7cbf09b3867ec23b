/* lldiv: quotient truncated toward zero, and remainder, in one call. */
#include <stdlib.h>

lldiv_t lldiv(long long n, long long d)
{
	lldiv_t r;

	r.quot = n / d;
	r.rem = n % d;
	return r;
}
