#include "minrt.h"
#include "kernel32.h"

long minrt_close(int fd)
{
	return CloseHandle(__minrt_fd_handle(fd)) ? 0 : -9; /* EBADF */
}
