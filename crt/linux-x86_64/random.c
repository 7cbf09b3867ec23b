/*
 * minrt_random: getrandom(2), which blocks only until the kernel's pool is
 * first seeded at boot. One call returns at most 32 MiB (and a signal may
 * cut it short), so loop until the buffer is full.
 */
#include "minrt.h"

long minrt_random(void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		long n = minrt_sys_getrandom(p, len, 0);

		if (n == -4) /* EINTR */
			continue;
		if (n < 0)
			return n;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}
