/*
 * Differential driver for printf, strtod and sscanf: the same source is
 * built against minrt, glibc and musl, and the outputs must be identical
 * (tests/libc/stdio-diff.sh). Cases come from a fixed-seed generator, so
 * every build sees the same ones; the output names each case and its
 * result, escaped, one per line.
 *
 * Lines starting with "G " hold cases where glibc and musl legitimately
 * differ (what the standard leaves open: "%p", "%s" of NULL, %a of a
 * subnormal, errno after strtod underflow): minrt follows glibc there, and
 * the musl comparison skips them.
 *
 * -DPORTABLE restricts values to what prints the same on every ABI here
 * (long, size_t and pointers of 32 or 64 bits), for the runs under wine
 * and QEMU, compared with the same build on the host. CASES sets the
 * default count (argv[1] overrides it where there is a command line).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <stddef.h>

#include "strtod_cases.h"

#ifndef CASES
#define CASES 100000
#endif

static uint64_t rs = 0x9e3779b97f4a7c15ull;

/* Own helpers rather than strchr/strtol: only stdio and strtod are tested. */
static int has(const char *s, char c)
{
	for (; *s; s++)
		if (*s == c)
			return 1;
	return 0;
}

static uint64_t rnd(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 7;
	rs ^= rs << 17;
	return rs;
}

static unsigned below(unsigned n)
{
	return (unsigned)(rnd() % n);
}

/* Output, by hand, so that a bug in the formatter under test cannot hide
 * in the line that reports it. */
#ifdef PORTABLE
static char line[3000];	/* Cortex-M RAM: 16 KiB on the micro:bit */
#define FMTBUF 1200
#else
static char line[20000];
#define FMTBUF 5000
#endif
static size_t ll;

static void put(const char *s)
{
	while (*s && ll < sizeof line - 8)
		line[ll++] = *s++;
}

static void putesc(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && ll < sizeof line - 8; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 32 || c > 126 || c == '\\') {
			line[ll++] = '\\';
			line[ll++] = "0123456789abcdef"[c >> 4];
			line[ll++] = "0123456789abcdef"[c & 15];
		} else {
			line[ll++] = (char)c;
		}
	}
}

static void putnum(long long v)
{
	char b[24], *p = b + sizeof b;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;

	*--p = 0;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	put(p);
}

static void puthex(uint64_t v)
{
	char b[17];
	int i;

	for (i = 0; i < 16; i++)
		b[i] = "0123456789abcdef"[v >> (60 - 4 * i) & 15];
	b[16] = 0;
	put(b);
}

static void endline(int glibc_only)
{
	line[ll++] = '\n';
	if (glibc_only)
		fwrite("G ", 1, 2, stdout);
	fwrite(line, 1, ll, stdout);
	ll = 0;
}

static double from_bits(uint64_t b)
{
	double d;

	memcpy(&d, &b, sizeof d);
	return d;
}

static uint64_t bits_of(double d)
{
	uint64_t b;

	memcpy(&b, &d, sizeof b);
	return b;
}

/* --- printf ----------------------------------------------------------- */

static double pick_double(void)
{
	static const uint64_t special[] = {
		0, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
		0x7ff8000000000000ull, 0xfff8000000000000ull, 0x3ff0000000000000ull,
		0x7fefffffffffffffull, 0x0010000000000000ull, 1, 0x000fffffffffffffull,
		0x3fe0000000000000ull, 0x3fb999999999999aull,
	};
	double d;
	int k;

	switch (below(8)) {
	case 0:
		return from_bits(special[below(sizeof special / sizeof *special)]);
	case 1: /* a power of ten, or its neighbour */
		k = (int)below(60) - 30;
		d = 1;
		while (k > 0)
			d *= 10, k--;
		while (k < 0)
			d /= 10, k++;
		k = (int)below(3) - 1;	/* one call per statement: their order is then fixed */
		d = from_bits(bits_of(d) + (int64_t)k);
		return below(2) ? d : -d;
	case 2: /* subnormal */
		k = (int)below(52);
		return from_bits((rnd() & 0x800fffffffffffffull) >> k);
	case 3: /* a short decimal: n / 10^k, n small */
		d = (double)(rnd() % 100000);
		for (k = (int)below(6); k; k--)
			d /= 10;
		return d;
	case 4: /* ties: n + 0.5, n + 0.25, n + 0.125 ... */
		k = (int)below(10);
		return (double)(rnd() % 1000) + 1.0 / (double)(2u << k);
	case 5: /* anywhere, with a modest exponent */
		k = (int)below(140);
		return from_bits((rnd() & 0x800fffffffffffffull) | (uint64_t)(1023 - 70 + k) << 52);
	default: /* any bits */
		return from_bits(rnd());
	}
}

