/*
 * libFuzzer harness: minrt's vsnprintf against glibc's, differential.
 * The input picks up to three conversions (flags, width, precision, length,
 * conversion letter, argument bits, output size) with literal text around
 * them; both libraries format the same arguments into a buffer of the same
 * size, and the bytes and return values must agree. minrt's formatter is
 * compiled from crt/ with its symbols renamed (minrt_fz_*), beside glibc.
 *
 * Left out, as the differential driver leaves them out of the musl
 * comparison: nothing; every case is compared with glibc, which minrt
 * follows. %n is skipped (it writes through its argument).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int minrt_fz_snprintf(char *buf, size_t n, const char *fmt, ...);
int minrt_fz_errno;	/* minrt's errno, renamed */

struct in {
	const uint8_t *p;
	size_t n;
};

static unsigned take(struct in *in)
{
	if (!in->n)
		return 0;
	in->n--;
	return *in->p++;
}

static uint64_t take64(struct in *in)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < 8; i++)
		v = v << 8 | take(in);
	return v;
}

static const char strs[][24] = { "", "a", "hello", "0123456789abcdefghijklm", "\xc3\xa9t\xc3\xa9", "%d" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct in in = { data, size };
	static char a[8192], b[8192];
	char fmt[64];
	unsigned k, nconv = 1 + take(&in) % 3;

	for (k = 0; k < nconv; k++) {
		static const char convs[] = "diouxXcspfFeEgGaA%";
		static const char *const lens[] = { "", "hh", "h", "l", "ll", "z", "j", "t" };
		char *f = fmt;
		unsigned c = convs[take(&in) % (sizeof convs - 1)], fl = take(&in), i, li = 0;
		int w = -1, p = -2, ra, rb;
		size_t n = take(&in) & 1 ? take(&in) % 64 : sizeof a;
		uint64_t v = take64(&in);
		double d;

		if (fl & 0x80)
			*f++ = 'a';
		*f++ = '%';
		for (i = 0; i < 5; i++)
			if (fl & (1u << i))
				*f++ = "-+ #0"[i];
		if (fl & 0x20) {
			w = (int)(take(&in) % 120);
			f += sprintf(f, "%d", w);
		}
		if (fl & 0x40) {
			p = (int)(take(&in) % 130);
			if (take(&in) & 1 && (c | 32) == 'f')
				p = p * 4;	/* long %f expansions */
			f += sprintf(f, ".%d", p);
		}
		if (strchr("diouxX", (int)c)) {
			li = take(&in) % 8;
			f += sprintf(f, "%s", lens[li]);
		}
		*f++ = (char)c;
		*f++ = 'z';
		*f = 0;
		memcpy(&d, &v, sizeof d);
		switch (c) {
		case 'c':
			ra = snprintf(a, n, fmt, (int)(v & 255));
			rb = minrt_fz_snprintf(b, n, fmt, (int)(v & 255));
			break;
		case 's': {
			const char *s = v & 0x100 ? NULL : strs[v % 6];

			ra = snprintf(a, n, fmt, s);
			rb = minrt_fz_snprintf(b, n, fmt, s);
			break;
		}
		case 'p':
			ra = snprintf(a, n, fmt, (void *)(uintptr_t)v);
			rb = minrt_fz_snprintf(b, n, fmt, (void *)(uintptr_t)v);
			break;
		case '%':
			ra = snprintf(a, n, fmt);
			rb = minrt_fz_snprintf(b, n, fmt);
			break;
		default:
			if (strchr("fFeEgGaA", (int)c)) {
				ra = snprintf(a, n, fmt, d);
				rb = minrt_fz_snprintf(b, n, fmt, d);
			} else if (li == 4 || li == 6) {
				ra = snprintf(a, n, fmt, (long long)v);
				rb = minrt_fz_snprintf(b, n, fmt, (long long)v);
			} else if (li == 3 || li == 5 || li == 7) {
				ra = snprintf(a, n, fmt, (long)v);
				rb = minrt_fz_snprintf(b, n, fmt, (long)v);
			} else {
				ra = snprintf(a, n, fmt, (int)v);
				rb = minrt_fz_snprintf(b, n, fmt, (int)v);
			}
		}
		if (ra != rb || (n && strcmp(a, b))) {
			fprintf(stderr, "vsnprintf differs: fmt \"%s\" n=%zu v=%016llx\n  glibc %d [%s]\n  minrt %d [%s]\n",
				fmt, n, (unsigned long long)v, ra, n ? a : "", rb, n ? b : "");
			abort();
		}
	}
	return 0;
}
