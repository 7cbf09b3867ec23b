/*
 * minrt_open over semihosting: the debugger (or QEMU) opens the file on the
 * host, relative to its working directory. SYS_OPEN takes an fopen() mode
 * index: 1 "rb", 5 "wb", 9 "ab" (binary: no newline translation on a
 * Windows host). On failure the host's errno comes from SYS_ERRNO; a host
 * on Linux gives Linux's values, the ones minrt uses everywhere.
 *
 * Append mode also moves to the end itself (SYS_FLEN, SYS_SEEK): QEMU 7.2
 * opens "ab" without O_APPEND, so writes would land at offset 0. With one
 * writer, which is all firmware can be, that is the same thing.
 */
#include "minrt.h"
#include "semihost.h"

long minrt_open(const char *path, int mode)
{
	long h, e;

	if ((unsigned)mode > MINRT_OPEN_APPEND)
		return -22; /* EINVAL */
	h = __minrt_semihost(SYS_OPEN, (long)path, 1 + 4 * mode, (long)strlen(path));
	if (h == -1) {
		/* No debugger answers: SYS_ERRNO is -1 too (semihost.c). */
		e = __minrt_semihost(SYS_ERRNO, 0, 0, 0);
		return e > 0 ? -e : -5; /* EIO */
	}
	if (mode == MINRT_OPEN_APPEND)
		__minrt_semihost(SYS_SEEK, h, __minrt_semihost(SYS_FLEN, h, 0, 0), 0);
	return h + 2;
}
