/*
 * minrt_abort: die of SIGABRT (a shell reports 134), as C's abort() does.
 *
 * The program may have ignored, caught or blocked SIGABRT; so restore the
 * default action and unblock it before raising it. Then the kernel ends
 * the process while delivering it on the way out of kill(): the exit below
 * is never reached, but keeps the promise of _Noreturn.
 */
#include "minrt.h"
#include "syscall.h"

#define SIGABRT 6
#define SIG_UNBLOCK 1

_Noreturn void minrt_abort(void)
{
	static const struct __minrt_ksigaction dfl; /* SIG_DFL, no flags */
	unsigned long set = 1UL << (SIGABRT - 1);

	__minrt_sys_rt_sigaction(SIGABRT, &dfl, 0);
	__minrt_sys_rt_sigprocmask(SIG_UNBLOCK, &set, 0);
	minrt_sys_kill(minrt_sys_getpid(), SIGABRT);
	minrt_sys_exit_group(127);
}
