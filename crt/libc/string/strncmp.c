/* strncmp: strcmp over at most n bytes. */
#include <string.h>

int strncmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;

	if (!n)
		return 0;
	while (--n && *l && *l == *r)
		l++, r++;
	return *l - *r;
}
