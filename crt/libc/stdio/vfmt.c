/*
 * The printf formatting core: every printf-family function is a few lines
 * over __minrt_vfmt and an output (stdio_impl.h). It parses one conversion
 * at a time (flags, width, precision, length), fetches its argument and
 * writes prefix, zeros, digits and padding in one pass; floating
 * conversions go to __minrt_printf_fp, a separate object.
 *
 * Arguments are fetched by size, not by type: a length modifier only says
 * how wide the promoted argument is (hh/h/none: int, l: long, ll/j: 64
 * bits, z: size_t, t: ptrdiff_t; a pointer is as wide as uintptr_t), and
 * each is read as int or as long long, then narrowed. That folds every
 * integer, pointer and '*' argument into two va_arg sites (each one is
 * some 30 bytes of code on x86-64) on every ABI here (LP64 Linux, LLP64
 * Windows, ILP32 Cortex-M).
 *
 * What glibc does where the standard leaves it open is what this does:
 * "%s" of NULL prints "(null)" (nothing when the precision is below 6),
 * "%p" of NULL prints "(nil)", an unknown conversion is printed as written.
 */
#include <errno.h>
#include <limits.h>
#include "../internal/stdio_impl.h"

void __minrt_fmt_pad(struct __minrt_out *o, char c, size_t n)
{
	char b[16];
	size_t i;

	for (i = 0; i < sizeof b; i++)
		b[i] = c;
	for (; n > sizeof b; n -= sizeof b)
		o->put(o, b, sizeof b);
	o->put(o, b, n);
}

/*
 * x in base 8, 10 or 16, backwards from end. 32-bit targets divide a
 * 64-bit value in 16-bit steps with 32-bit divisions, so that no program
 * pulls libgcc's 64-bit division in for printf.
 */
static __attribute__((noinline)) char *fmt_u(uint64_t x, char *p, unsigned base, const char *digits)
{
#if __SIZEOF_POINTER__ < 8
	while (x >> 32) {
		uint32_t hi = (uint32_t)(x >> 32), lo = (uint32_t)x;
		uint32_t qh = hi / base, r = hi % base, t, q1, q0;

		t = r << 16 | lo >> 16;
		q1 = t / base;
		r = t % base;
		t = r << 16 | (lo & 0xffff);
		q0 = t / base;
		r = t % base;
		x = (uint64_t)qh << 32 | q1 << 16 | q0;
		*--p = digits[r];
	}
	{
		uint32_t y = (uint32_t)x;

		do
			*--p = digits[y % base];
		while (y /= base);
	}
#else
	do
		*--p = digits[x % base];
	while (x /= base);
#endif
	return p;
}

/* A va_list in a struct, so that a helper can take it by address on every
 * ABI (on x86-64 va_list is an array). */
struct args {
	va_list ap;
};

static __attribute__((noinline)) uint64_t fetch(struct args *a, unsigned size)
{
	if (size == 8)
		return va_arg(a->ap, unsigned long long);
	return va_arg(a->ap, unsigned);
}

/* Flags in the order "-+ #0" map to FL_LEFT..FL_ZERO. */
static const char flag_chars[] = "-+ #0";

