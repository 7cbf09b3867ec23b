/*
 * memcmp, and bcmp on top of it: bcmp only promises zero or non-zero,
 * which memcmp's answer also is, and LLVM emits bcmp calls for equality
 * tests (Rust slices' ==), so both names must exist. bcmp is a function,
 * not an alias, so the unit tests can rename both; it compiles to a jump.
 *
 * x86_64: 128 bytes per step (four AVX2 compares folded into one mask; 64
 * with SSE2 where the CPU has no AVX2, see word.h), then 16 at a time, the last block overlapping the one before; under 16 bytes
 * the first and last 8 (or 4) bytes are compared as big-endian integers,
 * whose order is the bytes' order. Elsewhere a byte loop.
 */
#include "word.h"

#if defined(__x86_64__)
static int cmp64(uint64_t x, uint64_t y)
{
	x = __builtin_bswap64(x);
	y = __builtin_bswap64(y);
	return (x > y) - (x < y);
}

/* How many leading bytes are equal, rounded down to the step: 64 (SSE2) or 128 (AVX2). */
static size_t same_sse2(const __minrt_v16 *u, const __minrt_v16 *v, size_t n)
{
	size_t i = 0;

	for (; i + 64 <= n; i += 64, u += 4, v += 4)
		if (__builtin_ia32_pmovmskb128((u[0] == v[0]) & (u[1] == v[1]) & (u[2] == v[2]) & (u[3] == v[3])) != 0xffff)
			break;
	return i;
}

__attribute__((target("avx2"))) static size_t same_avx2(const __minrt_v32 *u, const __minrt_v32 *v, size_t n)
{
	size_t i = 0;

	for (; i + 128 <= n; i += 128, u += 4, v += 4)
		if (__builtin_ia32_pmovmskb256((u[0] == v[0]) & (u[1] == v[1]) & (u[2] == v[2]) & (u[3] == v[3])) != -1)
			break;
	return i;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;
	size_t i = 0;
	unsigned m;

	if (n < 16) {
		uint64_t p, q, r, t;
		if (n >= 8) {
			p = *(const __minrt_u64u *)x, q = *(const __minrt_u64u *)y;
			r = *(const __minrt_u64u *)(x + n - 8), t = *(const __minrt_u64u *)(y + n - 8);
		} else if (n >= 4) {
			p = *(const __minrt_u32u *)x, q = *(const __minrt_u32u *)y;
			r = *(const __minrt_u32u *)(x + n - 4), t = *(const __minrt_u32u *)(y + n - 4);
			/* As the high halves, so that cmp64's byte swap puts byte 0 on top. */
			p |= r << 32, q |= t << 32, r = t = 0;
		} else {
			for (; i < n; i++)
				if (x[i] != y[i])
					return x[i] - y[i];
			return 0;
		}
		return p != q ? cmp64(p, q) : cmp64(r, t);
	}
	if (n >= 128 && __minrt_avx2())
		i = same_avx2((const __minrt_v32 *)x, (const __minrt_v32 *)y, n);
	else
		i = same_sse2((const __minrt_v16 *)x, (const __minrt_v16 *)y, n);
	for (;;) {
		if (i > n - 16)
			i = n - 16;
		m = __minrt_eq16(*(const __minrt_v16 *)(x + i), *(const __minrt_v16 *)(y + i)) ^ 0xffff;
		if (m) {
			i += (unsigned)__builtin_ctz(m);
			return x[i] - y[i];
		}
		if (i + 16 >= n)
			return 0;
		i += 16;
	}
}
#else
int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}
#endif

int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n);
}
