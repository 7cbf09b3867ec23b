/* poll(2) for code built against a libc (getrandom's /dev/urandom
 * fallback waits on /dev/random with it): -1 and errno on failure. */
#ifdef __linux__
#include "minrt.h"
#include "../internal/syscall_ret.h"

#define NR_poll 7

struct pollfd;

int poll(struct pollfd *fds, unsigned long n, int timeout_ms)
{
	return (int)__minrt_syscall_ret(minrt_syscall3(NR_poll, (long)fds, (long)n, timeout_ms));
}
#endif
