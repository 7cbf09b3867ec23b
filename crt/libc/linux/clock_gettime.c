/* clock_gettime(2) for code built against a libc, by the system call (a
 * static program has no vDSO lookup; see crt/linux-x86_64/clock.c). */
#ifdef __linux__
#include "minrt.h"
#include "../internal/syscall_ret.h"

int clock_gettime(int clk, struct minrt_timespec *ts)
{
	return (int)__minrt_syscall_ret(minrt_sys_clock_gettime(clk, ts));
}
#endif