static long long pick_int(void)
{
	static const long long special[] = {
		0, 1, -1, 127, -128, 255, 32767, -32768, 65535, 2147483647,
		-2147483647 - 1, 4294967295ll, 9223372036854775807ll, -9223372036854775807ll - 1,
	};

	switch (below(4)) {
	case 0:
		return special[below(sizeof special / sizeof *special)];
	case 1:
		return (long long)(rnd() % 1000) - 500;
	case 2:
		{
			unsigned sh = below(64);

			return (long long)(rnd() >> sh);
		}
	default:
		return (long long)rnd();
	}
}

static const char *const strs[] = {
	"", "a", "hello", "Hello, world!", "tab\there", "0123456789abcdefghijklmnopqrstuvwxyz",
	"\xc3\xa9t\xc3\xa9", "%d%s",
};

#define CALL(...) (ws ? (ps ? snprintf(buf, n, fmt, w, p, __VA_ARGS__) : snprintf(buf, n, fmt, w, __VA_ARGS__)) \
		      : (ps ? snprintf(buf, n, fmt, p, __VA_ARGS__) : snprintf(buf, n, fmt, __VA_ARGS__)))

static void printf_case(void)
{
	static const char convs[] = "diouxXcspfFeEgGaAn";
	static const char *const lens[] = { "", "hh", "h", "l", "ll", "z", "j", "t" };
	static char buf[FMTBUF];
	char fmt[64], *f = fmt;
	int ws = 0, ps = 0, w = 0, p = 0, r, gonly = 0, li = 0, nstore = -1;
	size_t n = sizeof buf;
	char c = convs[below(sizeof convs - 1)];
	int isfloat = has("fFeEgGaA", c), k;
	long long iv = pick_int();
	double dv = 0;

	if (below(3) == 0)
		*f++ = 'x';
	*f++ = '%';
	for (k = 0; k < 5; k++)
		if (below(4) == 0)
			*f++ = "-+ #0"[below(5)];
	switch (below(10)) {
	case 0: case 1: case 2: case 3:
		break;
	case 4:
		*f++ = '*';
		ws = 1;
		w = (int)below(60) - 20;
		break;
	default:
		f += sprintf(f, "%u", below(below(4) ? 25 : 80));
	}
	switch (below(10)) {
	case 0: case 1: case 2: case 3:
		break;
	case 4:
		*f++ = '.';
		*f++ = '*';
		ps = 1;
		p = (int)below(60) - 10;
		break;
	case 5:
		*f++ = '.';
		break;
	default:
		f += sprintf(f, ".%u", isfloat && !below(20) ? below(420) : below(below(4) ? 20 : 70));
	}
	if (has("diouxXn", c)) {
		li = (int)below(8);
		f += sprintf(f, "%s", lens[li]);
	}
	*f++ = c;
	if (below(3) == 0)
		*f++ = 'y';
	*f = 0;
	if (below(10) == 0)
		n = below(24);

#ifdef PORTABLE
	if (li == 3 || li == 5 || li == 7)
		iv &= 0x7fffffff;
#endif
	switch (c) {
	case 'n':
		memset(buf, 0, 8);
		{
			long long nv = 0x5555555555555555ll;

			r = CALL((void *)&nv);
			nstore = 1;
			iv = nv;
#ifdef PORTABLE
			/* %ln, %zn, %tn store 4 bytes on 32-bit ABIs, 8 on 64-bit */
			if (li == 3 || li == 5 || li == 7)
				iv &= 0xffffffff;
#endif
		}
		break;
	case 'c':
		r = CALL((int)(iv & 255));
		break;
	case 's':
		if (below(10) == 0) {
			gonly = 1;
			r = CALL((char *)0);
		} else {
			r = CALL(strs[below(sizeof strs / sizeof *strs)]);
		}
		break;
	case 'p':
		gonly = 1;
#ifdef PORTABLE
		iv &= 0x7fffffff;
#endif
		r = CALL((void *)(uintptr_t)(below(4) ? iv : 0));
		break;
	default:
		if (isfloat) {
			dv = pick_double();
			/* musl prints a subnormal %a as 0x1.xxxp-10xx, glibc as 0x0.xxxp-1022 */
			if ((c | 32) == 'a' && !(bits_of(dv) >> 52 & 0x7ff))
				gonly = 1;
			r = CALL(dv);
			break;
		}
		switch (li) {
		case 0: case 1: case 2: r = CALL((int)iv); break;
		case 3: r = CALL((long)iv); break;
		case 4: r = CALL((long long)iv); break;
		case 5: r = CALL((size_t)iv); break;
		case 6: r = CALL((intmax_t)iv); break;
		default: r = CALL((ptrdiff_t)iv); break;
		}
	}
	/* glibc picks %g's style before rounding: %#.3g of 999.9 is "1.e+03"
	 * there (minrt's too), "1.00e+03" in musl */
	if ((c | 32) == 'g' && has(fmt, '#'))
		gonly = 1;
	put("P ");
	putesc(fmt, strlen(fmt));
	if (ws) {
		put(" w=");
		putnum(w);
	}
	if (ps) {
		put(" p=");
		putnum(p);
	}
	put(" n=");
	putnum((long long)n);
	if (isfloat) {
		put(" v=");
		puthex(bits_of(dv));
	} else if (c != 's' && c != 'n') {
		put(" v=");
		puthex((uint64_t)iv);
	}
	put(" -> ");
	putnum(r);
	put(" [");
	if (n)
		putesc(buf, r < 0 ? 0 : (size_t)r < n ? (size_t)r : n - 1);
	put("]");
	if (nstore >= 0) {
		put(" stored=");
		puthex((uint64_t)iv);
	}
	endline(gonly);
}

