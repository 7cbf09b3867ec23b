/*
 * What the allocator needs from a target, for host test builds (unit tests,
 * fuzzer, benchmark) that run under the host's libc: minrt_write and
 * minrt_abort over libc. The printer itself (fmt.c, write_all.c) is the
 * real one. Both weak: the fuzzer catches the invalid-pointer abort.
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "minrt.h"

__attribute__((weak)) long minrt_write(int fd, const void *buf, size_t len)
{
	ssize_t n = write(fd, buf, len);

	return n < 0 ? -errno : n;
}

__attribute__((weak)) _Noreturn void minrt_abort(void)
{
	abort();
}
