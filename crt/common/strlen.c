/*
 * strlen. x86_64: aligned vector loads, which never cross a page boundary
 * and so never fault past the terminator even though they read beyond it;
 * the bytes before s in the first block are masked off. 16-byte SSE2
 * blocks, then (where the CPU has AVX2, see word.h) 64 bytes per step, two
 * aligned 32-byte blocks folded with a byte minimum, zero only if either
 * has a zero. Elsewhere a byte loop.
 */
#include "word.h"

#if defined(__x86_64__)
typedef __minrt_v32a u32v;

/* The sanitizer would see those reads past the terminator; they are safe. */
#define NO_ASAN __attribute__((no_sanitize("address")))

NO_ASAN __attribute__((target("avx2"))) static const char *zero_avx2(const char *p)
{
	const u32v *q = (const u32v *)((uintptr_t)p & -32);
	const u32v z = { 0 };
	unsigned m = (unsigned)__builtin_ia32_pmovmskb256(*q == z) >> ((uintptr_t)p & 31);

	if (m)
		return p + __builtin_ctz(m);
	/* An odd block alone, so that each pair lies in one 64-byte line and a
	 * pair never reaches into the next page. */
	if ((uintptr_t)++q & 32) {
		m = (unsigned)__builtin_ia32_pmovmskb256(*q == z);
		if (m)
			return (const char *)q + __builtin_ctz(m);
		q++;
	}
	for (;; q += 2) {
		u32v a = __builtin_ia32_pminub256(q[0], q[1]);
		if (__builtin_ia32_pmovmskb256(a == z))
			break;
	}
	m = (unsigned)__builtin_ia32_pmovmskb256(q[0] == z);
	if (!m)
		m = (unsigned)__builtin_ia32_pmovmskb256(q[1] == z), q++;
	return (const char *)q + __builtin_ctz(m);
}

NO_ASAN size_t strlen(const char *s)
{
	const __minrt_v16a *p = (const __minrt_v16a *)((uintptr_t)s & -16);
	const __minrt_v16 z = { 0 };
	unsigned m = __minrt_eq16(*p, z) >> ((uintptr_t)s & 15);

	if (m)
		return (size_t)__builtin_ctz(m);
	if (__minrt_avx2())
		return (size_t)(zero_avx2((const char *)(p + 1)) - s);
	for (;;) {
		p++;
		m = __minrt_eq16(*p, z);
		if (m)
			break;
	}
	return (size_t)((const char *)p - s) + (size_t)__builtin_ctz(m);
}
#else
size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return (size_t)(p - s);
}
#endif
