/*
 * Unit tests for crt/common/alloc.c, built on the host against the allocator
 * compiled with -DMINRT_HEAP_CHECK, so every test can also check the heap's
 * invariants. Two memory sources:
 *   default      crt/linux-x86_64/os_alloc.c (mmap; chunks usually land
 *                below the heap, large blocks get their own mapping)
 *   -DBUMP_ARENA a fixed arena handed out upwards, like Cortex-M: tests
 *                the merge of chunks above the heap and running out.
 * Each is built plain and with -fsanitize=address,undefined.
 */
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "minrt.h"

long __minrt_heap_check(long out[2]);

#ifndef VARIANT
#define VARIANT "alloc"
#endif

#ifdef BUMP_ARENA
/* 32 MiB handed out in order, never given back, as on Cortex-M. */
static _Alignas(4096) char arena[32 << 20];
static size_t arena_used;

void *__minrt_os_alloc(size_t len)
{
	void *p;

	if (len > sizeof arena - arena_used)
		return NULL;
	p = arena + arena_used;
	arena_used += len;
	return p;
}

void __minrt_os_free(void *p, size_t len)
{
	(void)p;
	(void)len;
}
#endif

/* The heap is consistent and holds exactly `used` blocks. */
static void heap_ok(long used)
{
	long out[2];

	assert_int_equal(__minrt_heap_check(out), used);
}

/* Every region is one free block: what immediate coalescing promises. */
static void heap_empty(void)
{
	long out[2];

	assert_int_equal(__minrt_heap_check(out), 0);
	assert_int_equal(out[0], out[1]);
}

static void fill(void *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		((unsigned char *)p)[i] = (unsigned char)(seed + i * 7);
}

static int filled(const void *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		if (((const unsigned char *)p)[i] != (unsigned char)(seed + i * 7))
			return 0;
	return 1;
}

static void test_alignment_and_sizes(void **state)
{
	static void *p[600];
	(void)state;
	for (size_t i = 0; i < 600; i++) {
		size_t n = i < 300 ? i : (i - 299) * 97;

		p[i] = minrt_malloc(n);
		assert_non_null(p[i]);
		assert_int_equal((uintptr_t)p[i] % (2 * sizeof(void *)), 0);
		fill(p[i], n, (unsigned)i);
	}
	heap_ok(600);
	for (size_t i = 0; i < 600; i++) {
		size_t n = i < 300 ? i : (i - 299) * 97;

		assert_true(filled(p[i], n, (unsigned)i));
	}
	for (size_t i = 0; i < 600; i++)
		minrt_free(p[(i * 7) % 600]); /* 7 is prime to 600: each once */
	heap_empty();
}

static void test_malloc_zero_unique(void **state)
{
	void *a = minrt_malloc(0), *b = minrt_malloc(0);
	(void)state;
	assert_non_null(a);
	assert_non_null(b);
	assert_ptr_not_equal(a, b);
	heap_ok(2);
	minrt_free(a);
	minrt_free(b);
	heap_empty();
}

static void test_free_null(void **state)
{
	(void)state;
	minrt_free(NULL);
	heap_empty();
}

static void test_calloc_zeroes(void **state)
{
	unsigned char *p;
	(void)state;
	/* Dirty a block, free it, and get the same memory back from calloc. */
	p = minrt_malloc(1000);
	memset(p, 0xa5, 1000);
	minrt_free(p);
	p = minrt_calloc(10, 100);
	assert_non_null(p);
	for (int i = 0; i < 1000; i++)
		assert_int_equal(p[i], 0);
	minrt_free(p);
	p = minrt_calloc(1, 1 << 20); /* mapped: zero without a memset */
	assert_non_null(p);
	assert_int_equal(p[0] | p[(1 << 20) - 1], 0);
	minrt_free(p);
	p = minrt_calloc(0, 0);
	assert_non_null(p);
	minrt_free(p);
	heap_empty();
}

static void test_calloc_overflow(void **state)
{
	(void)state;
	assert_null(minrt_calloc(SIZE_MAX / 2, 3));
	assert_null(minrt_calloc(3, SIZE_MAX / 2));
	assert_null(minrt_calloc((size_t)1 << 32, (size_t)1 << 32));
	heap_empty();
}

