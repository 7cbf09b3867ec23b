/* ldiv: quotient truncated toward zero, and remainder, in one call. */
#include <stdlib.h>

ldiv_t ldiv(long n, long d)
{
	ldiv_t r;

	r.quot = n / d;
	r.rem = n % d;
	return r;
}
