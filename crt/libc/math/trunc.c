/*
 * trunc: x rounded toward zero, by clearing the fraction bits of its
 * binary64 encoding: exact, no FPU rounding mode involved, and the sign
 * of zero kept (trunc(-0.5) is -0.0).
 */
#include <math.h>
#include <stdint.h>

double trunc(double x)
{
	union { double d; uint64_t u; } v = { x };
	int e = (int)(v.u >> 52 & 0x7ff) - 1023;	/* unbiased exponent */

	if (e >= 52)		/* no fraction bits: integral, inf or NaN */
		return x;
	if (e < 0)		/* |x| < 1: a zero of x's sign */
		v.u &= 1ULL << 63;
	else
		v.u &= ~((1ULL << (52 - e)) - 1);
	return v.d;
}