static void test_too_large(void **state)
{
	(void)state;
	assert_null(minrt_malloc(SIZE_MAX));
	assert_null(minrt_malloc(SIZE_MAX / 2 + 1));
	assert_null(minrt_malloc(SIZE_MAX - 4096));
	assert_null(minrt_malloc((size_t)1 << 62));
	assert_null(minrt_aligned_alloc(4096, SIZE_MAX - 100));
	assert_null(minrt_aligned_alloc((size_t)1 << 63, 16));
	assert_null(minrt_realloc(NULL, SIZE_MAX));
	heap_empty();
}

static void test_realloc_in_place(void **state)
{
	char *a;
	(void)state;
	/* Shrinking stays in place and frees the tail right after the block... */
	a = minrt_malloc(400);
	fill(a, 400, 1);
	assert_ptr_equal(minrt_realloc(a, 100), a);
	assert_true(filled(a, 100, 1));
	heap_ok(1);
	/* ...so growing again takes that free neighbour without moving. */
	assert_ptr_equal(minrt_realloc(a, 380), a);
	assert_true(filled(a, 100, 1));
	heap_ok(1);
	assert_ptr_equal(minrt_realloc(a, 40), a);
	assert_true(filled(a, 40, 1));
	assert_ptr_equal(minrt_realloc(a, 41), a);
	minrt_free(a);
	heap_empty();
}

static void test_realloc_moves(void **state)
{
	char *a, *b, *c;
	(void)state;
	a = minrt_malloc(100);
	b = minrt_malloc(100);
	fill(a, 100, 3);
	c = minrt_realloc(a, 5000); /* moves unless a's neighbour is free */
	assert_non_null(c);
	assert_true(filled(c, 100, 3));
	heap_ok(2);
	/* Into and out of a mapping of its own. */
	fill(c, 5000, 4);
	c = minrt_realloc(c, 3 << 20);
	assert_non_null(c);
	assert_true(filled(c, 5000, 4));
	memset(c + 5000, 1, (3 << 20) - 5000);
	assert_ptr_equal(minrt_realloc(c, 2 << 20), c);
	c = minrt_realloc(c, 1000);
	assert_non_null(c);
	assert_true(filled(c, 1000, 4));
	heap_ok(2);
	/* NULL is malloc; 0 shrinks to the smallest block, not a free. */
	a = minrt_realloc(NULL, 10);
	assert_non_null(a);
	a = minrt_realloc(a, 0);
	assert_non_null(a);
	heap_ok(3);
	minrt_free(a);
	minrt_free(b);
	minrt_free(c);
	heap_empty();
}

static void test_aligned_alloc(void **state)
{
	static void *p[14 * 5];
	int k = 0;
	(void)state;
	for (size_t a = 1; a <= 8192; a *= 2)
		for (size_t n = 0; n < 5000; n += 1111) {
			p[k] = minrt_aligned_alloc(a, n);
			assert_non_null(p[k]);
			assert_int_equal((uintptr_t)p[k] % a, 0);
			assert_int_equal((uintptr_t)p[k] % (2 * sizeof(void *)), 0);
			fill(p[k++], n, (unsigned)a);
			assert_true(__minrt_heap_check(NULL) >= 0);
		}
	for (int i = 0; i < k; i++)
		minrt_free(p[i]);
	heap_empty();
	/* Large alignment of a large block, within its own mapping. */
	p[0] = minrt_aligned_alloc(1 << 16, 1 << 20);
	assert_non_null(p[0]);
	assert_int_equal((uintptr_t)p[0] % (1 << 16), 0);
	memset(p[0], 1, 1 << 20);
	p[0] = minrt_realloc(p[0], 2 << 20);
	assert_non_null(p[0]);
	minrt_free(p[0]);
	assert_null(minrt_aligned_alloc(0, 16));
	assert_null(minrt_aligned_alloc(48, 16));
	heap_empty();
}

static void test_coalescing(void **state)
{
	static char *p[1000];
	(void)state;
	for (int i = 0; i < 1000; i++)
		p[i] = minrt_malloc(16 + (size_t)i % 50 * 16);
	/* Every other one, then the rest: each free merges on both sides. */
	for (int i = 0; i < 1000; i += 2)
		minrt_free(p[i]);
	heap_ok(500);
	for (int i = 1; i < 1000; i += 2)
		minrt_free(p[i]);
	heap_empty();
	/* The merged space serves one large request without growing. */
	p[0] = minrt_malloc(200000);
	heap_ok(1);
	minrt_free(p[0]);
	heap_empty();
}

