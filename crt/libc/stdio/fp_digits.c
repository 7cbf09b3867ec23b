/*
 * The exact decimal expansion of a double, with no floating-point
 * arithmetic (used by printf's %f %e %g).
 *
 * A finite double is m * 2^e with an integer m < 2^53. Its decimal
 * expansion is finite: for e >= 0 it is the integer m << e (at most 309
 * digits); for e < 0 it is m * 5^-e shifted right by -e decimal places (at
 * most 767 significant digits, for the smallest subnormals). Either way the
 * digits are those of one big integer, built in base 10^9 limbs (10^4 on
 * 32-bit targets, so that every step is a 32-bit multiply and divide and no
 * libgcc 64-bit division is linked). musl's fmt_fp has the same idea with
 * long double arithmetic.
 *
 * Stack: the limbs, 350 bytes (64-bit) or 390 (32-bit).
 */
#include "../internal/fp_digits.h"

#if __SIZEOF_POINTER__ >= 8
typedef uint32_t limb;
typedef uint64_t wide;
#define BASE 1000000000u
#define BASE_DIGITS 9
#define MUL5_EXP 13	/* 5^13 * (10^9 - 1) + carry < 2^64 */
#define SHL 29		/* 2^29 * (10^9 - 1) + carry < 2^64 */
#else
typedef uint16_t limb;
typedef uint32_t wide;
#define BASE 10000u
#define BASE_DIGITS 4
#define MUL5_EXP 8	/* 5^8 * 9999 + carry < 2^32 */
#define SHL 18
#endif
#define MAX_LIMBS ((MAX_DIGITS + BASE_DIGITS - 1) / BASE_DIGITS + 1)

/* big *= mul; returns the new length. */
static int big_mul(limb *big, int n, wide mul)
{
	wide carry = 0;
	int i;

	for (i = 0; i < n; i++) {
		wide t = (wide)big[i] * mul + carry;

		big[i] = (limb)(t % BASE);
		carry = t / BASE;
	}
	for (; carry; carry /= BASE)
		big[n++] = (limb)(carry % BASE);
	return n;
}

void __minrt_fp_digits(struct fp_digits *d, uint64_t bits)
{
	limb big[MAX_LIMBS];
	uint64_t m = bits & ((1ull << 52) - 1);
	int e = (int)(bits >> 52 & 0x7ff), n = 0, k, j;
	char *p = d->d, tmp[BASE_DIGITS];
	limb x;

	if (e)
		m |= 1ull << 52;
	else
		e = 1;
	e -= 1075;
	/* Factors of two in m only lengthen the product: move them to e. */
	while (!(m & 1) && e < 0) {
		m >>= 1;
		e++;
	}
#if __SIZEOF_POINTER__ >= 8
	for (; m; m /= BASE)
		big[n++] = (limb)(m % BASE);
#else
	/* m < 2^53 without a 64-bit division: (m >> 26) * 2^26 + low 26 bits */
	{
		uint32_t hi = (uint32_t)(m >> 26), lo = (uint32_t)m & ((1u << 26) - 1);

		for (; hi; hi /= BASE)
			big[n++] = (limb)(hi % BASE);
		n = big_mul(big, n, 1u << 13);
		n = big_mul(big, n, 1u << 13);
		for (j = 0; lo; j++) {
			uint32_t t = (j < n ? big[j] : 0) + lo % BASE;

			lo /= BASE;
			if (t >= BASE) {
				t -= BASE;
				lo++;
			}
			if (j >= n)
				n = j + 1;
			big[j] = (limb)t;
		}
	}
#endif
	for (; e > 0; e -= k)
		n = big_mul(big, n, (wide)1 << (k = e < SHL ? e : SHL));
	for (k = -e; k > 0; k -= MUL5_EXP) {
		wide f = 1;

		for (j = 0; j < k && j < MUL5_EXP; j++)
			f *= 5;
		n = big_mul(big, n, f);
	}
	/* Limbs to digits, most significant first; the top limb unpadded. */
	x = big[--n];
	j = 0;
	do
		tmp[j++] = (char)('0' + x % 10);
	while (x /= 10);
	while (j)
		*p++ = tmp[--j];
	while (n--) {
		x = big[n];
		for (j = BASE_DIGITS; j--; x /= 10)
			p[j] = (char)('0' + x % 10);
		p += BASE_DIGITS;
	}
	d->dp = (int)(p - d->d) + (e < 0 ? e : 0);
	while (p[-1] == '0')
		p--;
	d->n = (int)(p - d->d);
}
