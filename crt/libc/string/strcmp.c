/*
 * strcmp: the sign of the difference of the first differing bytes, read as
 * unsigned char (C11 7.24.4: char may be signed; the comparison is not).
 */
#include <string.h>

int strcmp(const char *a, const char *b)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;

	while (*l && *l == *r)
		l++, r++;
	return *l - *r;
}