#ifdef BUMP_ARENA
static void test_out_of_memory(void **state)
{
	static void *p[100000];
	int n = 0;
	(void)state;
	/* Fill the arena: malloc says NULL, and the heap is still sound. */
	while (n < 100000 && (p[n] = minrt_malloc(1000)))
		n++;
	assert_true(n > 1000 && n < 100000);
	heap_ok(n);
	/* Growth fell back to exact sizes: the arena is used to its end. */
	assert_true(sizeof arena - arena_used < 1040);
	assert_null(minrt_malloc(1000));
	assert_null(minrt_calloc(1, 1000));
	assert_null(minrt_aligned_alloc(64, 1000));
	assert_null(minrt_realloc(p[0], 100000));
	while (n)
		minrt_free(p[--n]);
	heap_empty();
}
#endif

/*
 * Death tests: in a child, do the bad thing; the child must die of SIGABRT
 * having written exactly the message with the pointer's address.
 */
static void dies(void (*bad)(void *), void *arg, const char *fmt, void *shown)
{
	char want[100], got[200];
	int fd[2], status;
	size_t len = 0;
	ssize_t n;
	pid_t pid;

	snprintf(want, sizeof want, fmt, (unsigned long)(uintptr_t)shown);
	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		/* Not cmocka's handler: a crash must end the child, not resume tests. */
		signal(SIGSEGV, SIG_DFL);
		signal(SIGBUS, SIG_DFL);
		dup2(fd[1], 2);
		bad(arg);
		_exit(0);
	}
	close(fd[1]);
	while (len < sizeof got - 1 && (n = read(fd[0], got + len, sizeof got - 1 - len)) > 0)
		len += (size_t)n;
	close(fd[0]);
	got[len] = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	assert_int_equal(WTERMSIG(status), SIGABRT);
	assert_string_equal(got, want);
}

static const char MSG[] = "minrt: free(): invalid pointer 0x%lx\n";

static void do_free(void *p)
{
	minrt_free(p);
}

static void do_realloc(void *p)
{
	minrt_realloc(p, 10);
}

static void do_double_free(void *p)
{
	minrt_free(p);
	minrt_free(p);
}

static void test_double_free(void **state)
{
	char *p = minrt_malloc(64), *q = minrt_malloc(64), *r = minrt_malloc(64);
	(void)state;
	dies(do_double_free, p, MSG, p);
	/* Freed and merged into its free neighbour: still caught. */
	minrt_free(p);
	minrt_free(q);
	dies(do_free, q, MSG, q);
	dies(do_free, p, MSG, p);
	dies(do_realloc, q, MSG, q);
	minrt_free(r);
	dies(do_free, r, MSG, r);
	/*
	 * A second free of a block that had a mapping of its own faults
	 * instead: its header went with the mapping. Inside one it is caught.
	 */
	p = minrt_malloc(1 << 20);
	dies(do_free, p + 8192, MSG, p + 8192);
	minrt_free(p);
	heap_empty();
}

static _Alignas(4096) size_t fake_mapped[4] = {0, 4096 | 4};

static void test_foreign_pointer(void **state)
{
	static _Alignas(16) char data[256];
	_Alignas(16) char stack[256] = {0};
	char *p = minrt_calloc(1, 256);
	(void)state;
	dies(do_free, stack + 64, MSG, stack + 64);
	dies(do_free, data + 64, MSG, data + 64);
	dies(do_free, p + 64, MSG, p + 64);	/* inside a block */
	dies(do_free, p + 1, MSG, p + 1);	/* misaligned */
	memset(p, 0x41, 256);
	dies(do_free, p + 128, MSG, p + 128);
	dies(do_realloc, stack + 16, MSG, stack + 16);
	/* Looks like a small mapped block: must not be unmapped. */
	dies(do_free, &fake_mapped[2], MSG, &fake_mapped[2]);
	minrt_free(p);
	heap_empty();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alignment_and_sizes),
		cmocka_unit_test(test_malloc_zero_unique),
		cmocka_unit_test(test_free_null),
		cmocka_unit_test(test_calloc_zeroes),
		cmocka_unit_test(test_calloc_overflow),
		cmocka_unit_test(test_too_large),
		cmocka_unit_test(test_realloc_in_place),
		cmocka_unit_test(test_realloc_moves),
		cmocka_unit_test(test_aligned_alloc),
		cmocka_unit_test(test_coalescing),
		cmocka_unit_test(test_double_free),
		cmocka_unit_test(test_foreign_pointer),
#ifdef BUMP_ARENA
		cmocka_unit_test(test_out_of_memory), /* last: it uses the arena up */
#endif
	};

	return cmocka_run_group_tests_name(VARIANT, tests, NULL, NULL);
}
