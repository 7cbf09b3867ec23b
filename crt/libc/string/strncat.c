/* strncat: appends at most n bytes of src to dst, then always a NUL. */
#include <string.h>

char *strncat(char *__restrict dst, const char *__restrict src, size_t n)
{
	char *d = dst + strlen(dst);

	while (n-- && *src)
		*d++ = *src++;
	*d = 0;
	return dst;
}
