/*
 * Text to binary floating point, correctly rounded, for strtod, strtof,
 * atof and scanf (floatscan.h says what it accepts and returns).
 *
 * Decimal input: the significant digits (up to MAXD of them; any non-zero
 * digit beyond is remembered as `trunc`, which is all rounding needs: a
 * double halfway between two neighbours has at most 767 significant digits)
 * form an exact decimal 0.DDD * 10^dp. It is scaled by powers of two, in
 * decimal arithmetic, until it lies in [0.5, 1), then its first 64 bits are
 * read off with a sticky bit for the rest; one binary rounding step (shared
 * with hex input) gives the result, subnormals and overflow included. This
 * is the "simple decimal conversion" of Go's strconv and Wuffs, written
 * here from its description; musl's floatscan uses base-10^9 limbs instead.
 * Every step is exact, so every input rounds correctly; the cost is a
 * multiple of the digit count for each 28 or 60 bits of binary exponent.
 *
 * The common case (at most 19 digits forming an integer below 2^53, and a
 * power of ten up to 10^22) takes Clinger's fast path on 64-bit targets:
 * both factors are exact doubles, so the one IEEE multiply or divide rounds
 * correctly. 32-bit targets skip it: there it would pull soft-float code in.
 */
#include <errno.h>
#include "floatscan.h"

#define MAXD 800

#if __SIZEOF_POINTER__ >= 8
typedef uint64_t acc;
#define MAXSHIFT 60	/* 10 * 2^60 + 9 < 2^64 */
#else
typedef uint32_t acc;	/* 32-bit: no libgcc 64-bit division */
#define MAXSHIFT 28	/* 10 * 2^28 + 9 < 2^32 */
#endif

struct dec {
	int nd, dp, trunc;
	unsigned char d[MAXD + 24];	/* digit values, most significant first */
};

static void trim(struct dec *a)
{
	while (a->nd && !a->d[a->nd - 1])
		a->nd--;
}

/* a /= 2^k, k <= MAXSHIFT. */
static void rshift(struct dec *a, int k)
{
	int r = 0, w = 0;
	acc n = 0, mask = ((acc)1 << k) - 1;

	for (; !(n >> k); r++) {
		if (r >= a->nd) {
			if (!n) {
				a->nd = 0;
				return;
			}
			while (!(n >> k)) {
				n *= 10;
				r++;
			}
			break;
		}
		n = n * 10 + a->d[r];
	}
	a->dp -= r - 1;
	for (; r < a->nd; r++) {
		unsigned c = a->d[r];

		a->d[w++] = (unsigned char)(n >> k);
		n = (n & mask) * 10 + c;
	}
	for (; n; n = (n & mask) * 10) {
		if (w < MAXD)
			a->d[w++] = (unsigned char)(n >> k);
		else if (n >> k)
			a->trunc = 1;
	}
	a->nd = w;
	trim(a);
}

/* a *= 2^k, k <= MAXSHIFT: digits are written from the right, 20 places
 * further along (room for the new leading ones), then moved back. */
static void lshift(struct dec *a, int k)
{
	int r = a->nd, w = a->nd + 20, i, n;
	acc c = 0;

	while (r > 0 || c) {
		acc q;

		if (r > 0)
			c += (acc)a->d[--r] << k;
		q = c / 10;
		a->d[--w] = (unsigned char)(c - q * 10);
		c = q;
	}
	n = a->nd + 20 - w;
	a->dp += n - a->nd;
	if (n > MAXD) {
		for (i = MAXD; i < n; i++)
			if (a->d[w + i])
				a->trunc = 1;
		n = MAXD;
	}
	for (i = 0; i < n; i++)
		a->d[i] = a->d[w + i];
	a->nd = n;
	trim(a);
}

/*
 * The nearest value with mbits fraction and ebits exponent bits to
 * m * 2^e (plus a little more when sticky), as IEEE bits; ERANGE on
 * overflow and on an inexact tiny result.
 */
