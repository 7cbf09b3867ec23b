/* imaxdiv: quotient truncated toward zero, and remainder, in one call. */
#include <inttypes.h>

imaxdiv_t imaxdiv(intmax_t n, intmax_t d)
{
	imaxdiv_t r;

	r.quot = n / d;
	r.rem = n % d;
	return r;
}
