/*
 * What the allocator needs from a target, for host test builds (unit tests,
 * fuzzer, benchmark) that run under the host's libc: minrt_write and
 * minrt_abort over libc. The printer itself (fmt.c, write_all.c) is the
 * real one.
 */
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

#include "minrt.h"

long minrt_write(int fd, const void *buf, size_t len)
{
	ssize_t n = write(fd, buf, len);

	return n < 0 ? -errno : n;
}

_Noreturn void minrt_abort(void)
{
	abort();
}
