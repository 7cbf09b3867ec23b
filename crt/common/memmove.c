/*
 * memmove, and on x86_64 memcpy too (an alias: one body serves a program
 * that uses both, and the overlap test costs two instructions).
 *
 * x86_64: up to 32 bytes, the first and last 4/8/16 bytes are loaded before
 * anything is stored, so overlap cannot matter. Longer: the last (or first)
 * 32 bytes are loaded first, then a 32-byte loop runs away from the overlap
 * and the saved block is stored last; 2 KiB and more forward go to
 * rep movsb (see word.h).
 * Elsewhere: a word at a time when dst and src share an alignment, forwards
 * when dst is below src and backwards otherwise.
 */
#include "word.h"

#if defined(__x86_64__)
typedef __minrt_v16 v16;

/*
 * Over 64 bytes: the vector width W is 16 (SSE2) or 32 (AVX2) bytes; the
 * same body is instantiated for both below. Up to 4 W, two vectors from
 * each end, all loaded before any is stored.
 */
#define MOVE_LONG(V, VA, W)                                                            \
	if (n <= 4 * W) {                                                              \
		V a = *(const V *)s, b = *(const V *)(s + W);                          \
		V c = *(const V *)(s + n - 2 * W), f = *(const V *)(s + n - W);        \
		*(V *)d = a;                                                           \
		*(V *)(d + W) = b;                                                     \
		*(V *)(d + n - 2 * W) = c;                                             \
		*(V *)(d + n - W) = f;                                                 \
	} else if ((size_t)(d - s) >= n) {                                                    \
		/* d - s as unsigned is >= n when d is below s or past the source's end. */ \
		if (n >= __MINRT_REP_MIN) {                                            \
			__asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory"); \
			return;                                                        \
		}                                                                      \
		/* First and last 4 vectors saved; the loop stores W-aligned; the \
		 * saved ones are stored last, as dst just below src may overwrite \
		 * what the loop reads. */                                             \
		V h = *(const V *)s;                                                   \
		V t0 = *(const V *)(s + n - 4 * W), t1 = *(const V *)(s + n - 3 * W);  \
		V t2 = *(const V *)(s + n - 2 * W), t3 = *(const V *)(s + n - W);      \
		char *d0 = d, *e = d + n;                                              \
		size_t k = W - ((uintptr_t)d & (W - 1));                               \
		for (d += k, s += k, n -= k; n > 4 * W; n -= 4 * W, d += 4 * W, s += 4 * W) { \
			V a = *(const V *)s, b = *(const V *)(s + W);                  \
			V c = *(const V *)(s + 2 * W), f = *(const V *)(s + 3 * W);    \
			*(VA *)d = a;                                                  \
			*(VA *)(d + W) = b;                                            \
			*(VA *)(d + 2 * W) = c;                                        \
			*(VA *)(d + 3 * W) = f;                                        \
		}                                                                      \
		*(V *)d0 = h;                                                          \
		*(V *)(e - 4 * W) = t0;                                                \
		*(V *)(e - 3 * W) = t1;                                                \
		*(V *)(e - 2 * W) = t2;                                                \
		*(V *)(e - W) = t3;                                                    \
	} else {                                                                       \
		/* The mirror image: the loop runs down from the end. */              \
		V t = *(const V *)(s + n - W);                                         \
		V h0 = *(const V *)s, h1 = *(const V *)(s + W);                        \
		V h2 = *(const V *)(s + 2 * W), h3 = *(const V *)(s + 3 * W);          \
		char *e = d + n;                                                       \
		for (n -= (uintptr_t)e & (W - 1); n > 4 * W; n -= 4 * W) {             \
			V a = *(const V *)(s + n - 4 * W), b = *(const V *)(s + n - 3 * W); \
			V c = *(const V *)(s + n - 2 * W), f = *(const V *)(s + n - W); \
			*(VA *)(d + n - 4 * W) = a;                                    \
			*(VA *)(d + n - 3 * W) = b;                                    \
			*(VA *)(d + n - 2 * W) = c;                                    \
			*(VA *)(d + n - W) = f;                                        \
		}                                                                      \
		*(V *)(e - W) = t;                                                     \
		*(V *)d = h0;                                                          \
		*(V *)(d + W) = h1;                                                    \
		*(V *)(d + 2 * W) = h2;                                                \
		*(V *)(d + 3 * W) = h3;                                                \
	}

static void move_sse2(char *d, const char *s, size_t n)
{
	MOVE_LONG(__minrt_v16, __minrt_v16a, 16)
}

__attribute__((target("avx2"))) static void move_avx2(char *d, const char *s, size_t n)
{
	MOVE_LONG(__minrt_v32, __minrt_v32a, 32)
}

void *memmove(void *dst, const void *src, size_t n)
{
	char *d = dst;
	const char *s = src;

	if (n <= 16) {
		if (n >= 8) {
			uint64_t a = *(const __minrt_u64u *)s, b = *(const __minrt_u64u *)(s + n - 8);
			*(__minrt_u64u *)d = a;
			*(__minrt_u64u *)(d + n - 8) = b;
		} else if (n >= 4) {
			uint32_t a = *(const __minrt_u32u *)s, b = *(const __minrt_u32u *)(s + n - 4);
			*(__minrt_u32u *)d = a;
			*(__minrt_u32u *)(d + n - 4) = b;
		} else if (n) {
			char a = s[0], b = s[n / 2], c = s[n - 1];
			d[0] = a;
			d[n / 2] = b;
			d[n - 1] = c;
		}
		return dst;
	}
	v16 h0 = *(const v16 *)s, t3 = *(const v16 *)(s + n - 16);
	if (n <= 32) {
		*(v16 *)d = h0;
		*(v16 *)(d + n - 16) = t3;
		return dst;
	}
	v16 h1 = *(const v16 *)(s + 16), t2 = *(const v16 *)(s + n - 32);
	if (n <= 64) {
		*(v16 *)d = h0;
		*(v16 *)(d + 16) = h1;
		*(v16 *)(d + n - 32) = t2;
		*(v16 *)(d + n - 16) = t3;
		return dst;
	}
	if (__minrt_avx2())
		move_avx2(d, s, n);
	else
		move_sse2(d, s, n);
	return dst;
}

/* Through __MINRT_XSTR, so that the unit tests' -Dmemmove=t_memmove renames the target too. */
void *memcpy(void *restrict, const void *restrict, size_t) __attribute__((alias(__MINRT_XSTR(memmove))));
#else
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
#endif