int __minrt_vfmt(struct __minrt_out *o, const char *fmt, va_list ap)
{
	char buf[24];	/* 22 octal digits of a 64-bit value, sign, prefix */
	struct args a;

	va_copy(a.ap, ap);
	o->count = 0;
	for (;;) {
		const char *s = fmt, *start, *q, *z, *pre;
		struct __minrt_spec sp;
		unsigned size, base, fl;
		uint64_t v;
		size_t len, pl, zeros, w, total;
		int c;

		while (*fmt && *fmt != '%')
			fmt++;
		if (fmt != s)
			o->put(o, s, (size_t)(fmt - s));
		if (!*fmt)
			break;
		start = fmt++;

		fl = 0;
		for (; *fmt; fmt++) {
			const char *f = flag_chars;

			while (*f && *f != *fmt)
				f++;
			if (!*f)
				break;
			fl |= 1u << (f - flag_chars);
		}
		sp.width = 0;
		if (*fmt == '*') {
			sp.width = (int)fetch(&a, sizeof(int));
			if (sp.width < 0) {
				fl |= FL_LEFT;
				sp.width = -(unsigned)sp.width > INT_MAX ? INT_MAX : -sp.width;
			}
			fmt++;
		} else {
			for (; *fmt >= '0' && *fmt <= '9'; fmt++)
				sp.width = sp.width * 10 + (*fmt - '0');
		}
		sp.prec = -1;
		if (*fmt == '.') {
			fmt++;
			if (*fmt == '*') {
				sp.prec = (int)fetch(&a, sizeof(int));
				if (sp.prec < 0)
					sp.prec = -1;
				fmt++;
			} else {
				sp.prec = 0;
				for (; *fmt >= '0' && *fmt <= '9'; fmt++)
					sp.prec = sp.prec * 10 + (*fmt - '0');
			}
		}

		/* The argument's size in bytes once promoted. */
		size = sizeof(int);
		switch (*fmt) {
		case 'h':
			size = 2;
			if (*++fmt == 'h') {
				size = 1;
				fmt++;
			}
			break;
		case 'l':
			size = sizeof(long);
			if (*++fmt == 'l') {
				size = sizeof(long long);
				fmt++;
			}
			break;
		case 'j':
		case 'q':
			size = sizeof(long long);
			fmt++;
			break;
		case 'z':
			size = sizeof(size_t);
			fmt++;
			break;
		case 't':
			size = sizeof(ptrdiff_t);
			fmt++;
			break;
		case 'L':
			fmt++;
			break;
		}

		c = *fmt++;
		z = buf + sizeof buf;
		pre = "-+ ";
		pl = 0;
		switch (c) {
		case 'd':
		case 'i':
			/* sign-extend from the argument's size */
			v = fetch(&a, size) << (64 - 8 * size);
			v = (uint64_t)((int64_t)v >> (64 - 8 * size));
			pl = 1;
			if ((int64_t)v < 0) {
				v = -v;
			} else if (fl & FL_PLUS) {
				pre++;
			} else if (fl & FL_SPACE) {
				pre += 2;
			} else {
				pl = 0;
			}
			base = 10;
			goto number;
		case 'o':
			base = 8;
			goto unsig;
		case 'u':
			base = 10;
			goto unsig;
		case 'p':
			v = fetch(&a, sizeof(void *));
			if (!v) {
				q = "(nil)";
				len = 5;
				fl &= ~FL_ZERO;
				sp.prec = -1;
				goto string;
			}
			/* glibc: "%#lx", but with the signed conversions' '+' and ' ' */
			pl = 2;
			pre = "0x";
			if (fl & (FL_PLUS | FL_SPACE)) {
				pl = 3;
				pre = fl & FL_PLUS ? "+0x" : " 0x";
			}
			base = 16;
			c = 'x';
			goto number;
		case 'X':
		case 'x':
			base = 16;
		unsig:
			v = fetch(&a, size);
			if (size < 4)
				v &= (1u << 8 * size) - 1;
			if (base == 16 && (fl & FL_ALT) && v) {
				pre = c == 'x' ? "0x" : "0X";
				pl = 2;
			}
		number:
			q = fmt_u(v, (char *)z, base,
				  c == 'X' ? "0123456789ABCDEF" : "0123456789abcdef");
			if (sp.prec >= 0) {
				fl &= ~FL_ZERO;
				if (!v && !sp.prec)
					q = z;
			}
			len = (size_t)(z - q);
			zeros = sp.prec > 0 && (size_t)sp.prec > len ? sp.prec - len : 0;
			/* '#' with 'o': the first digit is a 0 */
			if (base == 8 && (fl & FL_ALT) && !zeros && (!len || *q != '0'))
				zeros = 1;
			goto emit;
		case 'c':
			buf[0] = (char)fetch(&a, sizeof(int));
			q = buf;
			len = 1;
			sp.prec = -1;
			goto string;
		case 's':
			q = (const char *)(uintptr_t)fetch(&a, sizeof(void *));
			if (!q)
				q = sp.prec < 0 || sp.prec >= 6 ? "(null)" : "";
			for (len = 0; (sp.prec < 0 || len < (size_t)sp.prec) && q[len]; len++)
				;
		string:
			fl &= ~FL_ZERO;
			zeros = 0;
			goto emit;
		case 'n':
			{
				void *p = (void *)(uintptr_t)fetch(&a, sizeof(void *));
				size_t n = o->count;

				if (size == 1)
					*(signed char *)p = (signed char)n;
				else if (size == 2)
					*(short *)p = (short)n;
				else if (size == 8)
					*(long long *)p = (long long)n;
				else
					*(int *)p = (int)n;
			}
			continue;
		case 'f': case 'F': case 'e': case 'E':
		case 'g': case 'G': case 'a': case 'A':
			sp.flags = fl | (c < 'a' ? FL_UPPER : 0);
			sp.conv = (char)(c | 32);
			sp.text = start;
			sp.text_len = (size_t)(fmt - start);
			__minrt_printf_fp(o, va_arg(a.ap, double), &sp);
			continue;
		case '%':
			/* glibc ignores flags and width here: "%5%" is "%" */
			o->put(o, "%", 1);
			continue;
		default:
			if (!c)
				fmt--;
			o->put(o, start, (size_t)(fmt - start));
			continue;
		}
	emit:
		total = pl + zeros + len;
		w = (size_t)sp.width > total ? sp.width - total : 0;
		if (!(fl & (FL_LEFT | FL_ZERO)))
			__minrt_fmt_pad(o, ' ', w);
		o->put(o, pre, pl);
		if ((fl & (FL_LEFT | FL_ZERO)) == FL_ZERO)
			__minrt_fmt_pad(o, '0', w);
		__minrt_fmt_pad(o, '0', zeros);
		o->put(o, q, len);
		if (fl & FL_LEFT)
			__minrt_fmt_pad(o, ' ', w);
	}
	va_end(a.ap);
	if (o->count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int)o->count;
}
