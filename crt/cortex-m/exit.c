/*
 * minrt_exit: SYS_EXIT_EXTENDED, whose argument block carries the status
 * to the host (QEMU exits with it). Plain SYS_EXIT only tells the host
 * "stopped normally" or not, so a failing firmware would look like a pass.
 * Nothing is flushed: minrt never buffers output.
 *
 * With no debugger to take the call (a board on a desk) it returns
 * (semihost.c), and the run ends in minrt_halt's state.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"
#include "semihost.h"

_Noreturn void minrt_exit(int status)
{
	__minrt_semihost(SYS_EXIT_EXTENDED, ADP_Stopped_ApplicationExit, status, 0);
	minrt_halt();
}

/*
 * The default end state: interrupts masked (PRIMASK), the core asleep in
 * wfi, RAM kept for a probe to read (an RTT console's last output, a
 * crash record). A pending interrupt wakes wfi without being taken, so
 * the loop sleeps again. Weak: opt/exit-reset.o (a system reset instead)
 * or the program's own minrt_halt replaces it.
 */
__attribute__((weak)) _Noreturn void minrt_halt(void)
{
	__asm__ volatile("cpsid i" ::: "memory");
	for (;;)
		__asm__ volatile("wfi");
}
