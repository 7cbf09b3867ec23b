/* The printer: strings and numbers straight to a file descriptor, unbuffered. */
#include "minrt.h"

long minrt_puts(int fd, const char *s)
{
	return minrt_write_all(fd, s, strlen(s));
}

long minrt_print_u64(int fd, uint64_t v)
{
	char buf[20];

	return minrt_write_all(fd, buf, minrt_fmt_u64(buf, v));
}

long minrt_print_i64(int fd, int64_t v)
{
	char buf[20];

	return minrt_write_all(fd, buf, minrt_fmt_i64(buf, v));
}

long minrt_print_hex(int fd, uint64_t v)
{
	char buf[18];

	return minrt_write_all(fd, buf, minrt_fmt_hex(buf, v));
}
