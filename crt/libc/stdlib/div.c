/* div: quotient truncated toward zero, and remainder, in one call. */
#include <stdlib.h>

div_t div(int n, int d)
{
	div_t r;

	r.quot = n / d;
	r.rem = n % d;
	return r;
}
