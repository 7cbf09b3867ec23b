/*
 * syscall.h - Linux x86_64 system calls as static inline functions, so a
 * program pays only for the calls it makes.
 *
 * The kernel's ABI (arch/x86/entry/entry_64.S):
 *   rax          system call number in, result out
 *   rdi rsi rdx  arguments 1-3
 *   r10 r8 r9    arguments 4-6 (r10, not rcx: `syscall` itself uses rcx)
 *   rcx, r11     clobbered by the `syscall` instruction (return rip, rflags)
 * Everything else is preserved. A result in [-4095, -1] is -errno; there is
 * no errno variable and these wrappers hand the value back as it is.
 */
#ifndef MINRT_LINUX_SYSCALL_H
#define MINRT_LINUX_SYSCALL_H

#include <stddef.h>
#include <stdint.h>

#define __NR_read 0
#define __NR_write 1
#define __NR_close 3
#define __NR_lseek 8
#define __NR_mmap 9
#define __NR_mprotect 10
#define __NR_munmap 11
#define __NR_rt_sigaction 13
#define __NR_rt_sigprocmask 14
#define __NR_getpid 39
#define __NR_kill 62
#define __NR_arch_prctl 158
#define __NR_clock_gettime 228
#define __NR_exit_group 231
#define __NR_openat 257
#define __NR_getrandom 318

static inline long __minrt_syscall1(long n, long a)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a) : "rcx", "r11", "memory");
	return r;
}

static inline long __minrt_syscall2(long n, long a, long b)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b) : "rcx", "r11", "memory");
	return r;
}

static inline long __minrt_syscall3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
			 : "rcx", "r11", "memory");
	return r;
}

static inline long __minrt_syscall4(long n, long a, long b, long c, long d)
{
	long r;
	register long r10 __asm__("r10") = d;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
			 : "rcx", "r11", "memory");
	return r;
}

static inline long __minrt_syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10),
			 "r"(r8), "r"(r9) : "rcx", "r11", "memory");
	return r;
}

/* Each returns the kernel's result: >= 0 on success, -errno on failure. */

/*
 * read and write take fd as the int it is, not widened to long: the kernel
 * declares it unsigned int and ignores rdi's upper half, so the three bytes
 * of a sign extension would buy nothing.
 */
static inline long __minrt_sys_read(int fd, void *buf, size_t len)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(__NR_read), "D"(fd), "S"(buf), "d"(len)
			 : "rcx", "r11", "memory");
	return r;
}

static inline long __minrt_sys_write(int fd, const void *buf, size_t len)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(__NR_write), "D"(fd), "S"(buf), "d"(len)
			 : "rcx", "r11", "memory");
	return r;
}

/* dirfd is AT_FDCWD (-100) for a path relative to the working directory. */
static inline long __minrt_sys_openat(int dirfd, const char *path, int flags, int mode)
{
	return __minrt_syscall4(__NR_openat, dirfd, (long)path, flags, mode);
}

static inline long __minrt_sys_close(int fd)
{
	return __minrt_syscall1(__NR_close, fd);
}

/* whence: 0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END; returns the new offset. */
static inline long __minrt_sys_lseek(int fd, long off, int whence)
{
	return __minrt_syscall3(__NR_lseek, fd, off, whence);
}

/* Returns the address, or -errno (test with (unsigned long)r > -4096UL). */
static inline long __minrt_sys_mmap(void *addr, size_t len, int prot, int flags, int fd, long off)
{
	return __minrt_syscall6(__NR_mmap, (long)addr, (long)len, prot, flags, fd, off);
}

static inline long __minrt_sys_munmap(void *addr, size_t len)
{
	return __minrt_syscall2(__NR_munmap, (long)addr, (long)len);
}

static inline long __minrt_sys_mprotect(void *addr, size_t len, int prot)
{
	return __minrt_syscall3(__NR_mprotect, (long)addr, (long)len, prot);
}

static inline _Noreturn void __minrt_sys_exit_group(int status)
{
	for (;;)
		__minrt_syscall1(__NR_exit_group, status);
}

static inline long __minrt_sys_getpid(void)
{
	return __minrt_syscall1(__NR_getpid, 0);
}

static inline long __minrt_sys_kill(long pid, int sig)
{
	return __minrt_syscall2(__NR_kill, pid, sig);
}

/* clk: 0 CLOCK_REALTIME, 1 CLOCK_MONOTONIC; ts points at {long sec, nsec}. */
static inline long __minrt_sys_clock_gettime(int clk, void *ts)
{
	return __minrt_syscall2(__NR_clock_gettime, clk, (long)ts);
}

/* flags: 1 GRND_NONBLOCK, 2 GRND_RANDOM; returns bytes filled. */
static inline long __minrt_sys_getrandom(void *buf, size_t len, unsigned flags)
{
	return __minrt_syscall3(__NR_getrandom, (long)buf, (long)len, flags);
}

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
	return __minrt_syscall4(__NR_rt_sigaction, sig, (long)act, (long)old, 8);
}

/* how: 0 SIG_BLOCK, 1 SIG_UNBLOCK, 2 SIG_SETMASK; sets are 64-bit masks. */
static inline long __minrt_sys_rt_sigprocmask(int how, const unsigned long *set, unsigned long *old)
{
	return __minrt_syscall4(__NR_rt_sigprocmask, how, (long)set, (long)old, 8);
}

/* code 0x1002 ARCH_SET_FS: the base of %fs, where gcc reads the canary. */
static inline long __minrt_sys_arch_prctl(int code, unsigned long addr)
{
	return __minrt_syscall2(__NR_arch_prctl, code, (long)addr);
}

#endif
