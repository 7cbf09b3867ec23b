/*
 * memcpy: on x86_64 an alias of memmove (see memmove.c). Elsewhere a word
 * at a time; when dst and src are mutually misaligned, aligned words are
 * read from src and each stored word is put together from two of them with
 * shifts, so no load or store is ever unaligned (Cortex-M0 faults on those,
 * M3/M4 split them in two). This file and the other mem functions are built
 * with -fno-tree-loop-distribute-patterns, or gcc would turn the loops below
 * back into calls to memcpy itself.
 */
#include "word.h"

#if !defined(__x86_64__)
void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (n >= 2 * WORD_SIZE) {
		for (; __minrt_misaligned(d); n--)
			*d++ = *s++;
		unsigned sh = __minrt_misaligned(s) * 8;
		if (!sh) {
			for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE, s += WORD_SIZE)
				*(__minrt_word *)d = *(const __minrt_word *)s;
		} else {
			/* Little-endian: the next word's low bytes follow this one's high bytes. */
			const __minrt_word *w = (const __minrt_word *)(s - sh / 8);
			__minrt_word lo = *w++;
			for (; n >= WORD_SIZE; n -= WORD_SIZE, d += WORD_SIZE, s += WORD_SIZE) {
				__minrt_word hi = *w++;
				*(__minrt_word *)d = lo >> sh | hi << (8 * WORD_SIZE - sh);
				lo = hi;
			}
		}
	}
	while (n--)
		*d++ = *s++;
	return dst;
}
#endif
