/*
 * strncpy: copies at most n bytes of src, then pads with NULs to n bytes.
 * No NUL is written when src has n or more bytes: the standard's contract.
 */
#include <string.h>

char *strncpy(char *__restrict dst, const char *__restrict src, size_t n)
{
	size_t i = 0;

	for (; i < n && src[i]; i++)
		dst[i] = src[i];
	for (; i < n; i++)
		dst[i] = 0;
	return dst;
}
