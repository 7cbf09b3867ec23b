/*
 * minrt_read: ReadFile on the standard handle for fd 0, 1 or 2, or on a file
 * from minrt_open (see write.c).
 * A pipe whose writer has closed reports ERROR_BROKEN_PIPE rather than a
 * zero-byte read: that is end of input, 0, as on Linux.
 */
#include "minrt.h"
#include "kernel32.h"

#define MAX_IO 0x40000000

long minrt_read(int fd, void *buf, size_t len)
{
	__minrt_dword done, e;

	if (len > MAX_IO)
		len = MAX_IO;
	if (!ReadFile(__minrt_fd_handle(fd), buf, (__minrt_dword)len, &done, 0)) {
		e = __minrt_last_error();
		if (e == MINRT_ERROR_BROKEN_PIPE || e == MINRT_ERROR_HANDLE_EOF)
			return 0;
		return __minrt_errno_of(e);
	}
	return (long)done;
}
