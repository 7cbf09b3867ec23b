/* strncasecmp (POSIX): strcasecmp over at most n bytes. */
#include <ctype.h>
#include <strings.h>

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *l = (const unsigned char *)a, *r = (const unsigned char *)b;

	if (!n)
		return 0;
	while (--n && *l && (*l == *r || tolower(*l) == tolower(*r)))
		l++, r++;
	return tolower(*l) - tolower(*r);
}
