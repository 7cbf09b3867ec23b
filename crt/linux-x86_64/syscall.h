/*
 * syscall.h - the Linux system calls only minrt itself makes (signals for
 * abort, %fs for the stack protector). The general ones are public, in
 * minrt.h, as minrt_sys_*; the register convention is described there.
 */
#ifndef MINRT_LINUX_SYSCALL_H
#define MINRT_LINUX_SYSCALL_H

#include "minrt.h"

/* The kernel's sigaction layout (not glibc's): handler, flags, restorer, mask. */
struct __minrt_ksigaction {
	void *handler;
	unsigned long flags;
	void *restorer;
	unsigned long mask;
};

static inline long __minrt_sys_rt_sigaction(int sig, const struct __minrt_ksigaction *act,
					    struct __minrt_ksigaction *old)
{
	return minrt_syscall4(MINRT_NR_rt_sigaction, sig, (long)act, (long)old, 8);
}

/* how: 0 SIG_BLOCK, 1 SIG_UNBLOCK, 2 SIG_SETMASK; sets are 64-bit masks. */
static inline long __minrt_sys_rt_sigprocmask(int how, const unsigned long *set, unsigned long *old)
{
	return minrt_syscall4(MINRT_NR_rt_sigprocmask, how, (long)set, (long)old, 8);
}

/* code 0x1002 ARCH_SET_FS: the base of %fs, where gcc reads the canary. */
static inline long __minrt_sys_arch_prctl(int code, unsigned long addr)
{
	return minrt_syscall2(MINRT_NR_arch_prctl, code, (long)addr);
}

#endif
