/*
 * Startup parsing from a synthetic initial stack (argc, argv, envp, auxv
 * as the kernel lays them out), minrt_getenv over that environment, and
 * the static-PIE relocation decoders (RELA and RELR) on hand-made tables.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "minrt.h"
#include "stack.h"

/* The relocation code, with its static helpers, is compiled right in. */
#include "start_pie.c"

extern char **__minrt_environ;

_Noreturn void __minrt_start_c(long *sp)
{
	(void)sp;
	for (;;)
		;
}

static char random16[16] = "0123456789abcdef";

static void test_parse_stack(void **state)
{
	char *argv[] = { "prog", "", "\xff\xfe" };
	char *envp[] = { "A=1", "B=" };
	long sp[] = {
		3, (long)argv[0], (long)argv[1], (long)argv[2], 0,
		(long)envp[0], (long)envp[1], 0,
		AT_PAGESZ, 4096, AT_RANDOM, (long)random16, AT_NULL, 0,
	};
	struct __minrt_start_args a = __minrt_parse_stack(sp);
	unsigned long *auxv;

	(void)state;
	assert_int_equal(a.argc, 3);
	assert_ptr_equal(a.argv, (char **)&sp[1]);
	assert_string_equal(a.argv[2], "\xff\xfe");
	assert_null(a.argv[3]);
	assert_ptr_equal(a.envp, (char **)&sp[5]);
	assert_string_equal(a.envp[1], "B=");
	auxv = __minrt_auxv_of(a.envp);
	assert_ptr_equal(auxv, (unsigned long *)&sp[8]);
	assert_int_equal(__minrt_auxv_get(auxv, AT_PAGESZ), 4096);
	assert_ptr_equal((void *)__minrt_auxv_get(auxv, AT_RANDOM), random16);
	assert_int_equal(__minrt_auxv_get(auxv, 12345), 0);
}

static void test_parse_stack_empty(void **state)
{
	/* argc 0 (execve with an empty argv) and no environment at all. */
	long sp[] = { 0, 0, 0, AT_NULL, 0 };
	struct __minrt_start_args a = __minrt_parse_stack(sp);

	(void)state;
	assert_int_equal(a.argc, 0);
	assert_null(a.argv[0]);
	assert_ptr_equal(a.envp, (char **)&sp[2]);
	assert_null(a.envp[0]);
	assert_int_equal(__minrt_auxv_get(__minrt_auxv_of(a.envp), AT_RANDOM), 0);
}

static void test_getenv(void **state)
{
	char *envp[] = { "PATH=/bin", "MINRT_DEMOX=no", "MINRT_DEMO=yes=1", "EMPTY=", "NOEQUALS", 0 };

	(void)state;
	__minrt_environ = NULL;
	assert_null(minrt_getenv("PATH"));
	__minrt_environ = envp;
	assert_string_equal(minrt_getenv("PATH"), "/bin");
	assert_string_equal(minrt_getenv("MINRT_DEMO"), "yes=1");
	assert_string_equal(minrt_getenv("EMPTY"), "");
	assert_null(minrt_getenv("MINRT_DEM"));
	assert_null(minrt_getenv("NOEQUALS"));
	assert_null(minrt_getenv("P"));
	assert_null(minrt_getenv("MISSING"));
}

static void test_rela(void **state)
{
	uintptr_t image[4] = { 0, 0, 0, 0 };
	struct rela r[] = {
		{ 8, R_X86_64_RELATIVE, 0x100 },
		{ 24, R_X86_64_RELATIVE, 0x200 },
		{ 0, 0x0000000500000001, 0 }, /* not RELATIVE: left alone */
	};
	uintptr_t base = (uintptr_t)image;

	(void)state;
	apply_rela(base, r, sizeof r);
	assert_int_equal(image[0], 0);
	assert_int_equal(image[1], base + 0x100);
	assert_int_equal(image[2], 0);
	assert_int_equal(image[3], base + 0x200);
}

static void test_relr(void **state)
{
	/* 140 words, link-time values i*8; relocate words 2, 3, 5, 66, 129.
	 * Encoding: address entry for word 2 (relocates it), then a bitmap
	 * from word 3: bit 1 -> word 3, bit 3 -> word 5, bit 63 -> word 65;
	 * then a second bitmap from word 66: bit 1 -> word 66, bit 63 -> 128;
	 * then an address entry for word 139. */
	uintptr_t image[140], want[140];
	uintptr_t base = (uintptr_t)image;
	uintptr_t relr[] = {
		2 * 8,
		1 | (1UL << 1) | (1UL << 3) | (1UL << 63),
		1 | (1UL << 1) | (1UL << 63),
		139 * 8,
	};

	(void)state;
	for (int i = 0; i < 140; i++)
		image[i] = want[i] = (uintptr_t)i * 8;
	for (int i = 0; i < 140; i++)
		if (i == 2 || i == 3 || i == 5 || i == 65 || i == 66 || i == 128 || i == 139)
			want[i] += base;
	apply_relr(base, relr, sizeof relr);
	assert_memory_equal(image, want, sizeof image);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_stack),
		cmocka_unit_test(test_parse_stack_empty),
		cmocka_unit_test(test_getenv),
		cmocka_unit_test(test_rela),
		cmocka_unit_test(test_relr),
	};
	return cmocka_run_group_tests_name("start", tests, NULL, NULL);
}
