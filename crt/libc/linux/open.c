/*
 * open(2) for code built against a libc, as openat(AT_FDCWD, ...). The mode
 * is read only when the flags create a file (O_CREAT, or O_TMPFILE, which
 * contains O_DIRECTORY's bit too): the caller passes it only then, and
 * reading a variadic argument that is not there is undefined.
 */
#ifdef __linux__
#include <stdarg.h>
#include "minrt.h"
#include "../internal/syscall_ret.h"

#define O_TMPFILE 020200000

int open(const char *path, int flags, ...)
{
	int mode = 0;

	if ((flags & MINRT_O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE) {
		va_list ap;

		va_start(ap, flags);
		mode = va_arg(ap, int);
		va_end(ap);
	}
	return (int)__minrt_syscall_ret(minrt_sys_openat(MINRT_AT_FDCWD, path, flags, mode));
}

/* glibc's large-file name: the same call on 64-bit Linux (getrandom's
 * fallback to /dev/urandom asks for it). */
int open64(const char *path, int flags, ...) __attribute__((alias("open")));
#endif
