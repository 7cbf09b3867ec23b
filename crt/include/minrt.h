/*
 * minrt.h - the public C API of minrt, the same on every target.
 *
 * A program's entry is the ordinary `int main(int argc, char **argv, char **envp)`
 * (or any of its standard forms); minrt's startup calls it and exits with its
 * value. System calls report errors as negative errno values (-EBADF, ...),
 * never through a global errno. Exit statuses follow the table in README.
 */
#ifndef MINRT_H
#define MINRT_H

/*
 * Written to compile as C89 (gnu89) through C17 and as C++11/17: no
 * `_Noreturn` or `restrict` (neither is C89 nor C++), GNU spellings that
 * every mode accepts instead (gcc, clang).
 */
#define __minrt_noreturn __attribute__((__noreturn__))

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* --- console and process ------------------------------------------------- */

/* Writes up to len bytes to fd (0 in, 1 out, 2 err); bytes written or -errno. */
long minrt_write(int fd, const void *buf, size_t len);
/* Reads up to len bytes from fd; bytes read (0 at end of input) or -errno. */
long minrt_read(int fd, void *buf, size_t len);
/* Writes all of buf, retrying short writes; 0 on success or -errno. */
long minrt_write_all(int fd, const void *buf, size_t len);
/* Ends the process with status (low 8 bits seen by a POSIX parent). */
__minrt_noreturn void minrt_exit(int status);
/* Ends the process abnormally: SIGABRT on Linux, 3 on Windows, 134 on Cortex-M. */
__minrt_noreturn void minrt_abort(void);
/* The value of environment variable name, or NULL (Windows: UTF-8 copy, freed never). */
char *minrt_getenv(const char *name);

/* --- files, clock, randomness (the glue crate's io, fs, time, random) ------- */

/* minrt_open's modes, as fopen's "r", "w" (created or truncated) and "a" (created). */
enum { MINRT_OPEN_READ = 0, MINRT_OPEN_WRITE = 1, MINRT_OPEN_APPEND = 2 };
/* Opens path (UTF-8) with a MINRT_OPEN_ mode; a descriptor for minrt_read/minrt_write, or -errno. */
long minrt_open(const char *path, int mode);
/* Closes a descriptor from minrt_open; 0 or -errno. */
long minrt_close(int fd);
/* Nanoseconds on a monotonic clock since an arbitrary origin, or -errno (-ENOSYS: no clock). */
int64_t minrt_clock_ns(void);
/* Fills buf with len bytes from the system's random generator; 0 or -errno (-ENOSYS: none). */
long minrt_random(void *buf, size_t len);

/* --- panic ---------------------------------------------------------------- */

/* Prints "panicked at FILE:LINE:COL:" and msg (if not NULL) on stderr, exits 101. */
__minrt_noreturn void minrt_panic(const char *file, unsigned line, unsigned col, const char *msg);
/* minrt_panic with counted strings (for Rust's &str); msg may be NULL. */
__minrt_noreturn void minrt_panic_n(const char *file, size_t file_len, unsigned line,
                             unsigned col, const char *msg, size_t msg_len);
/* Marks the start of a panic; aborts at once if the process is already panicking. */
void minrt_panic_begin(void);
/* Panic at the caller's file and line (C has no column: 0). */
#define MINRT_PANIC(msg) minrt_panic(__FILE__, __LINE__, 0, (msg))

/* --- printer (no format strings, no buffering) ---------------------------- */

/* Writes the NUL-terminated string s to fd; 0 or -errno. */
long minrt_puts(int fd, const char *s);
/* Formats v in decimal into buf (at least 20 bytes); returns the length. */
size_t minrt_fmt_u64(char *buf, uint64_t v);
/* Formats v in decimal, with '-' when negative, into buf (at least 20 bytes). */
size_t minrt_fmt_i64(char *buf, int64_t v);
/* Formats v as "0x" and lowercase hex digits, no leading zeros, into buf (>= 18 bytes). */
size_t minrt_fmt_hex(char *buf, uint64_t v);
/* Writes v in decimal to fd; 0 or -errno. */
long minrt_print_u64(int fd, uint64_t v);
/* Writes v in decimal to fd; 0 or -errno. */
long minrt_print_i64(int fd, int64_t v);
/* Writes v as 0x-prefixed hex to fd; 0 or -errno. */
long minrt_print_hex(int fd, uint64_t v);

