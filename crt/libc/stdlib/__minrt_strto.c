/*
 * __minrt_strto: the one integer parser of strtol, strtoul, strtoll,
 * strtoull, strtoimax, strtoumax and atoi & co. (C11 7.22.1.4):
 * whitespace, an optional sign, an optional 0x/0X (bases 0 and 16) or 0
 * (base 0: octal) prefix, then digits. endptr gets the first byte not
 * parsed, or s itself when there was no number; "0x" not followed by a
 * hex digit is the number 0 with endptr at the 'x'. The digits are all
 * consumed even past an overflow, as the standard asks.
 */
#include <ctype.h>
#include <errno.h>
#include "../internal/strto.h"

/* The value of a digit in any base up to 36; 36 for anything else. */
static unsigned digit(unsigned char c)
{
	if ((unsigned)c - '0' < 10)
		return c - '0';
	c |= 32;
	if ((unsigned)c - 'a' < 26)
		return c - 'a' + 10;
	return 36;
}

unsigned long long __minrt_strto(const char *s, char **end, int base,
                                 unsigned long long max, int is_signed)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long long acc = 0;
	unsigned d, b;
	int neg = 0, any = 0, over = 0;

	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end)
			*end = (char *)s;
		return 0;
	}
	while (isspace(*p))
		p++;
	if (*p == '-' || *p == '+')
		neg = *p++ == '-';
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 32) == 'x' && digit(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	b = (unsigned)base;
	for (; (d = digit(*p)) < b; p++) {
		any = 1;
		if (acc > (~0ULL - d) / b)
			over = 1;
		else
			acc = acc * b + d;
	}
	if (end)
		*end = (char *)(any ? (const char *)p : s);
	/* A signed type holds one more negative value than positive ones. */
	if (over || acc > max + (is_signed && neg)) {
		errno = ERANGE;
		return is_signed && neg ? -max - 1 : max;
	}
	return neg ? -acc : acc;
}
