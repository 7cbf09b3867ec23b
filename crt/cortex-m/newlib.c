/*
 * The system calls newlib (and newlib-nano) expects from its host, so a
 * program built with --specs=nano.specs -nostartfiles can use stdio and
 * malloc on minrt's startup. Only newlib references these names, so they
 * cost a program that does not use it nothing.
 *
 * newlib's conventions: -1 and errno on failure (its errno lives behind
 * __errno()); fds 0-2 are the semihosting console (console.c), a terminal
 * to newlib, so stdout is line-buffered; there are no other files.
 */
#include <sys/stat.h>
#include "minrt.h"

int *__errno(void);
void *__minrt_sbrk(ptrdiff_t incr);

static int fail(int e)
{
	*__errno() = e;
	return -1;
}

static int result(long r)
{
	return r < 0 ? fail((int)-r) : (int)r;
}

int _write(int fd, const void *buf, size_t len)
{
	return result(minrt_write(fd, buf, len));
}

int _read(int fd, void *buf, size_t len)
{
	return result(minrt_read(fd, buf, len));
}

/* malloc grows its arena here, on the same break as minrt's allocator. */
void *_sbrk(ptrdiff_t incr)
{
	void *p = __minrt_sbrk(incr);

	if (!p) {
		fail(12); /* ENOMEM */
		return (void *)-1;
	}
	return p;
}

static int console(int fd)
{
	return (unsigned)fd <= 2;
}

int _close(int fd)
{
	return console(fd) ? 0 : fail(9); /* EBADF */
}

int _fstat(int fd, struct stat *st)
{
	if (!console(fd))
		return fail(9);
	*st = (struct stat){.st_mode = S_IFCHR};
	return 0;
}

int _isatty(int fd)
{
	return console(fd) ? 1 : fail(9);
}

long _lseek(int fd, long off, int whence)
{
	(void)off;
	(void)whence;
	return fail(console(fd) ? 29 : 9); /* ESPIPE: a terminal does not seek */
}

int _getpid(void)
{
	return 1;
}

/* raise() lands here: end as a POSIX shell would report the signal, so
 * abort() (SIGABRT, 6) gives 134 as minrt_abort does. */
int _kill(int pid, int sig)
{
	(void)pid;
	minrt_exit(128 + sig);
}

_Noreturn void _exit(int status)
{
	minrt_exit(status);
}
