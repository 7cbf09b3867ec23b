/*
 * fp_digits.h - the exact decimal digits of a double, shared by printf's
 * %f/%e/%g (stdio/fmt_fp.c) and anything else that needs them.
 */
#ifndef MINRT_FP_DIGITS_H
#define MINRT_FP_DIGITS_H

#include <stdint.h>

/* 2^-1074 * (2^53 - 1) has 767 significant digits, the most of any double. */
#define MAX_DIGITS 768

struct fp_digits {
	int n;		/* digits in d, the last one non-zero (0 digits: the value 0) */
	int dp;		/* the value is 0.d[0]d[1]... * 10^dp */
	int sticky;	/* non-zero digits follow d[n) (the caller did not need them) */
	char d[MAX_DIGITS + 16];
};

/*
 * Fills d from the bits of a finite, non-zero double (the sign is ignored):
 * every digit up to the sig-th significant one (sig > 0) and up to the
 * frac-th after the point (frac >= 0), and more; the rest, if non-zero,
 * only as `sticky`. sig 0 and frac -1: the whole expansion.
 */
void __minrt_fp_digits(struct fp_digits *d, uint64_t bits, int sig, int frac);

#endif
