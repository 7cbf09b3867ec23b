/*
 * syscall_ret.h - the libc convention over a raw Linux system call: the
 * kernel returns -errno in [-4095, -1]; a libc function returns -1 and sets
 * errno. Only crt/libc/linux/ uses it: the POSIX names there exist for code
 * built against a libc (the Rust libc crate: getrandom, memchr, errno ...).
 */
#ifndef MINRT_SYSCALL_RET_H
#define MINRT_SYSCALL_RET_H

#include <errno.h>

static inline long __minrt_syscall_ret(long r)
{
	if ((unsigned long)r > -4096UL) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

#endif
