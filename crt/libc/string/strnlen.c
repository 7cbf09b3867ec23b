/* strnlen (POSIX): strlen, but reads at most n bytes. */
#include <string.h>

size_t strnlen(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && s[i])
		i++;
	return i;
}
