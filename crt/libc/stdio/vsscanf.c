/*
 * sscanf's engine: conversions d i u o x X p, c s [set], n, %%, the
 * floating ones (through the correctly rounded floatscan, as strtod), with
 * '*' suppression, widths and the hh h l ll j z t L sizes. C locale.
 *
 * Integers are read with strtol's rules into 64 bits, saturating on
 * overflow as glibc's strtoll does, then stored at the argument's size.
 * A floating field is cut at its width, then read exactly as strtod reads
 * it (so "1e" reads 1 and leaves the "e": glibc's scanf consumes the 'e'
 * and fails instead; the differential test keeps to inputs where the two
 * agree). Returns the count of assigned fields, or EOF when the input ends
 * before the first conversion.
 */
#include <errno.h>
#include "../internal/stdio_impl.h"
#include "../internal/floatscan.h"

static int space(int c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit(int c, int base)
{
	int v = c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'z' ? (c | 32) - 'a' + 10 : 99;

	return v < base ? v : -1;
}

static void store(void *p, unsigned size, uint64_t v)
{
	if (size == 1)
		*(unsigned char *)p = (unsigned char)v;
	else if (size == 2)
		*(unsigned short *)p = (unsigned short)v;
	else if (size == 8)
		*(uint64_t *)p = v;
	else
		*(unsigned *)p = (unsigned)v;
}

int vsscanf(const char *__restrict str, const char *__restrict fmt, va_list ap)
{
	const unsigned char *s = (const unsigned char *)str, *f = (const unsigned char *)fmt;
	int assigned = 0, convs = 0;

	for (; *f; f++) {
		unsigned size = sizeof(int), width = 0, i;
		int suppress = 0, dbl = 0, ldbl = 0, c, base, neg, any;
		void *dst = 0;

		if (space(*f)) {
			while (space(*s))
				s++;
			continue;
		}
		if (*f != '%' || f[1] == '%') {
			if (*f == '%') {
				f++;
				while (space(*s))
					s++;
			}
			if (*s != *f)
				goto fail;
			s++;
			continue;
		}
		f++;
		if (*f == '*') {
			suppress = 1;
			f++;
		}
		for (; *f >= '0' && *f <= '9'; f++)
			width = width * 10 + (*f - '0');
		switch (*f) {
		case 'h':
			size = 2;
			if (*++f == 'h') {
				size = 1;
				f++;
			}
			break;
		case 'l':
			dbl = 1;	/* %lf: double, whatever the size of long */
			size = sizeof(long);
			if (*++f == 'l') {
				size = 8;
				f++;
			}
			break;
		case 'L':
			ldbl = dbl = 1;
			/* fall through */
		case 'q':
		case 'j':
			size = 8;
			f++;
			break;
		case 'z':
			size = sizeof(size_t);
			f++;
			break;
		case 't':
			size = sizeof(ptrdiff_t);
			f++;
			break;
		}
		c = *f;
		if (!c)
			break;
		if (!suppress && c != '%')
			dst = va_arg(ap, void *);
		if (c == 'n') {
			if (dst)
				store(dst, size, (uint64_t)(s - (const unsigned char *)str));
			continue;
		}
		if (c != 'c' && c != '[')
			while (space(*s))
				s++;
		if (!*s)
			goto fail;
		if (!width)
			width = c == 'c' ? 1 : ~0u;

		switch (c) {
		case 'c':
			for (i = 0; i < width && s[i]; i++)
				if (dst)
					((char *)dst)[i] = (char)s[i];
			if (i < width)
				goto fail;
			s += i;
			break;
		case 's':
			for (i = 0; i < width && s[i] && !space(s[i]); i++)
				if (dst)
					((char *)dst)[i] = (char)s[i];
			if (dst)
				((char *)dst)[i] = 0;
			s += i;
			break;
		case '[': {
			const unsigned char *set = ++f;
			int invert = *set == '^';

			if (invert)
				set++;
			f = set;
			if (*f == ']')
				f++;
			while (*f && *f != ']')
				f++;
			if (!*f)
				goto fail;
			for (i = 0; i < width && s[i]; i++) {
				const unsigned char *q;
				int in = 0;

				for (q = set; q < f; q++) {
					if (q + 2 < f && q[1] == '-') {
						if (s[i] >= q[0] && s[i] <= q[2])
							in = 1;
						q += 2;
					} else if (*q == s[i]) {
						in = 1;
					}
				}
				if (in == invert)
					break;
				if (dst)
					((char *)dst)[i] = (char)s[i];
			}
			if (!i)
				goto fail;
			if (dst)
				((char *)dst)[i] = 0;
			s += i;
			break;
		}
		case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
			uint64_t v = 0, lim;
			int over = 0, d;

			base = c == 'o' ? 8 : c == 'x' || c == 'X' || c == 'p' ? 16 : c == 'i' ? 0 : 10;
			if (c == 'p')
				size = sizeof(void *);
			i = 0;
			neg = 0;
			if ((s[0] == '-' || s[0] == '+') && width > 1) {
				neg = s[0] == '-';
				i = 1;
			}
			any = 0;
			if ((base == 16 || base == 0) && s[i] == '0' && i + 1 < width && (s[i + 1] | 32) == 'x') {
				base = 16;
				i += 2;
				any = 1;	/* "0x" alone reads as 0 */
			} else if (base == 0) {
				base = s[i] == '0' ? 8 : 10;
			}
			lim = ~(uint64_t)0 / (unsigned)base;
			for (; i < width && (d = digit(s[i], base)) >= 0; i++) {
				any = 1;
				if (v > lim || v * (unsigned)base > ~(uint64_t)0 - (unsigned)d)
					over = 1;
				v = v * (unsigned)base + (unsigned)d;
			}
			if (!any)
				goto fail;
			s += i;
			if (c == 'd' || (c == 'i')) {
				uint64_t max = (uint64_t)INT64_MAX + neg;

				if (over || v > max)
					v = max;
			} else if (over) {
				v = ~(uint64_t)0;
			}
			if (neg)
				v = -v;
			if (dst)
				store(dst, size, v);
			break;
		}
		case 'a': case 'A': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
			/* A width cuts the field: a copy, as long as the width
			 * (up to 127 bytes); without one, the input itself. */
			char buf[128], *end;
			const char *in = (const char *)s;
			uint64_t bits;
			int saved = errno;

			if (width != ~0u) {
				for (i = 0; i < width && i < sizeof buf - 1 && s[i]; i++)
					buf[i] = (char)s[i];
				buf[i] = 0;
				in = buf;
			}
			bits = __minrt_floatscan(in, &end, dbl ? 52 : 23, dbl ? 11 : 8);
			errno = saved;
			if (end == in)
				goto fail;
			s += end - in;
			if (dst) {
				if (!dbl) {
					uint32_t b32 = (uint32_t)bits;

					__builtin_memcpy(dst, &b32, 4);
				} else if (ldbl) {
					double d;

					__builtin_memcpy(&d, &bits, 8);
					*(long double *)dst = d;
				} else {
					__builtin_memcpy(dst, &bits, 8);
				}
			}
			break;
		}
		default:
			goto fail;
		}
		convs++;
		if (dst)
			assigned++;
	}
	return assigned;
fail:
	return !convs && !*s ? EOF : assigned;
}
