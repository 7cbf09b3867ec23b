/*
 * memmove: copies forwards when dst is below src and backwards otherwise,
 * so every byte is read before the copy overwrites it.
 */
#include "word.h"

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	int words = !__minrt_misaligned((const void *)((uintptr_t)d ^ (uintptr_t)s));

	if (d == s || n == 0)
		return dst;
	if (d < s) {
		if (words) {
			for (; n && __minrt_misaligned(d); n--)
				*d++ = *s++;
			for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE, s += WORD_SIZE)
				*(__minrt_word *)d = *(const __minrt_word *)s;
		}
		while (n--)
			*d++ = *s++;
	} else {
		d += n;
		s += n;
		if (words) {
			for (; n && __minrt_misaligned(d); n--)
				*--d = *--s;
			for (; n >= WORD_SIZE; n -= WORD_SIZE) {
				d -= WORD_SIZE;
				s -= WORD_SIZE;
				*(__minrt_word *)d = *(const __minrt_word *)s;
			}
		}
		while (n--)
			*--d = *--s;
	}
	return dst;
}
