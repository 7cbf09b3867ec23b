/*
 * The console over semihosting, the default: fds 0, 1 and 2 are the
 * debugger's terminal, the special file ":tt". The host has it open for
 * nobody at first, so each fd opens it on first use, with the fopen() mode
 * index that picks the stream: 0 "r" is stdin, 4 "w" stdout, 8 "a" stderr
 * (fd * 4). SYS_WRITE and SYS_READ return the count of bytes NOT
 * transferred. With no debugger, SYS_OPEN fails (semihost.c) and every
 * write and read then returns -EIO.
 *
 * Files from minrt_open (open.c) go through here too: a file's fd is the
 * host's handle + 2, never 0-2 (a handle is never 0). On any error, a
 * handle the host does not know included, the semihosting spec has
 * SYS_WRITE and SYS_READ return the count not transferred (never -1):
 * nothing written is EIO in minrt_write_all, nothing read looks like the
 * end of the file.
 *
 * Weak: a console object on the link line (opt/console-uart.o,
 * opt/console-rtt.o) replaces both functions wherever it appears, even
 * after libminrt.a (rustc puts link arguments there); gc-sections then
 * drops these bodies.
 */
#include "minrt.h"
#include "semihost.h"

/* The host's handle for each fd; 0 means not open yet (SYS_OPEN never
 * returns 0: a handle is non-zero, a failure -1, and -1 stays cached). */
static long handle[3];

/* The handle for fd: a file's, or the console's, opened if need be.
 * Inlined: a program usually writes and never reads, and a call costs
 * more than it saves. A negative fd comes out as a negative handle. */
static inline __attribute__((always_inline)) long host(int fd)
{
	long h;

	if ((unsigned)fd > 2)
		return fd - 2;
	h = handle[fd];
	if (!h)
		h = handle[fd] = __minrt_semihost(SYS_OPEN, (long)":tt", fd * 4, 3 /* strlen(":tt") */);
	return h;
}

__attribute__((weak)) long minrt_write(int fd, const void *buf, size_t len)
{
	long h = host(fd);

	if (h < 0)
		return -5; /* EIO */
	return (long)len - __minrt_semihost(SYS_WRITE, h, (long)buf, (long)len);
}

__attribute__((weak)) long minrt_read(int fd, void *buf, size_t len)
{
	long h = host(fd);

	if (h < 0)
		return -5;
	return (long)len - __minrt_semihost(SYS_READ, h, (long)buf, (long)len);
}
