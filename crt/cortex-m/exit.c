/*
 * minrt_exit: SYS_EXIT_EXTENDED, whose argument block carries the status
 * to the host (QEMU exits with it). Plain SYS_EXIT only tells the host
 * "stopped normally" or not, so a failing firmware would look like a pass.
 * Nothing is flushed: minrt never buffers output.
 */
#include "minrt.h"
#include "semihost.h"

_Noreturn void minrt_exit(int status)
{
	__minrt_semihost(SYS_EXIT_EXTENDED, ADP_Stopped_ApplicationExit, status, 0);
	/* A host that ignores the call leaves us here: stay, asleep. */
	for (;;)
		__asm__ volatile("wfi");
}
