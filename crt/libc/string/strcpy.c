/* strcpy: copies src and its NUL to dst; returns dst. */
#include <string.h>

char *strcpy(char *__restrict dst, const char *__restrict src)
{
	char *d = dst;

	while ((*d++ = *src++))
		;
	return dst;
}
