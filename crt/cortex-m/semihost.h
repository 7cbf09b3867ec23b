/*
 * semihost.h - ARM semihosting: the program asks the debugger (or QEMU's
 * -semihosting) to do I/O for it.
 *
 * ABI (ARM "Semihosting for AArch32 and AArch64", v2): on M-profile cores
 * the call is `bkpt 0xAB`, with the operation number in r0 and a pointer to
 * its argument block in r1; the result comes back in r0 and nothing else
 * is clobbered. Without a debugger the bkpt escalates to HardFault (inside
 * HardFault or NMI: the core locks up); semihost.c catches that, so with
 * no debugger every call returns -1 instead, from any context.
 */
#ifndef MINRT_SEMIHOST_H
#define MINRT_SEMIHOST_H

enum {
	SYS_OPEN = 0x01,
	SYS_CLOSE = 0x02,
	SYS_WRITE = 0x05,
	SYS_READ = 0x06,
	SYS_SEEK = 0x0a,
	SYS_FLEN = 0x0c,
	SYS_ERRNO = 0x13,
	SYS_GET_CMDLINE = 0x15,
	SYS_EXIT_EXTENDED = 0x20,
	SYS_ELAPSED = 0x30,
	SYS_TICKFREQ = 0x31,
	/* SYS_EXIT's reason code for a normal exit; with EXTENDED, the
	 * block's second word is the status the host process exits with. */
	ADP_Stopped_ApplicationExit = 0x20026,
};

/*
 * Operation op with the argument block {a, b, c} (every call minrt makes
 * takes at most three words). One out-of-line function, so each caller
 * only loads registers: a, b and c arrive in r1-r3 and go to the stack as
 * the block.
 */
long __minrt_semihost(long op, long a, long b, long c);

/* Operation op on a block the caller owns (for results written back).
 * Both return -1 when no debugger answers. */
long __minrt_semihost_block(long op, long *block);

#endif