/* --- heap ------------------------------------------------------------------ */

/* len bytes aligned for any object (16 on 64-bit targets, 8 on 32-bit), or NULL. */
void *minrt_malloc(size_t len);
/* Frees p (NULL is a no-op); aborts on a pointer the allocator did not return. */
void minrt_free(void *p);
/* n*len zeroed bytes, or NULL (also when n*len overflows). */
void *minrt_calloc(size_t n, size_t len);
/* Resizes p to len bytes, in place when it can; NULL (p untouched) on failure. */
void *minrt_realloc(void *p, size_t len);
/* len bytes aligned to align (a power of two), or NULL. */
void *minrt_aligned_alloc(size_t align, size_t len);

/* --- memory and strings (the compiler also emits calls to these) ---------- */

void *memcpy(void *__restrict dst, const void *__restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int bcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

/* --- Linux x86_64 system calls ------------------------------------------
 *
 * Static inline, so a program pays only for the calls it makes. Each
 * returns the kernel's result: >= 0 on success, -errno on failure (for
 * minrt_sys_mmap, an error is a value in [-4095, -1]). The register
 * convention (arch/x86/entry/entry_64.S): number in rax, arguments in
 * rdi rsi rdx r10 r8 r9 (r10, not rcx: `syscall` itself uses rcx and
 * r11 for the return rip and rflags), result in rax.
 */
#if defined(__linux__) && defined(__x86_64__)

#define MINRT_NR_read 0
#define MINRT_NR_write 1
#define MINRT_NR_close 3
#define MINRT_NR_lseek 8
#define MINRT_NR_mmap 9
#define MINRT_NR_mprotect 10
#define MINRT_NR_munmap 11
#define MINRT_NR_rt_sigaction 13
#define MINRT_NR_rt_sigprocmask 14
#define MINRT_NR_getpid 39
#define MINRT_NR_kill 62
#define MINRT_NR_arch_prctl 158
#define MINRT_NR_clock_gettime 228
#define MINRT_NR_exit_group 231
#define MINRT_NR_openat 257
#define MINRT_NR_getrandom 318


enum {
	MINRT_AT_FDCWD = -100,
	MINRT_O_RDONLY = 0, MINRT_O_WRONLY = 1, MINRT_O_RDWR = 2,
	MINRT_O_CREAT = 0100, MINRT_O_TRUNC = 01000, MINRT_O_APPEND = 02000,
	MINRT_O_CLOEXEC = 02000000,
	MINRT_SEEK_SET = 0, MINRT_SEEK_CUR = 1, MINRT_SEEK_END = 2,
	MINRT_PROT_NONE = 0, MINRT_PROT_READ = 1, MINRT_PROT_WRITE = 2, MINRT_PROT_EXEC = 4,
	MINRT_MAP_SHARED = 1, MINRT_MAP_PRIVATE = 2, MINRT_MAP_ANONYMOUS = 0x20,
	MINRT_CLOCK_REALTIME = 0, MINRT_CLOCK_MONOTONIC = 1	/* no trailing comma: C89 has none */
};

/* The kernel's struct timespec on x86_64. */
struct minrt_timespec {
	long tv_sec;
	long tv_nsec;
};

/* A raw system call with 1 argument: number n; the result or -errno. */
static __inline__ long minrt_syscall1(long n, long a)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a) : "rcx", "r11", "memory");
	return r;
}

/* A raw system call with 2 arguments. */
static __inline__ long minrt_syscall2(long n, long a, long b)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b) : "rcx", "r11", "memory");
	return r;
}

/* A raw system call with 3 arguments. */
static __inline__ long minrt_syscall3(long n, long a, long b, long c)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
			 : "rcx", "r11", "memory");
	return r;
}

