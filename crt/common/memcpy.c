/*
 * memcpy: copies a word at a time when dst and src share an alignment,
 * a byte at a time otherwise. This file and the other mem functions are
 * built with -fno-tree-loop-distribute-patterns, or gcc would turn the
 * loops below back into calls to memcpy itself.
 */
#include "word.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (!__minrt_misaligned((const void *)((uintptr_t)d ^ (uintptr_t)s))) {
		for (; n && __minrt_misaligned(d); n--)
			*d++ = *s++;
		for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE, s += WORD_SIZE)
			*(__minrt_word *)d = *(const __minrt_word *)s;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}
