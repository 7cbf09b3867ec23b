/*
 * Differential test: minrt's memory and string functions (built renamed
 * t_*) against the host glibc's, over every source and destination
 * alignment 0..63 and every length 0..1024, plus a sample of large sizes.
 * Buffers end at a PROT_NONE page, so a read past the last byte a function
 * may touch faults (strlen may read ahead only within its aligned block,
 * which never crosses a page). Every case runs twice on x86_64: with the
 * AVX2 paths and with the SSE2 ones forced (__minrt_avx2_state = 1).
 */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <cmocka.h>

void *t_memcpy(void *restrict, const void *restrict, size_t);
void *t_memmove(void *, const void *, size_t);
void *t_memset(void *, int, size_t);
int t_memcmp(const void *, const void *, size_t);
int t_bcmp(const void *, const void *, size_t);
size_t t_strlen(const char *);
#if defined(__x86_64__)
extern signed char __minrt_avx2_state;
#endif

#define MAXLEN 1024
#define AL 64
#define PAGE 4096
#define AREA (4 * PAGE) /* >= MAXLEN + 2 * AL, whole pages */

/* An area of AREA bytes followed by a guard page; returns its start. */
static unsigned char *guarded(void)
{
	unsigned char *p = mmap(NULL, AREA + PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(p != MAP_FAILED);
	assert_int_equal(mprotect(p + AREA, PAGE, PROT_NONE), 0);
	return p;
}

static unsigned char *A, *B, *R;

static void fill(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed * 31 + i * 7 + (i >> 5));
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

/* Both code paths where there are two; `body` runs once per path. */
#if defined(__x86_64__)
#define PATHS for (__minrt_avx2_state = 2; __minrt_avx2_state > 0; __minrt_avx2_state--)
#else
#define PATHS for (int once_ = 1; once_; once_ = 0)
#endif

/* Offsets counted back from the guard page, so the last byte read is right before it. */
#define END(buf, al, len) ((buf) + AREA - AL + (al) - (len))

static void test_copy(void **state)
{
	(void)state;
	PATHS for (size_t len = 0; len <= MAXLEN; len++) for (size_t sa = 0; sa < AL; sa++) {
		unsigned char *s = END(A, sa, len);
		fill(A, AREA, (unsigned)len);
		for (size_t da = 0; da < AL; da++) {
			unsigned char *d = B + AL + da;
			memset(B, 0xa5, MAXLEN + 3 * AL);
			assert_ptr_equal(t_memcpy(d, s, len), d);
			if (memcmp(d, s, len) || B[AL + da - 1] != 0xa5 || d[len] != 0xa5)
				fail_msg("memcpy len %zu src+%zu dst+%zu", len, sa, da);
		}
	}
}

/* memmove within one buffer: every shift -AL..AL, source ending at the guard. */
static void test_move(void **state)
{
	(void)state;
	PATHS for (size_t len = 0; len <= MAXLEN; len++) for (int delta = -AL; delta <= AL; delta++) {
		unsigned char *s = END(A, 0, len) - AL;
		fill(A, AREA, (unsigned)len + 1);
		memcpy(R, A, AREA);
		memmove(R + (s - A) + delta, R + (s - A), len);
		assert_ptr_equal(t_memmove(s + delta, s, len), s + delta);
		if (memcmp(A, R, AREA))
			fail_msg("memmove len %zu delta %d", len, delta);
	}
}

static void test_set(void **state)
{
	(void)state;
	PATHS for (size_t len = 0; len <= MAXLEN; len++) for (size_t da = 0; da < AL; da++) {
		unsigned char *d = END(A, da, len);
		int c = (int)(len * 13 + da) | 0x80; /* high bit set: only the low byte counts */
		memset(A, 0x11, AREA);
		memset(R, 0x11, AREA);
		memset(R + (d - A), c, len);
		assert_ptr_equal(t_memset(d, c | 0x7f00, len), d);
		if (memcmp(A, R, AREA))
			fail_msg("memset len %zu dst+%zu", len, da);
	}
}

/* Equal, then one byte different at a few positions, both directions; bytes >= 0x80 too. */
static void test_cmp(void **state)
{
	(void)state;
	PATHS for (size_t len = 0; len <= MAXLEN; len++) for (size_t aa = 0; aa < AL; aa++) {
		unsigned char *a = END(A, aa, len);
		size_t ba = (aa * 5 + len) % AL;
		unsigned char *b = END(B, ba, len);
		fill(a, len, (unsigned)len);
		memcpy(b, a, len);
		if (t_memcmp(a, b, len) || t_bcmp(a, b, len))
			fail_msg("memcmp equal len %zu a+%zu b+%zu", len, aa, ba);
		size_t pos[] = { 0, len / 2, len - 1, (len * 7 + aa) % (len ? len : 1), len > 16 ? len - 17 : 0 };
		for (size_t k = 0; len && k < sizeof pos / sizeof *pos; k++) {
			size_t i = pos[k];
			unsigned char old = b[i];
			b[i] = (unsigned char)(a[i] ^ (k & 1 ? 0x80 : 0x01));
			if (sign(t_memcmp(a, b, len)) != sign(memcmp(a, b, len)) ||
			    sign(t_memcmp(b, a, len)) != sign(memcmp(b, a, len)) || !t_bcmp(a, b, len))
				fail_msg("memcmp len %zu a+%zu b+%zu differ at %zu", len, aa, ba, i);
			b[i] = old;
		}
	}
}

static void test_len(void **state)
{
	(void)state;
	PATHS for (size_t len = 0; len <= MAXLEN; len++) for (size_t sa = 0; sa < AL; sa++) {
		/* The terminator is the last byte before the guard page. */
		char *s = (char *)END(A, sa, len + 1);
		memset(A, 'x', AREA);
		s[len] = 0;
		if (t_strlen(s) != len)
			fail_msg("strlen len %zu at +%zu: %zu", len, sa, t_strlen(s));
		/* And with bytes >= 0x80 before it. */
		memset(s, 0xff, len);
		if (t_strlen(s) != strlen(s))
			fail_msg("strlen 0xff len %zu at +%zu", len, sa);
	}
}

/* Large sizes, odd lengths and alignments, against glibc. */
static void test_large(void **state)
{
	static const size_t sizes[] = { 2047, 2048, 2049, 4095, 4096, 65536 + 7, (1 << 20) + 13, (3 << 20) + 1 };
	(void)state;
	size_t cap = (4 << 20) + PAGE;
	unsigned char *x = mmap(NULL, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *y = mmap(NULL, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *z = mmap(NULL, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(x != MAP_FAILED && y != MAP_FAILED && z != MAP_FAILED);
	PATHS for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) for (size_t al = 0; al < 64; al += 21) {
		size_t n = sizes[k], xa = al, ya = (al * 3 + 5) % 64;
		fill(x, cap, (unsigned)k);
		memset(y, 0, cap);
		t_memcpy(y + ya, x + xa, n);
		if (memcmp(y + ya, x + xa, n) || t_memcmp(y + ya, x + xa, n))
			fail_msg("memcpy/memcmp large %zu", n);
		y[ya + n - 3] ^= 0x40;
		if (sign(t_memcmp(y + ya, x + xa, n)) != sign(memcmp(y + ya, x + xa, n)))
			fail_msg("memcmp large %zu", n);
		memcpy(z, x, cap);
		memmove(z + xa + 100, z + xa, n);
		t_memmove(x + xa + 100, x + xa, n);
		if (memcmp(x, z, cap))
			fail_msg("memmove up large %zu", n);
		memmove(z + xa, z + xa + 77, n);
		t_memmove(x + xa, x + xa + 77, n);
		if (memcmp(x, z, cap))
			fail_msg("memmove down large %zu", n);
		memset(z + ya, (int)k, n);
		t_memset(x + ya, (int)k, n);
		if (memcmp(x, z, cap))
			fail_msg("memset large %zu", n);
		x[ya + n] = 0;
		if (t_strlen((char *)x + ya) != strlen((char *)x + ya))
			fail_msg("strlen large %zu", n);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_copy), cmocka_unit_test(test_move), cmocka_unit_test(test_set),
		cmocka_unit_test(test_cmp), cmocka_unit_test(test_len), cmocka_unit_test(test_large),
	};
	A = guarded();
	B = guarded();
	R = guarded();
	return cmocka_run_group_tests_name("memdiff", tests, NULL, NULL);
}
