/*
 * sqrt: the correctly rounded square root.
 *
 * x86-64 has it in one SSE2 instruction. Cortex-M has no double-precision
 * FPU (the M4F's is single precision), so there the root is computed bit
 * by bit from the significand, exactly: the classic restoring algorithm,
 * two bits of the radicand per result bit, with a 64-bit remainder.
 */
#include <math.h>
#include <stdint.h>

#if defined(__x86_64__)
double sqrt(double x)
{
	__asm__("sqrtsd %1, %0" : "=x"(x) : "x"(x));
	return x;
}
#else
double sqrt(double x)
{
	union { double d; uint64_t u; } v = { x };
	uint64_t m, q = 0, rem = 0, t;
	int e, i;

	if (v.u >> 52 >= 0x7ff || x <= 0) {	/* NaN, inf, zero, negative */
		if (x == 0 || x != x || x > 0)
			return x + x;		/* +-0, NaN, +inf as they are */
		return (x - x) / (x - x);	/* negative: NaN (invalid) */
	}
	/* x = m * 2^e with m an integer in [2^52, 2^53), e even after the
	 * adjustment (which widens m to [2^53, 2^54)). */
	e = (int)(v.u >> 52);
	m = v.u & ((1ULL << 52) - 1);
	if (e)
		m |= 1ULL << 52;
	else
		for (e = 1; !(m >> 52); e--)
			m <<= 1;
	e -= 1075;
	if (e & 1) {
		m <<= 1;
		e--;
	}
	/* q = floor(sqrt(m * 2^54)), in [2^53, 2^54): 53 bits and one more
	 * for rounding. The radicand's 108 bits are m's 54 then 54 zeros. */
	for (i = 0; i < 54; i++) {
		rem <<= 2;
		if (i < 27)
			rem |= m >> (52 - 2 * i) & 3;
		t = q << 2 | 1;
		q <<= 1;
		if (rem >= t) {
			rem -= t;
			q |= 1;
		}
	}
	/* A square root is never exactly halfway between two doubles, so the
	 * extra bit alone decides: round up when it is set. */
	q = (q >> 1) + (q & 1);
	e = e / 2 - 26;			/* sqrt(x) = q * 2^e */
	if (q >> 53) {
		q >>= 1;
		e++;
	}
	v.u = (uint64_t)(e + 52 + 1023) << 52 | (q & ((1ULL << 52) - 1));
	return v.d;
}
#endif