/* The FILE path: printf itself, the same conversions as snprintf. */
static void printf_stream(void)
{
	int r = printf("F %d|%5s|%-6x|%08.3f|%g|%c|%%|%.3e|%lld\n", -42, "ab", 255, 3.14159, 1e-5, 'q', 12345.678, -1ll);

	printf("F r=%d\n", r);
	r = fputs("F fputs\n", stdout);
	printf("F r>=0 %d\n", r >= 0);	/* glibc 1, musl 0 */
	puts("F puts");
	putchar('F');
	putc(' ', stdout);
	fputc('c', stdout);
	fwrite("\nF fwrite\n", 1, 10, stdout);
	fprintf(stdout, "F %s %u %o\n", "fprintf", 4000000000u, 511);
}

/* --- strtod ------------------------------------------------------------ */

static void strtod_one(const char *s)
{
	char *end;
	double d;
	float f;
	int e, ef;

	errno = 0;
	d = strtod(s, &end);
	e = errno;
	put("D ");
	putesc(s, strlen(s) > 60 ? 60 : strlen(s));
	put(" -> ");
	puthex(bits_of(d));
	put(" end=");
	putnum((long long)(end - s));
	errno = 0;
	f = strtof(s, &end);
	ef = errno;
	{
		uint32_t fb;

		memcpy(&fb, &f, sizeof fb);
		put(" f=");
		puthex(fb);
		put(" end=");
		putnum((long long)(end - s));
	}
	/* NaN payload bits differ: compare the class only */
	if (d != d) {
		ll = 0;
		put("D ");
		putesc(s, strlen(s));
		put(" -> nan");
	}
	endline(0);
	/* errno after an underflow: glibc says ERANGE when tiny and inexact,
	 * musl only when the result is 0 or its rule differs */
	put("D errno ");
	putesc(s, strlen(s) > 60 ? 60 : strlen(s));
	put(" ");
	putnum(e);
	put(" ");
	putnum(ef);
	endline(1);
}

