/*
 * minrt_clock_ns: CLOCK_MONOTONIC by the system call. A static program has
 * no vDSO lookup (that needs the auxiliary vector parsed and an ELF walked),
 * so each reading is a real syscall, a few hundred nanoseconds: fine for
 * timing, too slow for a tight loop.
 */
#include "minrt.h"

int64_t minrt_clock_ns(void)
{
	struct minrt_timespec ts;
	long r = minrt_sys_clock_gettime(MINRT_CLOCK_MONOTONIC, &ts);

	return r < 0 ? r : (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