static uint64_t round_bin(uint64_t m, int e, int sticky, int mbits, int ebits)
{
	int emin = 2 - (1 << (ebits - 1)), E, keep, inexact;
	uint64_t q, rem, top = 1ull << mbits;

	if (!m)
		return 0;
	while (!(m >> 63)) {
		m <<= 1;
		e--;
	}
	E = e + 63;	/* the leading bit's place */
	keep = mbits + 1 - (E < emin ? emin - E : 0);
	if (keep < 0) {
		errno = ERANGE;
		return 0;
	}
	q = keep ? m >> (64 - keep) : 0;
	rem = keep ? m << keep : m;
	inexact = rem || sticky;
	if (rem >> 63 && ((rem << 1) || sticky || (q & 1)))
		q++;
	if (E < emin) {
		/* Subnormal: q is the whole encoding (a carry into bit mbits
		 * makes it the smallest normal, whose encoding that is). Tiny
		 * and inexact is ERANGE, with glibc's x86 rule that tininess
		 * is judged after rounding to full precision: a value that
		 * would round up to the smallest normal anyway is not tiny. */
		if (inexact && !(E == emin - 1 && m >> (62 - mbits) == (2ull << (mbits + 1)) - 1))
			errno = ERANGE;
		return q;
	}
	if (q >> (mbits + 1)) {
		q >>= 1;
		E++;
	}
	if (E - emin + 1 >= (1 << ebits) - 1) {
		errno = ERANGE;
		return (uint64_t)((1 << ebits) - 1) << mbits;
	}
	return (uint64_t)(E - emin + 1) << mbits | (q - top);
}

static int lower(int c)
{
	return c | 32;
}

/* Whether s starts with the lowercase word w, in any case. */
static int word(const char *s, const char *w)
{
	for (; *w; s++, w++)
		if (lower((unsigned char)*s) != *w)
			return 0;
	return 1;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* An exponent's digits, saturated (far beyond any finite result). */
static const char *exponent(const char *s, int *x)
{
	int neg = 0, v = 0;

	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	if (*s < '0' || *s > '9')
		return 0;
	for (; *s >= '0' && *s <= '9'; s++)
		if (v < 100000)
			v = v * 10 + (*s - '0');
	*x = neg ? -v : v;
	return s;
}

static uint64_t hexfloat(const char *s, const char **end, int mbits, int ebits)
{
	uint64_t m = 0;
	int e = 0, sticky = 0, any = 0, dot = 0, x, v;
	const char *t;

	for (;; s++) {
		if (*s == '.' && !dot) {
			dot = 1;
			continue;
		}
		if ((v = hexval((unsigned char)*s)) < 0)
			break;
		any = 1;
		if (!(m >> 60)) {
			m = m << 4 | (unsigned)v;
			e -= dot * 4;
		} else {
			sticky |= v;
			e += !dot * 4;
		}
	}
	if (!any) {
		*end = 0;	/* no digits: the caller reads "0", stops at 'x' */
		return 0;
	}
	if ((*s == 'p' || *s == 'P') && (t = exponent(s + 1, &x))) {
		s = t;
		e += x;
	}
	*end = s;
	return m ? round_bin(m, e, sticky, mbits, ebits) : 0;
}

#if __SIZEOF_POINTER__ >= 8
static const double p10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};
#endif

/* The powers of two that bring a decimal point dp places nearer to 0. */
static const unsigned char powtab[] = { 1, 3, 6, 9, 13, 16, 19, 23, 26 };

