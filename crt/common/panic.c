/*
 * Panics: a message on stderr and exit status 101, the status Rust's std
 * uses. A panic that starts while one is being reported (a Display impl
 * that panics, a fault in the printer) aborts at once instead of looping.
 */
#include "minrt.h"

static volatile char panicking;

void minrt_panic_begin(void)
{
	if (panicking)
		minrt_abort();
	panicking = 1;
}

_Noreturn void minrt_panic_n(const char *file, size_t file_len, unsigned line,
			     unsigned col, const char *msg, size_t msg_len)
{
	char num[20];

	minrt_panic_begin();
	minrt_write_all(2, "panicked at ", 12);
	minrt_write_all(2, file, file_len);
	minrt_write_all(2, ":", 1);
	minrt_write_all(2, num, minrt_fmt_u64(num, line));
	minrt_write_all(2, ":", 1);
	minrt_write_all(2, num, minrt_fmt_u64(num, col));
	minrt_write_all(2, ":\n", 2);
	if (msg) {
		minrt_write_all(2, msg, msg_len);
		minrt_write_all(2, "\n", 1);
	}
	minrt_exit(101);
}

_Noreturn void minrt_panic(const char *file, unsigned line, unsigned col, const char *msg)
{
	minrt_panic_n(file, strlen(file), line, col, msg, msg ? strlen(msg) : 0);
}
