/*
 * The fault report: everything a developer needs to find the faulting
 * instruction (pc), who called it (lr), its operands (r0-r3, r12) and the
 * cause (the fault status and address registers), gathered here and
 * printed by a hook the program may replace (minrt_fault_report). Then the
 * run ends with status 1.
 *
 * Linked into every program: sections.ld names minrt_fault_handler
 * (EXTERN), which pulls this object from libminrt.a, and its strong
 * __minrt_fault_entry replaces the weak default (exit 1) that every
 * unhandled exception reaches (vectors.c). opt/no-fault-report.o leaves
 * it out.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"
#include "scb.h"

/*
 * The hardware pushed r0-r3, r12, lr, pc and xpsr (the AAPCS caller-saved
 * registers and the return state) on the stack in use, and put EXC_RETURN
 * in lr: its bit 2 says which stack, PSP (thread mode under an RTOS) or
 * MSP. __minrt_fault gets the frame's address.
 *
 * A main-stack frame below __minrt_stack_limit (the stack region's bottom
 * plus 32 bytes, the MPU guard's size, stack_guard.c) was not written, or
 * not all of it: the stack overflowed (into the guard, or with the stack
 * below .data off the start of RAM: that is what made the push fault) and
 * SP still points there, so any push here would fault again and lock the
 * core up. Then the handler moves to a fresh stack at the top of the stack
 * region and passes no frame.
 * Naked, and in ARMv6-M instructions only, so one body serves every core.
 */
__attribute__((naked)) void minrt_fault_handler(void)
{
	__asm__ volatile(
		"	mov	r0, lr\n"
		"	movs	r1, #4\n"
		"	tst	r0, r1\n"		/* Z clear: the frame is on PSP */
		"	mrs	r0, psp\n"		/* (mrs leaves the flags alone) */
		"	bne	1f\n"
		"	mrs	r0, msp\n"
		"	ldr	r1, =__minrt_stack_limit\n"
		"	cmp	r0, r1\n"
		"	bhs	1f\n"
		"	ldr	r1, =__minrt_stack_top\n"
		"	mov	sp, r1\n"
		"	movs	r0, #0\n"
		"1:	ldr	r1, =__minrt_fault\n"	/* b's 2 KiB reach on ARMv6-M may not do */
		"	bx	r1\n"
		"	.ltorg\n");
}

void __minrt_fault_entry(void) __attribute__((alias("minrt_fault_handler")));

_Noreturn void __minrt_fault(const uint32_t *frame)
{
	struct minrt_fault f;
	int i;

	__asm__ volatile("mrs %0, ipsr" : "=r"(f.exception));
	f.stacked = frame != 0;
	for (i = 0; i < 8; i++)
		f.reg[i] = frame ? frame[i] : 0;
#if MINRT_ARMV7M
	f.cfsr = *__minrt_scb(SCB_CFSR);
	f.hfsr = *__minrt_scb(SCB_HFSR);
	f.mmfar = *__minrt_scb(SCB_MMFAR);
	f.bfar = *__minrt_scb(SCB_BFAR);
#else
	f.cfsr = f.hfsr = f.mmfar = f.bfar = 0;
#endif
	minrt_fault_report(&f);
	minrt_exit(1);
}
