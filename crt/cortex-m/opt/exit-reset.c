/*
 * exit-reset.o: link this object to make a run that ends with no debugger
 * to take the exit (minrt_exit, a panic, abort, a fault) reset the chip
 * instead of sleeping (exit.c's default): a board in the field starts
 * over. Under a debugger or QEMU the exit is taken first, as always.
 * Not in libminrt.a: there it would compete with exit.c for the name.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"
#include "scb.h"

_Noreturn void minrt_halt(void)
{
	/* AIRCR: VECTKEY 0x05fa, SYSRESETREQ (bit 2); dsb first so pending
	 * writes complete, and after it the reset may take a few cycles
	 * (ARMv7-M ARM B1.5.16), so wait for it. */
	__asm__ volatile("dsb" ::: "memory");
	*__minrt_scb(SCB_AIRCR) = 0x05fa0004u;
	__asm__ volatile("dsb" ::: "memory");
	for (;;)
		;
}
