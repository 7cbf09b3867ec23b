/*
 * The printer, number formatting, minrt_write_all's retry loop and the
 * panic path, over a fake minrt_write that records what it is given and
 * can take a few bytes at a time or fail.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <sys/wait.h>
#include <unistd.h>

#include "minrt.h"

static char out[4096];
static size_t out_len;
static long write_limit;   /* bytes per call; 0 = all */
static long write_error;   /* returned instead, when non-zero */
static int write_calls;
static int write_zero;     /* accept nothing, report no error */

long minrt_write(int fd, const void *buf, size_t len)
{
	(void)fd;
	write_calls++;
	if (write_error)
		return write_error;
	if (write_zero)
		return 0;
	if (write_limit && (long)len > write_limit)
		len = (size_t)write_limit;
	memcpy(out + out_len, buf, len);
	out_len += len;
	return (long)len;
}

/*
 * The panic tests run in a child process each: panicking is one-way
 * state in panic.c (a second panic aborts), as it is in a real program.
 * The child's "exit" sends what it wrote through a pipe and ends with the
 * status; "abort" ends with 134, like SIGABRT seen by a shell.
 */
static int result_pipe = -1;

static _Noreturn void child_end(int status)
{
	if (write(result_pipe, out, out_len) < 0)
		_exit(99);
	_exit(status);
}

_Noreturn void minrt_exit(int status)
{
	child_end(status);
}

_Noreturn void minrt_abort(void)
{
	child_end(134);
}

/* Runs f in a child; returns its status, its output in out[]. */
static int in_child(void (*f)(void))
{
	int fds[2], status;
	pid_t pid;

	assert_int_equal(pipe(fds), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fds[0]);
		result_pipe = fds[1];
		f();
		child_end(0);
	}
	close(fds[1]);
	out_len = (size_t)read(fds[0], out, sizeof out - 1);
	close(fds[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	return WEXITSTATUS(status);
}

static int reset(void **state)
{
	(void)state;
	out_len = 0;
	write_limit = write_error = 0;
	write_calls = write_zero = 0;
	memset(out, 0, sizeof out);
	return 0;
}

static void fmt_is(size_t (*f)(char *, uint64_t), uint64_t v, const char *want)
{
	char buf[24] = { 0 };
	size_t n = f(buf, v);

	assert_int_equal(n, strlen(want));
	assert_memory_equal(buf, want, n);
}

static size_t fmt_i(char *buf, uint64_t v)
{
	return minrt_fmt_i64(buf, (int64_t)v);
}

static void test_fmt(void **state)
{
	(void)state;
	fmt_is(minrt_fmt_u64, 0, "0");
	fmt_is(minrt_fmt_u64, 9, "9");
	fmt_is(minrt_fmt_u64, 10, "10");
	fmt_is(minrt_fmt_u64, 1234567890, "1234567890");
	fmt_is(minrt_fmt_u64, UINT64_MAX, "18446744073709551615");
	fmt_is(fmt_i, 0, "0");
	fmt_is(fmt_i, (uint64_t)-1, "-1");
	fmt_is(fmt_i, (uint64_t)INT64_MAX, "9223372036854775807");
	fmt_is(fmt_i, (uint64_t)INT64_MIN, "-9223372036854775808");
	fmt_is(minrt_fmt_hex, 0, "0x0");
	fmt_is(minrt_fmt_hex, 0xdeadbeef, "0xdeadbeef");
	fmt_is(minrt_fmt_hex, 0x10, "0x10");
	fmt_is(minrt_fmt_hex, UINT64_MAX, "0xffffffffffffffff");
}

static void test_print_functions(void **state)
{
	(void)state;
	assert_int_equal(minrt_puts(1, "a b"), 0);
	assert_int_equal(minrt_print_u64(1, 42), 0);
	assert_int_equal(minrt_print_i64(1, -7), 0);
	assert_int_equal(minrt_print_hex(1, 255), 0);
	assert_int_equal(minrt_puts(1, ""), 0);
	assert_int_equal(out_len, strlen("a b42-70xff"));
	assert_memory_equal(out, "a b42-70xff", out_len);
}

static void test_short_writes_retried(void **state)
{
	(void)state;
	write_limit = 3;
	assert_int_equal(minrt_puts(1, "0123456789"), 0);
	assert_int_equal(out_len, 10);
	assert_memory_equal(out, "0123456789", 10);
	assert_int_equal(write_calls, 4);
}

static void test_write_errors(void **state)
{
	(void)state;
	write_error = -9; /* EBADF */
	assert_int_equal(minrt_puts(1, "x"), -9);
	assert_int_equal(minrt_print_u64(1, 1), -9);
	assert_int_equal(write_calls, 2);
}

static void test_zero_write_is_eio(void **state)
{
	(void)state;
	/* A write that takes nothing and reports no error must not spin. */
	write_zero = 1;
	assert_int_equal(minrt_write_all(1, "abc", 3), -5);
	assert_int_equal(write_calls, 1);
	/* Nothing to write: no call at all. */
	assert_int_equal(minrt_write_all(1, "", 0), 0);
	assert_int_equal(write_calls, 1);
}

static void panic_with_message(void)
{
	minrt_panic("src/x.c", 12, 5, "boom");
}

static void panic_without_message(void)
{
	minrt_panic_n("src/lib.rs and more", 10, 4294967295u, 0, NULL, 0);
}

static void panic_twice(void)
{
	minrt_panic_begin();
	minrt_panic("a.c", 1, 1, "again");
}

static void test_panic(void **state)
{
	(void)state;
	assert_int_equal(in_child(panic_with_message), 101);
	assert_string_equal(out, "panicked at src/x.c:12:5:\nboom\n");
}

static void test_panic_n_without_message(void **state)
{
	(void)state;
	assert_int_equal(in_child(panic_without_message), 101);
	assert_string_equal(out, "panicked at src/lib.rs:4294967295:0:\n");
}

static void test_panic_while_panicking_aborts(void **state)
{
	(void)state;
	assert_int_equal(in_child(panic_twice), 134);
	assert_int_equal(out_len, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_fmt, reset),
		cmocka_unit_test_setup(test_print_functions, reset),
		cmocka_unit_test_setup(test_short_writes_retried, reset),
		cmocka_unit_test_setup(test_write_errors, reset),
		cmocka_unit_test_setup(test_zero_write_is_eio, reset),
		cmocka_unit_test_setup(test_panic, reset),
		cmocka_unit_test_setup(test_panic_n_without_message, reset),
		cmocka_unit_test_setup(test_panic_while_panicking_aborts, reset),
	};
	return cmocka_run_group_tests_name("print", tests, NULL, NULL);
}
