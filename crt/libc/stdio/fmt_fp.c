/*
 * printf's %f %e %g %a: one double, printed exactly as glibc prints it
 * (in the default rounding mode), with no floating-point arithmetic.
 *
 * %f %e %g take the value's exact decimal digits (fp_digits.c) and round
 * them at the requested place, half to even: the digits are exact, so a
 * tie is a real tie, and every precision comes out right (%.60f of 0.1
 * prints the double's 55 significant digits, then zeros). %a works on the
 * bits. inf and nan ignore the '0' flag; the sign of -0 and of a negative
 * nan is printed, as glibc does.
 *
 * vfmt.c reaches this file only through the name __minrt_printf_fp, so a
 * program linked with --defsym=__minrt_printf_fp=__minrt_printf_nofp has
 * none of it (README, "printf").
 */
#include "../internal/stdio_impl.h"
#include "../internal/fp_digits.h"

/* Pads around a conversion of `len` bytes after its sign prefix: spaces
 * before (right-aligned) or zeros after the prefix ('0' flag). */
static void head(struct __minrt_out *o, const struct __minrt_spec *sp, unsigned fl,
		 const char *pre, size_t pl, size_t len)
{
	size_t w = (size_t)sp->width > pl + len ? sp->width - pl - len : 0;

	if (!(fl & (FL_LEFT | FL_ZERO)))
		__minrt_fmt_pad(o, ' ', w);
	o->put(o, pre, pl);
	if ((fl & (FL_LEFT | FL_ZERO)) == FL_ZERO)
		__minrt_fmt_pad(o, '0', w);
}

static void tail(struct __minrt_out *o, const struct __minrt_spec *sp, unsigned fl,
		 size_t pl, size_t len)
{
	if ((fl & FL_LEFT) && (size_t)sp->width > pl + len)
		__minrt_fmt_pad(o, ' ', sp->width - pl - len);
}

/* Keeps the first k digits of d, rounding half to even. */
static void round_at(struct fp_digits *d, int k)
{
	int i, up;

	if (k >= d->n)
		return;
	if (k < 0) {
		d->n = 0;
		return;
	}
	/* Digits past k: above, below or exactly half a unit (no trailing
	 * zeros are kept, so a '5' followed by anything is above). */
	up = d->d[k] > '5' ||
	     (d->d[k] == '5' && (k + 1 < d->n || d->sticky || (k > 0 && (d->d[k - 1] & 1))));
	d->n = k;
	if (up) {
		for (i = k - 1; i >= 0 && d->d[i] == '9'; i--)
			;
		if (i < 0) {
			d->d[0] = '1';
			d->n = 1;
			d->dp++;
		} else {
			d->d[i]++;
			d->n = i + 1;
		}
	}
	while (d->n && d->d[d->n - 1] == '0')
		d->n--;
}

/* Writes d->d[from, to) with zeros for the places outside [0, n). */
static void digits(struct __minrt_out *o, const struct fp_digits *d, int from, int to)
{
	int a = from < 0 ? 0 : from, b = to < d->n ? to : d->n;

	if (a > to)
		a = to;
	__minrt_fmt_pad(o, '0', (size_t)(a - from));
	if (b > a) {
		o->put(o, d->d + a, (size_t)(b - a));
		a = b;
	}
	__minrt_fmt_pad(o, '0', (size_t)(to - a));
}

static void fmt_hex(struct __minrt_out *o, uint64_t bits, const struct __minrt_spec *sp,
		    unsigned fl, const char *pre, size_t pl)
{
	const char *xd = fl & FL_UPPER ? "0123456789ABCDEF" : "0123456789abcdef";
	uint64_t frac = bits & ((1ull << 52) - 1);
	int e = (int)(bits >> 52 & 0x7ff), lead = e != 0, p = sp->prec, nd, i;
	char buf[13 + 1 + 6], *q = buf, px[4];
	size_t len;

	/* The '0' flag pads after the "0x": the sign and it are one prefix. */
	__builtin_memcpy(px, pre, pl);
	px[pl] = '0';
	px[pl + 1] = fl & FL_UPPER ? 'X' : 'x';
	pre = px;
	pl += 2;

	/* glibc: normal values 0x1.xxxp+e, subnormals 0x0.xxxp-1022, 0 as 0x0p+0 */
	e = e ? e - 1023 : (frac ? -1022 : 0);
	if (p < 0) {
		for (nd = 13; nd && !(frac >> (52 - 4 * nd) & 15); nd--)
			;
	} else if (p < 13) {
		int sh = 52 - 4 * p;
		uint64_t rem = frac & ((1ull << sh) - 1), half = 1ull << (sh - 1);

		frac >>= sh;
		if (rem > half || (rem == half && ((p ? frac : (uint64_t)lead) & 1)))
			frac++;
		/* a carry into the leading digit stays there: 0x2p+0, as glibc */
		if (p ? frac >> (4 * p) : frac) {
			lead++;
			frac = 0;
		}
		frac <<= sh;
		nd = p;
	} else {
		nd = 13;
	}
	*q++ = (char)('0' + lead);
	if (nd || (fl & FL_ALT) || p > 0)
		*q++ = '.';
	for (i = 1; i <= nd; i++)
		*q++ = xd[frac >> (52 - 4 * i) & 15];
	len = (size_t)(q - buf) + (p > 13 ? p - 13 : 0);
	{
		char eb[8], *z = eb + sizeof eb, *s = z;
		unsigned ue = e < 0 ? -(unsigned)e : (unsigned)e;

		do
			*--s = (char)('0' + ue % 10);
		while (ue /= 10);
		*--s = e < 0 ? '-' : '+';
		*--s = fl & FL_UPPER ? 'P' : 'p';
		len += (size_t)(z - s);
		head(o, sp, fl, pre, pl, len);
		o->put(o, buf, (size_t)(q - buf));
		if (p > 13)
			__minrt_fmt_pad(o, '0', (size_t)(p - 13));
		o->put(o, s, (size_t)(z - s));
	}
	tail(o, sp, fl, pl, len);
}

