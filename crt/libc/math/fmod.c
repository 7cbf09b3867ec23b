/*
 * fmod: x - n*y for the integer n that truncates x/y, computed exactly
 * (the result is always representable) by long division of the two
 * significands, one bit of the exponent difference at a time. No FPU
 * division, which Cortex-M has none of for doubles.
 */
#include <math.h>
#include <stdint.h>

#define SIGN (1ULL << 63)
#define HIDDEN (1ULL << 52)

/* The significand as an integer with the hidden bit, normalised so that
 * bit 52 is set even for a subnormal; *e gets the matching exponent. */
static uint64_t unpack(uint64_t u, int *e)
{
	uint64_t m = u & (HIDDEN - 1);

	*e = (int)(u >> 52 & 0x7ff);
	if (*e)
		return m | HIDDEN;
	for (*e = 1; !(m & HIDDEN); (*e)--)
		m <<= 1;
	return m;
}

double fmod(double x, double y)
{
	union { double d; uint64_t u; } vx = { x }, vy = { y };
	uint64_t ax = vx.u & ~SIGN, ay = vy.u & ~SIGN, mx, my;
	int ex, ey;

	/* NaN operands, x infinite, y zero: NaN. */
	if (ay == 0 || ax >= 0x7ffULL << 52 || ay > 0x7ffULL << 52)
		return (x * y) / (x * y);
	if (ax < ay)		/* |x| < |y| (y may be infinite): x itself */
		return x;
	mx = unpack(ax, &ex);
	my = unpack(ay, &ey);
	for (; ex > ey; ex--) {
		if (mx >= my)
			mx -= my;
		mx <<= 1;
	}
	if (mx >= my)
		mx -= my;
	if (!mx)
		return x * 0.0;	/* a zero of x's sign */
	for (; !(mx & HIDDEN); ex--)
		mx <<= 1;
	if (ex > 0) {
		vx.u = (uint64_t)ex << 52 | (mx & (HIDDEN - 1));
	} else {	/* subnormal: shift the hidden bit into the fraction */
		vx.u = mx >> (1 - ex);
	}
	vx.u |= ((union { double d; uint64_t u; }){ x }).u & SIGN;
	return vx.d;
}
