/* memset: bytes up to a word boundary, then whole words of the repeated byte. */
#include "word.h"

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	__minrt_word w = (unsigned char)c * ((__minrt_word)-1 / 0xff);

	for (; n && __minrt_misaligned(d); n--)
		*d++ = (unsigned char)c;
	for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE)
		*(__minrt_word *)d = w;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}