void __minrt_printf_fp(struct __minrt_out *o, double v, const struct __minrt_spec *sp)
{
	struct fp_digits d;
	uint64_t bits;
	unsigned fl = sp->flags;
	int p = sp->prec, x, up = fl & FL_UPPER;
	char style = sp->conv, eb[8], *ez = eb + sizeof eb, *es = ez;
	const char *pre = "-";
	size_t pl = 1, len;

	__builtin_memcpy(&bits, &v, sizeof bits);
	if (!(bits >> 63)) {
		pre = fl & FL_PLUS ? "+" : " ";
		pl = (fl & (FL_PLUS | FL_SPACE)) != 0;
	}
	if ((bits >> 52 & 0x7ff) == 0x7ff) {
		fl &= ~FL_ZERO;
		head(o, sp, fl, pre, pl, 3);
		o->put(o, bits << 12 ? (up ? "NAN" : "nan") : (up ? "INF" : "inf"), 3);
		tail(o, sp, fl, pl, 3);
		return;
	}
	if (style == 'a') {
		fmt_hex(o, bits, sp, fl, pre, pl);
		return;
	}
	if (p < 0)
		p = 6;
	d.n = 0;
	d.dp = 1;
	d.sticky = 0;
	/* Only the digits the conversion shows, and the one after them. */
	if (bits << 1)
		__minrt_fp_digits(&d, bits, style == 'f' ? 0 : (p ? p : 1) + 2, style == 'f' ? p + 1 : -1);

	if (style == 'g') {
		/* %e's rounding to p significant digits gives the exponent
		 * x; then %f or %e, without trailing zeros unless '#'. */
		int before = d.n ? d.dp - 1 : 0;

		if (!p)
			p = 1;
		round_at(&d, p);
		x = d.n ? d.dp - 1 : 0;
		if (x == p && before < x) {
			/* glibc picks the style before rounding: a value that
			 * rounds up to 10^p is printed in %e style with the
			 * fraction digits %f style would have had, none: %#.3g
			 * of 999.9 is "1.e+03", not "1.00e+03". */
			style = 'e';
			p = 0;
		} else if (p > x && x >= -4) {
			style = 'f';
			p -= 1 + x;
			x = d.n - d.dp;
		} else {
			style = 'e';
			p -= 1;
			x = d.n - 1;
		}
		if (!(fl & FL_ALT) && p > x)
			p = x > 0 ? x : 0;
	} else {
		round_at(&d, style == 'e' ? p + 1 : d.dp + p);
	}

	if (style == 'e') {
		unsigned ue;

		x = d.n ? d.dp - 1 : 0;
		ue = x < 0 ? -(unsigned)x : (unsigned)x;
		do
			*--es = (char)('0' + ue % 10);
		while (ue /= 10);
		if (ez - es < 2)
			*--es = '0';
		*--es = x < 0 ? '-' : '+';
		*--es = up ? 'E' : 'e';
		len = 1;
	} else {
		len = d.dp > 0 ? (size_t)d.dp : 1;
	}
	len += (size_t)p + (p || (fl & FL_ALT)) + (size_t)(ez - es);

	head(o, sp, fl, pre, pl, len);
	if (style == 'e') {
		o->put(o, d.n ? d.d : "0", 1);
		x = 1;
	} else if (d.dp > 0) {
		digits(o, &d, 0, d.dp);
		x = d.dp;
	} else {
		o->put(o, "0", 1);
		x = d.dp;
	}
	if (p || (fl & FL_ALT))
		o->put(o, ".", 1);
	digits(o, &d, x, x + p);
	o->put(o, es, (size_t)(ez - es));
	tail(o, sp, fl, pl, len);
}
