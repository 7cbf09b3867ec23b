/* strcasecmp (POSIX): strcmp with ASCII letters folded to lower case. */
#include <ctype.h>
#include <strings.h>

int strcasecmp(const char *a, const char *b)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;

	while (*l && (*l == *r || tolower(*l) == tolower(*r)))
		l++, r++;
	return tolower(*l) - tolower(*r);
}
