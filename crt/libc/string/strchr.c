/*
 * strchr: the first (char)c in s, or NULL. The terminating NUL counts as
 * part of the string: strchr(s, 0) points at it.
 */
#include <string.h>

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}
