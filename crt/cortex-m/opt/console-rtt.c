/*
 * console-rtt.o: link this object (anywhere on the link line) to make the
 * console SEGGER's RTT (Real-Time Transfer) instead of semihosting: ring
 * buffers in RAM that a debug probe reads and writes while the core runs,
 * without stopping it (probe-rs, J-Link, OpenOCD, pyOCD; README "On a
 * real board"). Chip-independent: the probe finds the control block by
 * its ID string in RAM, or by the symbol _SEGGER_RTT in the ELF.
 *
 * stdout and stderr go to up-buffer 0, stdin comes from down-buffer 0.
 * Writes never wait by default: bytes that do not fit (no probe
 * reading, or a slow one) are dropped and the write still returns len
 * (SEGGER's NO_BLOCK_TRIM, the flags this block starts with). A probe
 * that sets the channel to BLOCK_IF_FIFO_FULL (flags 2; probe-rs:
 * --rtt-channel-mode/up-mode BlockIfFull) makes writes wait for room
 * instead. Reads wait until a byte arrives, then return those already
 * there (at least one, at most len).
 *
 * Strong definitions: console.c's semihosting ones are weak, so this
 * object wins wherever it sits on the link line. Not in libminrt.a.
 */
#include "minrt.h"

/* SEGGER's layout (SEGGER_RTT.h, "SEGGER_RTT_BUFFER_UP/DOWN"): the probe
 * reads it field by field, so the order and sizes are fixed. The target
 * moves WrOff of an up-buffer and RdOff of a down-buffer, the probe the
 * other two; one byte of each ring stays free, so RdOff == WrOff means
 * empty. */
struct rtt_buffer {
	const char *name;
	char *buf;
	unsigned size;
	volatile unsigned wr; /* WrOff */
	volatile unsigned rd; /* RdOff */
	volatile unsigned flags;
};

struct rtt_cb {
	char id[16]; /* "SEGGER RTT", NUL-padded: what a probe scans RAM for */
	int max_up, max_down;
	struct rtt_buffer up[1], down[1];
};

/* 1 KiB up (SEGGER's default, a fault report's worth several times
 * over), 16 bytes down (SEGGER's too: typed input is slow). */
static char up[1024], down[16];

/* In .data: startup's copy writes it whole, ID included, before any
 * code can print, and a probe scans RAM, not flash, so the image in
 * flash is never found. */
__attribute__((used)) struct rtt_cb _SEGGER_RTT = {
	"SEGGER RTT",
	1,
	1,
	{{"Terminal", up, sizeof up, 0, 0, 1 /* NO_BLOCK_TRIM */}},
	{{"Terminal", down, sizeof down, 0, 0, 1}},
};

long minrt_write(int fd, const void *buf, size_t len)
{
	struct rtt_buffer *u = &_SEGGER_RTT.up[0];
	const char *p = buf;
	size_t i;

	if ((unsigned)fd > 2)
		return -9; /* EBADF */
	for (i = 0; i < len; i++) {
		unsigned wr = u->wr, next = wr + 1 == sizeof up ? 0 : wr + 1;

		while (next == u->rd)
			if ((u->flags & 3) != 2) /* full, and not BLOCK_IF_FIFO_FULL */
				return (long)len;
		up[wr] = p[i];
		/* The byte is in the buffer before the probe can see WrOff
		 * move past it. */
		__asm__ volatile("dmb" ::: "memory");
		u->wr = next;
	}
	return (long)len;
}

long minrt_read(int fd, void *buf, size_t len)
{
	struct rtt_buffer *d = &_SEGGER_RTT.down[0];
	char *p = buf;
	size_t n = 0;

	if ((unsigned)fd > 2)
		return -9;
	if (!len)
		return 0;
	while (d->rd == d->wr)
		;
	while (n < len && d->rd != d->wr) {
		unsigned rd = d->rd;

		p[n++] = down[rd];
		__asm__ volatile("dmb" ::: "memory"); /* read before giving it back */
		d->rd = rd + 1 == sizeof down ? 0 : rd + 1;
	}
	return (long)n;
}
