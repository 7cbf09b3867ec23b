/*
 * The allocator's use of Linux page calls (crt/common/alloc.c with the
 * mmap source, crt/linux-x86_64/os_alloc.c): a large block grows and
 * shrinks through mremap, keeping its bytes, and never through a copy;
 * freeing many large heap blocks gives their pages back (RSS falls).
 * __minrt_os_remap and __minrt_os_trim are wrapped (-Wl,--wrap) to count
 * the calls the allocator makes.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "minrt.h"

long __minrt_heap_check(long out[2]);
void *__real___minrt_os_remap(void *p, size_t old, size_t len);
void __real___minrt_os_trim(void *p, size_t len);
static int remaps, trims;
static long out[2];

void *__wrap___minrt_os_remap(void *p, size_t old, size_t len)
{
	remaps++;
	return __real___minrt_os_remap(p, old, len);
}

void __wrap___minrt_os_trim(void *p, size_t len)
{
	trims++;
	__real___minrt_os_trim(p, len);
}

static long rss_kib(void)
{
	long size = 0, res = 0;
	FILE *f = fopen("/proc/self/statm", "r");
	assert_non_null(f);
	assert_int_equal(fscanf(f, "%ld %ld", &size, &res), 2);
	fclose(f);
	return res * 4;
}

static void test_realloc_remaps(void **state)
{
	(void)state;
	size_t n = 300 << 10;
	unsigned char *p = minrt_malloc(n);
	assert_non_null(p);
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(i * 7);
	remaps = 0;
	/* Grows to 64 MiB by doublings, then shrinks to 1 MiB. */
	for (; n < (64 << 20); n *= 2) {
		p = minrt_realloc(p, n * 2);
		assert_non_null(p);
		for (size_t i = n; i < n * 2; i += 4096)
			p[i] = (unsigned char)(i * 7);
	}
	assert_int_equal(remaps, 8);
	p = minrt_realloc(p, 1 << 20);
	assert_int_equal(remaps, 9);
	for (size_t i = 0; i < (300 << 10); i++)
		if (p[i] != (unsigned char)(i * 7))
			fail_msg("byte %zu lost", i);
	for (size_t i = 300 << 10; i < (1 << 20); i += 4096)
		if (p[i] != (unsigned char)(i * 7))
			fail_msg("byte %zu lost", i);
	minrt_free(p);
	assert_true(__minrt_heap_check(out) >= 0);
}

static void test_free_trims(void **state)
{
	(void)state;
	enum { N = 64, SZ = 200 << 10 };
	static char *b[N];
	for (int i = 0; i < N; i++) {
		b[i] = minrt_malloc(SZ);
		assert_non_null(b[i]);
		memset(b[i], 1, SZ);
	}
	long full = rss_kib();
	trims = 0;
	for (int i = 0; i < N; i++)
		minrt_free(b[i]);
	long after = rss_kib();
	assert_int_equal(trims, N);
	/* 12.5 MiB were live; at least 10 MiB of it must have gone back. */
	if (full - after < 10 << 10)
		fail_msg("RSS %ld KiB live, %ld KiB after freeing", full, after);
	assert_true(__minrt_heap_check(out) >= 0);
	/* The trimmed pages are still the heap's: used again, they work. */
	char *p = minrt_malloc(SZ * 4);
	memset(p, 2, SZ * 4);
	minrt_free(p);
	assert_true(__minrt_heap_check(out) >= 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_realloc_remaps),
		cmocka_unit_test(test_free_trims),
	};
	return cmocka_run_group_tests_name("alloc-pages", tests, NULL, NULL);
}
