/*
 * minrt_write: WriteFile on the standard handle for fd 0, 1 or 2, or on a
 * file from minrt_open (see __minrt_fd_handle).
 *
 * Bytes go out as they are, whether the handle is a console, a pipe or a
 * file: WriteFile does no text-mode "\n" -> "\r\n" rewriting (that is the C
 * library's doing, and there is none). A console shows them in its current
 * code page, so UTF-8 text looks right only under `chcp 65001`.
 *
 * The handle is read from the process parameters on every call (see
 * __minrt_std_handle): caching it would cost a variable and go stale
 * after SetStdHandle. A closed or missing handle (NULL) makes WriteFile
 * fail with ERROR_INVALID_HANDLE, which comes back as -EBADF.
 */
#include "minrt.h"
#include "kernel32.h"

/* WriteFile counts in a DWORD, and minrt_write returns a 32-bit long on
 * Windows: larger requests become short writes, which callers retry. */
#define MAX_IO 0x40000000

long minrt_write(int fd, const void *buf, size_t len)
{
	__minrt_dword done;

	if (len > MAX_IO)
		len = MAX_IO;
	if (!WriteFile(__minrt_fd_handle(fd), buf, (__minrt_dword)len, &done, 0))
		return __minrt_errno_of(__minrt_last_error());
	return (long)done;
}
