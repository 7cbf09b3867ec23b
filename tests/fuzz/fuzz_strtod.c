/*
 * libFuzzer harness: minrt's strtod and strtof against glibc's,
 * differential: the same bits (NaNs: the same sign, any payload; glibc
 * keeps nan(...)'s digits as a payload, minrt does not), the same end
 * pointer, the same errno. Inputs are the fuzzer's bytes, cut at the first
 * NUL; a leading byte may expand into many digits (long inputs are where
 * rounding is hard).
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double minrt_fz_strtod(const char *s, char **end);
float minrt_fz_strtof(const char *s, char **end);
int minrt_fz_errno;	/* minrt's errno, renamed */

static char s[40000];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *ea, *eb;
	size_t n = 0, i;
	double da, db;
	float fa, fb;
	int xa, xb;

	/* 0x01 k: k * 64 copies of the next byte (digit strings past 800) */
	for (i = 0; i < size && n < sizeof s - 1; i++) {
		if (data[i] == 1 && i + 2 < size) {
			size_t k = (size_t)data[i + 1] * 64;

			for (; k && n < sizeof s - 1; k--)
				s[n++] = (char)data[i + 2];
			i += 2;
			continue;
		}
		if (!data[i])
			break;
		s[n++] = (char)data[i];
	}
	s[n] = 0;

	errno = 0;
	da = strtod(s, &ea);
	xa = errno;
	minrt_fz_errno = 0;
	db = minrt_fz_strtod(s, &eb);
	xb = minrt_fz_errno;
	if (ea != eb || xa != xb || (da == da ? memcmp(&da, &db, 8) : db == db || signbit(da) != signbit(db))) {
		fprintf(stderr, "strtod differs on \"%.200s\" (%zu bytes)\n  glibc %a end %td errno %d\n  minrt %a end %td errno %d\n",
			s, n, da, ea - s, xa, db, eb - s, xb);
		abort();
	}
	errno = 0;
	fa = strtof(s, &ea);
	xa = errno;
	minrt_fz_errno = 0;
	fb = minrt_fz_strtof(s, &eb);
	xb = minrt_fz_errno;
	if (ea != eb || xa != xb || (fa == fa ? memcmp(&fa, &fb, 4) : fb == fb || signbit(fa) != signbit(fb))) {
		fprintf(stderr, "strtof differs on \"%.200s\"\n  glibc %a end %td errno %d\n  minrt %a end %td errno %d\n",
			s, (double)fa, ea - s, xa, (double)fb, eb - s, xb);
		abort();
	}
	return 0;
}
