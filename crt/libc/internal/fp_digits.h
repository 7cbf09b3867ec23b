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
	char d[MAX_DIGITS + 8];
};

/* Fills d from the bits of a finite, non-zero double (the sign is ignored). */
void __minrt_fp_digits(struct fp_digits *d, uint64_t bits);

#endif
