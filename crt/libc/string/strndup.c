/* strndup (POSIX): a malloc'd, NUL-terminated copy of at most n bytes of s. */
#include <stdlib.h>
#include <string.h>

char *strndup(const char *s, size_t n)
{
	char *d;

	n = strnlen(s, n);
	if (!(d = malloc(n + 1)))
		return NULL;
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}
