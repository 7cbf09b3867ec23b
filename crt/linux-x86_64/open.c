/*
 * minrt_open: openat(AT_FDCWD, ...), close-on-exec so a descriptor does not
 * leak into a program this one might exec. New files get mode 0666, which
 * the umask trims, as fopen() does.
 */
#include "minrt.h"

long minrt_open(const char *path, int mode)
{
	static const int flags[] = {
		[MINRT_OPEN_READ] = MINRT_O_RDONLY,
		[MINRT_OPEN_WRITE] = MINRT_O_WRONLY | MINRT_O_CREAT | MINRT_O_TRUNC,
		[MINRT_OPEN_APPEND] = MINRT_O_WRONLY | MINRT_O_CREAT | MINRT_O_APPEND,
	};

	if ((unsigned)mode > MINRT_OPEN_APPEND)
		return -22; /* EINVAL */
	return minrt_sys_openat(MINRT_AT_FDCWD, path, flags[mode] | MINRT_O_CLOEXEC, 0666);
}
