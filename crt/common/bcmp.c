/*
 * bcmp: zero when the n bytes at a and b are equal, non-zero otherwise.
 * LLVM emits calls to it for equality tests (Rust slices' ==), so Rust
 * programs compare hash keys and names with it. x86_64: 16 bytes at a time
 * (SSE2), the last block overlapping the one before; under 16, the first
 * and last 8 or 4 bytes. Elsewhere a word at a time where both are aligned
 * alike, bytes otherwise.
 */
#include "word.h"

#if defined(__x86_64__)
int bcmp(const void *a, const void *b, size_t n)
{
	const char *x = a, *y = b;

	if (n >= 16) {
		for (size_t i = 0;; i += 16) {
			if (i > n - 16)
				i = n - 16;
			if (__minrt_eq16(*(const __minrt_v16 *)(x + i), *(const __minrt_v16 *)(y + i)) != 0xffff)
				return 1;
			if (i + 16 >= n)
				return 0;
		}
	}
	if (n >= 8)
		return ((*(const __minrt_u64u *)x ^ *(const __minrt_u64u *)y) |
			(*(const __minrt_u64u *)(x + n - 8) ^ *(const __minrt_u64u *)(y + n - 8))) != 0;
	if (n >= 4)
		return ((*(const __minrt_u32u *)x ^ *(const __minrt_u32u *)y) |
			(*(const __minrt_u32u *)(x + n - 4) ^ *(const __minrt_u32u *)(y + n - 4))) != 0;
	for (; n; n--)
		if (*x++ != *y++)
			return 1;
	return 0;
}
#else
int bcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	if (!__minrt_misaligned((const void *)((uintptr_t)x | (uintptr_t)y)))
		for (; n >= WORD_SIZE; n -= WORD_SIZE, x += WORD_SIZE, y += WORD_SIZE)
			if (*(const __minrt_word *)x != *(const __minrt_word *)y)
				return 1;
	for (; n; n--)
		if (*x++ != *y++)
			return 1;
	return 0;
}
#endif