uint64_t __minrt_floatscan(const char *s, char **end, int mbits, int ebits)
{
	const char *p = s, *t;
	uint64_t sign, bits, m;
	struct dec a;
	int any = 0, dot = 0, x, e, k, mn = 0;

	*end = (char *)s;
	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	sign = *p == '-' ? 1ull << (mbits + ebits) : 0;
	if (*p == '+' || *p == '-')
		p++;

	if (word(p, "inf")) {
		*end = (char *)p + (word(p, "infinity") ? 8 : 3);
		return sign | (uint64_t)((1 << ebits) - 1) << mbits;
	}
	if (word(p, "nan")) {
		p += 3;
		if (*p == '(') {
			for (t = p + 1; (*t >= '0' && *t <= '9') || *t == '_' ||
					(lower(*t) >= 'a' && lower(*t) <= 'z'); t++)
				;
			if (*t == ')')
				p = t + 1;
		}
		*end = (char *)p;
		return sign | (uint64_t)((1 << ebits) - 1) << mbits | 1ull << (mbits - 1);
	}
	if (p[0] == '0' && lower(p[1]) == 'x') {
		bits = hexfloat(p + 2, &t, mbits, ebits);
		if (t) {
			*end = (char *)t;
			return sign | bits;
		}
		*end = (char *)p + 1;
		return sign;
	}

	/* Decimal: significant digits into a, the point's place in dp. */
	a.nd = a.dp = a.trunc = 0;
	m = 0;
	for (;; p++) {
		if (*p == '.' && !dot) {
			dot = 1;
			continue;
		}
		if (*p < '0' || *p > '9')
			break;
		any = 1;
		if (*p == '0' && !a.nd) {
			a.dp -= dot;	/* leading zero */
			continue;
		}
		if (a.nd < MAXD) {
			if (mn < 19) {
				m = m * 10 + (unsigned)(*p - '0');
				mn++;
			}
			a.d[a.nd++] = (unsigned char)(*p - '0');
		} else if (*p != '0') {
			a.trunc = 1;
		}
		a.dp += !dot;
	}
	if (!any)
		return 0;
	if ((*p == 'e' || *p == 'E') && (t = exponent(p + 1, &x))) {
		p = t;
		a.dp += x;
	}
	*end = (char *)p;
	trim(&a);
	if (!a.nd)
		return sign;
	if (a.dp > 310 + 20) {
		errno = ERANGE;
		return sign | (uint64_t)((1 << ebits) - 1) << mbits;
	}
	if (a.dp < -330) {
		errno = ERANGE;
		return sign;
	}

#if __SIZEOF_POINTER__ >= 8
	/* Clinger: m is the digits as an integer, times 10^(dp - nd) */
	e = a.dp - mn;
	if (mbits == 52 && a.nd <= 19 && !(m >> 53) && e >= -22 && e <= 22) {
		double v = (double)m;

		v = e < 0 ? v / p10[-e] : v * p10[e];
		__builtin_memcpy(&bits, &v, sizeof bits);
		return sign | bits;
	}
#endif

	/* Scale into [0.5, 1), counting the powers of two in e. */
	/* A step of k <= 3|dp| bits scales by at most 8^|dp| < 10^|dp|, so it
	 * never carries the point past 0: each step makes progress. */
	for (e = 0;;) {
		x = a.dp < 0 ? -a.dp : a.dp;
		k = x < (int)sizeof powtab ? powtab[x] : 3 * x < MAXSHIFT ? 3 * x : MAXSHIFT;
		if (a.dp > 0) {
			rshift(&a, k);
			e += k;
		} else if (a.dp < 0 || a.d[0] < 5) {
			lshift(&a, k);
			e -= k;
		} else {
			break;
		}
	}
	/* The first 64 bits: a * 2^64 as an integer, the rest sticky. */
	for (k = 64; k > 0; k -= MAXSHIFT)
		lshift(&a, k < MAXSHIFT ? k : MAXSHIFT);
	m = 0;
	for (x = 0; x < a.dp; x++)
		m = m * 10 + (x < a.nd ? a.d[x] : 0);
	return sign | round_bin(m, e - 64, a.nd > a.dp || a.trunc, mbits, ebits);
}
