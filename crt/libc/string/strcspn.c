/* strcspn: the length of s's prefix made only of bytes not in reject. */
#include <string.h>

size_t strcspn(const char *s, const char *reject)
{
	size_t n = 0;

	/* strchr would find reject's NUL: test s[n] first. */
	while (s[n] && !strchr(reject, s[n]))
		n++;
	return n;
}
