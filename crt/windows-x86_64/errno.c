/*
 * Win32 error codes to the negative errno values minrt's API promises
 * (the Linux numbers, so a program tests for -EPIPE the same everywhere).
 * Only the errors console, pipe and file I/O produce get their own value.
 */
#include "kernel32.h"

long __minrt_errno_of(__minrt_dword error)
{
	switch (error) {
	case MINRT_ERROR_INVALID_HANDLE:
		return -9; /* EBADF */
	case MINRT_ERROR_BROKEN_PIPE:
	case MINRT_ERROR_NO_DATA:
		return -32; /* EPIPE: the reader has gone */
	case MINRT_ERROR_DISK_FULL:
		return -28; /* ENOSPC */
	case MINRT_ERROR_NOT_ENOUGH_MEMORY:
		return -12; /* ENOMEM */
	default:
		return -5; /* EIO */
	}
}
