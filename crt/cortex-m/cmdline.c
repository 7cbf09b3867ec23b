/*
 * minrt_cmdline: the command line the debugger holds for the program
 * (SYS_GET_CMDLINE; QEMU: the -kernel path, then the -append text).
 * Firmware has no argv: a program that wants arguments asks for them.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"
#include "semihost.h"

long minrt_cmdline(char *buf, size_t len)
{
	/* The host writes the string (NUL-terminated) and its length back
	 * into the block, so the block lives here, not in __minrt_semihost. */
	long block[2] = {(long)buf, (long)len};
	long r;

	r = __minrt_semihost_block(SYS_GET_CMDLINE, block);
	return r ? -5 : block[1]; /* EIO */
}
