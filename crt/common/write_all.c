/*
 * minrt_write_all: a pipe or a terminal may take fewer bytes than asked
 * (a short write); retry until all are written or an error comes back.
 * A write that takes nothing and reports no error would loop forever, so
 * it ends the loop as an I/O error.
 */
#include "minrt.h"

long minrt_write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		long n = minrt_write(fd, p, len);

		if (n < 0)
			return n;
		if (n == 0)
			return -5; /* EIO */
		p += n;
		len -= (size_t)n;
	}
	return 0;
}