/* A raw system call with 4 arguments (the 4th goes in r10). */
static __inline__ long minrt_syscall4(long n, long a, long b, long c, long d)
{
	long r;
	register long r10 __asm__("r10") = d;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
			 : "rcx", "r11", "memory");
	return r;
}

/* A raw system call with 6 arguments. */
static __inline__ long minrt_syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	__asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10),
			 "r"(r8), "r"(r9) : "rcx", "r11", "memory");
	return r;
}

/*
 * read and write take fd as the int it is, not widened to long: the kernel
 * declares it unsigned int and ignores rdi's upper half, so the three bytes
 * of a sign extension would buy nothing.
 */
/* read(2) itself, inline: bytes read, 0 at end of input, or -errno. */
static __inline__ long minrt_sys_read(int fd, void *buf, size_t len)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(MINRT_NR_read), "D"(fd), "S"(buf), "d"(len)
			 : "rcx", "r11", "memory");
	return r;
}

/* write(2) itself, inline: bytes written or -errno. */
static __inline__ long minrt_sys_write(int fd, const void *buf, size_t len)
{
	long r;
	__asm__ volatile("syscall" : "=a"(r) : "a"(MINRT_NR_write), "D"(fd), "S"(buf), "d"(len)
			 : "rcx", "r11", "memory");
	return r;
}

/* dirfd is AT_FDCWD (-100) for a path relative to the working directory. */
static __inline__ long minrt_sys_openat(int dirfd, const char *path, int flags, int mode)
{
	return minrt_syscall4(MINRT_NR_openat, dirfd, (long)path, flags, mode);
}

/* close(2): 0 or -errno (-EBADF for a descriptor not open). */
static __inline__ long minrt_sys_close(int fd)
{
	return minrt_syscall1(MINRT_NR_close, fd);
}

/* whence: 0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END; returns the new offset. */
static __inline__ long minrt_sys_lseek(int fd, long off, int whence)
{
	return minrt_syscall3(MINRT_NR_lseek, fd, off, whence);
}

/* Returns the address, or -errno (test with (unsigned long)r > -4096UL). */
static __inline__ long minrt_sys_mmap(void *addr, size_t len, int prot, int flags, int fd, long off)
{
	return minrt_syscall6(MINRT_NR_mmap, (long)addr, (long)len, prot, flags, fd, off);
}

/* munmap(2): 0 or -errno. */
static __inline__ long minrt_sys_munmap(void *addr, size_t len)
{
	return minrt_syscall2(MINRT_NR_munmap, (long)addr, (long)len);
}

/* mprotect(2): 0 or -errno; prot is MINRT_PROT_* ORed. */
static __inline__ long minrt_sys_mprotect(void *addr, size_t len, int prot)
{
	return minrt_syscall3(MINRT_NR_mprotect, (long)addr, (long)len, prot);
}

/* exit_group(2): ends every thread of the process. */
static __inline__ __minrt_noreturn void minrt_sys_exit_group(int status)
{
	for (;;)
		minrt_syscall1(MINRT_NR_exit_group, status);
}

/* getpid(2): the process id. */
static __inline__ long minrt_sys_getpid(void)
{
	return minrt_syscall1(MINRT_NR_getpid, 0);
}

/* kill(2): sends signal sig to process pid; 0 or -errno. */
static __inline__ long minrt_sys_kill(long pid, int sig)
{
	return minrt_syscall2(MINRT_NR_kill, pid, sig);
}

/* clk: 0 CLOCK_REALTIME, 1 CLOCK_MONOTONIC; ts points at {long sec, nsec}. */
static __inline__ long minrt_sys_clock_gettime(int clk, struct minrt_timespec *ts)
{
	return minrt_syscall2(MINRT_NR_clock_gettime, clk, (long)ts);
}

/* flags: 1 GRND_NONBLOCK, 2 GRND_RANDOM; returns bytes filled. */
static __inline__ long minrt_sys_getrandom(void *buf, size_t len, unsigned flags)
{
	return minrt_syscall3(MINRT_NR_getrandom, (long)buf, (long)len, flags);
}

#endif

#ifdef __cplusplus
}
#endif

#endif
