/*
 * The exact decimal expansion of a double, with no floating-point
 * arithmetic (used by printf's %f %e %g).
 *
 * A finite double is m * 2^e with an integer m < 2^53, and its decimal
 * expansion is finite. For e >= 0 it is the integer m << e (at most 309
 * digits), built by multiplying base-10^9 limbs by powers of two. For e < 0
 * it is m divided by 2 -e times (at most 767 significant digits), done on
 * decimal limbs from the most significant down, as musl's fmt_fp does: a
 * division only moves value towards less significant limbs, so limbs cut
 * off at the bottom cannot change the ones above them. The caller says how
 * many digits it needs (significant ones for %e/%g, fraction ones for %f);
 * the limbs past that, plus two guard limbs, are dropped and remembered as
 * `sticky`. Dropping makes the kept value short of the true one by less
 * than two units of the last limb, so the kept digits are exact unless that
 * last limb is 99..98 or 99..99, when the whole expansion is computed
 * instead. %e of 1e-300 then costs a few limbs, not 700 digits.
 *
 * Limbs are 10^9 (10^4 on 32-bit targets, so that every step is a 32-bit
 * multiply or divide and no libgcc 64-bit division is linked).
 * Stack: the limbs, 500 bytes (64-bit) or 560 (32-bit).
 */
#include "../internal/fp_digits.h"

#if __SIZEOF_POINTER__ >= 8
typedef uint32_t limb;
typedef uint64_t wide;
#define BASE 1000000000u
#define BASE_DIGITS 9
#define SHL 29		/* 2^29 * (10^9 - 1) + carry < 2^64 */
#else
typedef uint16_t limb;
typedef uint32_t wide;
#define BASE 10000u
#define BASE_DIGITS 4
#define SHL 18
#endif
/* m / 2^1074 has 1074 places after the point; m << 971 has 309 digits */
#define MAX_LIMBS ((1074 + 17 + BASE_DIGITS - 1) / BASE_DIGITS + 3)

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

/* 10^9 limbs: 2^29 * 10^9 < 2^64; 10^4 limbs: 2^18 * 10^4 < 2^32 */
#define DIVSH SHL

/*
 * m / 2^k, m's limbs big-endian in L[0, n) (all of them integer), into
 * L[0, *np): fraction limbs follow. Limbs from index cap on are dropped;
 * returns whether anything non-zero was.
 */
static int divide(limb *L, int *np, int k, int cap)
{
	int n = *np, first = 0, i, sticky = 0;

	while (k > 0) {
		int s = k < DIVSH ? k : DIVSH;
		wide rem = 0, mask = ((wide)1 << s) - 1;

		k -= s;
		for (i = first; i < n; i++) {
			wide cur = rem * BASE + L[i];

			L[i] = (limb)(cur >> s);
			rem = cur & mask;
		}
		for (; rem; rem &= mask) {
			if (n >= cap) {
				sticky = 1;
				break;
			}
			rem *= BASE;
			L[n++] = (limb)(rem >> s);
		}
		while (first < n && !L[first])
			first++;
	}
	*np = n;
	return sticky;
}

void __minrt_fp_digits(struct fp_digits *d, uint64_t bits, int sig, int frac)
{
	limb L[MAX_LIMBS], top[8];
	uint64_t m = bits & ((1ull << 52) - 1);
	int e = (int)(bits >> 52 & 0x7ff), n = 0, k, j, il, cap = MAX_LIMBS;
	char *p = d->d;

	if (e)
		m |= 1ull << 52;
	else
		e = 1;
	e -= 1075;
	/* Factors of two in m only lengthen the work: move them to e. */
	while (!(m & 1) && e < 0) {
		m >>= 1;
		e++;
	}
	/* m's limbs, little-endian first (as big_mul wants them) */
#if __SIZEOF_POINTER__ >= 8
	for (; m; m /= BASE)
		L[n++] = (limb)(m % BASE);
#else
	/* m < 2^53 without a 64-bit division: (m >> 26) * 2^26 + low 26 bits */
	{
		uint32_t hi = (uint32_t)(m >> 26), lo = (uint32_t)m & ((1u << 26) - 1);

		for (; hi; hi /= BASE)
			L[n++] = (limb)(hi % BASE);
		n = big_mul(L, n, 1u << 13);
		n = big_mul(L, n, 1u << 13);
		for (j = 0; lo; j++) {
			uint32_t t = (j < n ? L[j] : 0) + lo % BASE;

			lo /= BASE;
			if (t >= BASE) {
				t -= BASE;
				lo++;
			}
			if (j >= n)
				n = j + 1;
			L[j] = (limb)t;
		}
	}
#endif
	for (; e > 0; e -= k)
		n = big_mul(L, n, (wide)1 << (k = e < SHL ? e : SHL));
	/* Big-endian from here: L[0, il) the integer part, then the fraction. */
	for (j = 0; j < n / 2; j++) {
		limb t = L[j];

		L[j] = L[n - 1 - j];
		L[n - 1 - j] = t;
	}
	il = n;
	d->sticky = 0;
	if (e < 0) {
		for (j = 0; j < il; j++)
			top[j] = L[j];
		if (frac >= 0)
			cap = il + (frac + BASE_DIGITS - 1) / BASE_DIGITS + 2;
		if (sig > 0) {
			/* The first significant digit is at most z places after
			 * the point: the value is at least 2^-b, log10(2) < 0.30103. */
			int b = -e, z;

			for (m = L[0], k = 1; k < il; k++)
				m = m * BASE + L[k];
			for (; m > 1; m >>= 1)
				b--;
			z = b > 0 ? (int)(((unsigned)b * 30103u + 99999u) / 100000u) : 0;	/* unsigned: no __divsi3 */
			k = il + (z + sig + BASE_DIGITS - 1) / BASE_DIGITS + 2;
			if (k < cap)
				cap = k;
		}
		if (cap > MAX_LIMBS)
			cap = MAX_LIMBS;
		n = il;
		d->sticky = divide(L, &n, -e, cap);
		if (d->sticky && L[n - 1] >= BASE - 2) {
			/* the dropped part could carry into the kept digits */
			for (j = 0; j < il; j++)
				L[j] = top[j];
			n = il;
			divide(L, &n, -e, MAX_LIMBS);
			d->sticky = 0;
		}
	}
	/* Limbs to digits from the first non-zero one; dp counts the places
	 * before the point from there, less the leading zeros dropped. */
	for (k = 0; !L[k]; k++)
		;
	d->dp = (il - k) * BASE_DIGITS;
	for (j = k; j < n; j++) {
		limb x = L[j];

		for (k = BASE_DIGITS; k--; x /= 10)
			p[k] = (char)('0' + x % 10);
		if (p == d->d) {
			for (k = 0; p[k] == '0'; k++)
				d->dp--;
			for (e = 0; k + e < BASE_DIGITS; e++)
				p[e] = p[k + e];
			p += BASE_DIGITS - k;
		} else {
			p += BASE_DIGITS;
		}
	}
	while (p[-1] == '0')
		p--;
	d->n = (int)(p - d->d);
}