static void strtod_random(void)
{
	char s[120], *p = s;
	int nd = 1 + (int)below(below(4) ? 20 : 60), i, dot = below(3) ? (int)below((unsigned)nd + 1) : -1;

	if (below(4) == 0)
		*p++ = below(2) ? '-' : '+';
	if (below(5) == 0)
		for (i = below(5); i; i--)
			*p++ = '0';
	for (i = 0; i < nd; i++) {
		if (i == dot)
			*p++ = '.';
		*p++ = (char)('0' + below(10));
	}
	if (below(2)) {
		*p++ = below(2) ? 'e' : 'E';
		p += sprintf(p, "%d", (int)below(700) - 350);
	}
	*p = 0;
	strtod_one(s);
}

/* --- sscanf ------------------------------------------------------------ */

static void sscanf_cases(void)
{
	static const struct { const char *fmt, *in; } t[] = {
		{ "%d %d", "12 -34" }, { "%i %i %i", "0x1f 017 -9" }, { "%x %o %u", "ff 777 4000000000" },
		{ "%3d%d", "123456" }, { "%hhd %hd", "-5 300" }, { "%ld %lld", "-2147483648 -9223372036854775807" },
		{ "%s %s", "  hello\tworld  " }, { "%5s%s", "abcdefghij" }, { "%c%c%c", "a b" },
		{ "%3c", "xyz!" }, { "%[a-z]%[0-9]", "abc123def" }, { "%[^,],%[^,]", "one,two,three" },
		{ "%[]a]", "]]a]b" }, { "%d%n", "42xyz" }, { "%*d %d", "1 2" }, { "%d%%%d", "5%6" },
		{ "%f %lf", "3.25 -0.1" }, { "%e %g %a", "1e10 2.5E-3 0x1.8p1" }, { "%lf", "1e400" },
		{ "%lf %lf", "inf nan" }, { "%4lf%lf", "3.14159" }, { "%d", "" }, { "%d", "   " },
		{ "%d", "abc" }, { "%d %s", "7" }, { "x%dy", "x5y" }, { "x%dy", "z5y" },
		{ "%lf", "-.5e-3x" }, { "%lf", "0x1p-1074" }, { "%lf", "1.7976931348623159e308" },
		{ "%zu %jd %td", "18 -19 20" }, { "%lx", "DEADbeef" }, { "%i", "-0x" }, { "%u", "-1" },
		{ "%5[abc]x", "abcabcx" }, { "%s%n %n", "word  rest" }, { "%hhu", "300" },
	};
	unsigned i;

	for (i = 0; i < sizeof t / sizeof *t; i++) {
		long long a[3];
		char s1[64], s2[64];
		double d[3];
		float fl;
		int r, ni = 0;

		memset(a, 0, sizeof a);
		memset(s1, 0, sizeof s1);
		memset(s2, 0, sizeof s2);
		d[0] = d[1] = d[2] = 0;
		fl = 0;
		switch (i) {
		case 0: case 15: { int x = 0, y = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y); a[0] = x; a[1] = y; break; }
		case 1: { int x = 0, y = 0, z = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y, &z); a[0] = x; a[1] = y; a[2] = z; break; }
		case 2: { unsigned x = 0, y = 0, z = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y, &z); a[0] = x; a[1] = y; a[2] = z; break; }
		case 3: { int x = 0, y = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y); a[0] = x; a[1] = y; break; }
		case 4: { signed char x = 0; short y = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y); a[0] = x; a[1] = y; break; }
		case 5: { long x = 0; long long y = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y); a[0] = (int)x; a[1] = y; break; }
		case 6: case 7: case 10: case 11: r = sscanf(t[i].in, t[i].fmt, s1, s2); break;
		case 8: { char x = 0, y = 0, z = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y, &z); a[0] = x; a[1] = y; a[2] = z; break; }
		case 9: case 12: r = sscanf(t[i].in, t[i].fmt, s1); break;
		case 13: { int x = 0; r = sscanf(t[i].in, t[i].fmt, &x, &ni); a[0] = x; break; }
		case 14: case 21: case 22: case 23: case 24: case 25: case 26: case 32: case 33: {
			int x = 0;
			char *sp = s1;

			r = i == 24 ? sscanf(t[i].in, t[i].fmt, &x, sp) : sscanf(t[i].in, t[i].fmt, &x);
			a[0] = x;
			break;
		}
		case 16: r = sscanf(t[i].in, t[i].fmt, &fl, &d[0]); break;
		case 17: { float x = 0, y = 0, z = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y, &z); d[0] = x; d[1] = y; d[2] = z; break; }
		case 18: case 27: case 28: case 29: r = sscanf(t[i].in, t[i].fmt, &d[0]); break;
		case 19: case 20: r = sscanf(t[i].in, t[i].fmt, &d[0], &d[1]); break;
		case 30: { size_t x = 0; intmax_t y = 0; ptrdiff_t z = 0; r = sscanf(t[i].in, t[i].fmt, &x, &y, &z); a[0] = (long long)x; a[1] = y; a[2] = z; break; }
		case 31: { unsigned long x = 0; r = sscanf(t[i].in, t[i].fmt, &x); a[0] = (long long)(x & 0xffffffff); break; }
		case 34: r = sscanf(t[i].in, t[i].fmt, s1); break;
		case 35: { int x = 0, y = 0; r = sscanf(t[i].in, t[i].fmt, s1, &x, &y); a[0] = x; a[1] = y; break; }
		default: { unsigned char x = 0; r = sscanf(t[i].in, t[i].fmt, &x); a[0] = x; break; }
		}
		put("S ");
		putesc(t[i].fmt, strlen(t[i].fmt));
		put(" | ");
		putesc(t[i].in, strlen(t[i].in));
		put(" -> ");
		putnum(r);
		put(" ");
		putnum(a[0]);
		put(" ");
		putnum(a[1]);
		put(" ");
		putnum(a[2]);
		put(" n=");
		putnum(ni);
		put(" [");
		putesc(s1, strlen(s1));
		put("][");
		putesc(s2, strlen(s2));
		put("] ");
		{
			float fv = fl;
			uint32_t fb;

			memcpy(&fb, &fv, sizeof fb);
			puthex(fb);
		}
		put(" ");
		puthex(d[0] != d[0] ? 1 : bits_of(d[0]));
		put(" ");
		puthex(bits_of(d[1]));
		put(" ");
		puthex(bits_of(d[2]));
		/* "-0x" for %i: glibc reads 0 (1 field), musl fails (0) */
		endline(i == 32);
	}
}

