/*
 * strtok_r (POSIX): the next token of s (or, when s is NULL, of the string
 * *save points into), delimited by bytes of delim; the delimiter after it
 * is overwritten with NUL. NULL when only delimiters remain.
 */
#include <string.h>

char *strtok_r(char *__restrict s, const char *__restrict delim, char **__restrict save)
{
	char *end;

	if (!s)
		s = *save;
	s += strspn(s, delim);
	if (!*s) {
		*save = s;
		return NULL;
	}
	end = s + strcspn(s, delim);
	if (*end)
		*end++ = 0;
	*save = end;
	return s;
}
