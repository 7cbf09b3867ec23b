/*
 * memset. x86_64: the first and last 4/8/16 bytes overlap for short
 * lengths; then two vectors at each end and a loop of two (16-byte SSE2, or 32-byte AVX2 where
 * the CPU has it, see word.h) between them; rep stosb from 2 KiB (word.h).
 * Elsewhere: bytes up to a word boundary, then whole words of the byte.
 */
#include "word.h"

#if defined(__x86_64__)
#define SET_LONG(V, W)                                                   \
	V v = (V)(x);                                                    \
	char *e = d + n;                                                 \
	*(V *)d = v;                                                     \
	*(V *)(d + W) = v;                                               \
	*(V *)(e - 2 * W) = v;                                           \
	*(V *)(e - W) = v;                                               \
	for (d += 2 * W; d < e - 2 * W; d += 2 * W) {                     \
		*(V *)d = v;                                             \
		*(V *)(d + W) = v;                                       \
	}

static void set_sse2(char *d, uint64_t w, size_t n)
{
	uint64_t __attribute__((vector_size(16))) x = { w, w };
	SET_LONG(__minrt_v16, 16)
}

__attribute__((target("avx2"))) static void set_avx2(char *d, uint64_t w, size_t n)
{
	uint64_t __attribute__((vector_size(32))) x = { w, w, w, w };
	SET_LONG(__minrt_v32, 32)
}

void *memset(void *dst, int c, size_t n)
{
	char *d = dst;
	uint64_t w = (unsigned char)c * 0x0101010101010101ull;

	if (n <= 16) {
		if (n >= 8) {
			*(__minrt_u64u *)d = w;
			*(__minrt_u64u *)(d + n - 8) = w;
		} else if (n >= 4) {
			*(__minrt_u32u *)d = (uint32_t)w;
			*(__minrt_u32u *)(d + n - 4) = (uint32_t)w;
		} else if (n) {
			d[0] = (char)c;
			d[n / 2] = (char)c;
			d[n - 1] = (char)c;
		}
	} else if (n >= __MINRT_REP_MIN) {
		__asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
	} else if (n > 64 && __minrt_avx2()) {
		set_avx2(d, w, n);
	} else if (n > 32) {
		set_sse2(d, w, n);
	} else {
		__minrt_v16 v = (__minrt_v16)(uint64_t __attribute__((vector_size(16)))){ w, w };
		*(__minrt_v16 *)d = v;
		*(__minrt_v16 *)(d + n - 16) = v;
	}
	return dst;
}
#else
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
#endif