/* sscanf's %lf over random strtod inputs: the same value as strtod. */
static void sscanf_float_random(void)
{
	char s[120];
	int i;

	for (i = 0; i < 2000; i++) {
		double d = 0, x;
		char *end;
		int r, n = -1;

		int prec = (int)below(20);	/* before pick_double: argument order is unspecified */

		sprintf(s, "%.*e", prec, pick_double());
		if (s[0] == '-' && below(2))
			s[0] = '+';
		r = sscanf(s, "%lf%n", &d, &n);
		x = strtod(s, &end);
		put("L ");
		put(s);
		put(" -> ");
		putnum(r);
		put(" ");
		puthex(d != d ? 1 : bits_of(d));
		put(" ");
		putnum(n);
		put(d == x || (d != d && x != x) ? " same" : " DIFFERENT");
		endline(0);
	}
}

int main(int argc, char **argv)
{
	long n = CASES, i;
	unsigned k;

	if (argc > 1)
		for (n = 0; *argv[1] >= '0' && *argv[1] <= '9'; argv[1]++)
			n = n * 10 + (*argv[1] - '0');
	printf_stream();
	for (i = 0; i < n; i++)
		printf_case();
	for (k = 0; k < sizeof strtod_cases / sizeof *strtod_cases; k++)
		strtod_one(strtod_cases[k]);
	for (i = 0; i < n / 5; i++)
		strtod_random();
	sscanf_cases();
	sscanf_float_random();
	return 0;
}
