/*
 * The semihosting call (semihost.h), and what keeps it from killing a
 * board that has no debugger attached.
 *
 * Without a debugger (halting debug off, no DebugMonitor), `bkpt` is a
 * fault: it escalates to HardFault (ARMv7-M ARM B1.5.14, ARMv6-M ARM
 * B1.5.12; v7-M sets HFSR.DEBUGEVT). From Thread mode or an ordinary
 * handler that is survivable, and the trap below answers it: the HardFault
 * vector reaches it first whenever this object is linked, and when the
 * stacked pc is our one bkpt it returns -1 in r0 past the bkpt and records
 * that nobody answers. From HardFault or NMI itself (the fault report, an
 * exit after a fault) the same bkpt cannot escalate and the core locks up.
 * So startup asks once, early, in Thread mode (the probe, a .minrt_init
 * entry), and from then on a call with nobody to answer it is not made
 * at all: it returns -1 at once, from any context. Only the probe ever
 * traps.
 *
 * Cost: every program links this (minrt_exit makes a semihosting call):
 * the trap, the probe, the flag test before the bkpt; measured in the
 * size suite (README, "no-debugger protection").
 *
 * The functions share one section: a program that makes a call needs the
 * trap and the probe with it. Assembly, ARMv6-M instructions only, so one
 * body serves every core.
 */
#include "semihost.h"
#include "scb.h"

/* Non-zero once the trap has caught a bkpt: no debugger answers. */
__attribute__((used)) static unsigned char absent;

__asm__(
	"	.section .text.__minrt_semihost,\"ax\",%progbits\n"
	"	.syntax unified\n"
	"	.thumb\n"

	/* __minrt_semihost(op, a, b, c): the block {a, b, c} is what r1-r3
	 * hold; pushed with lr, it sits in order at sp. */
	"	.globl	__minrt_semihost\n"
	"	.type	__minrt_semihost, %function\n"
	"	.thumb_func\n"
	"__minrt_semihost:\n"
	"	push	{r1, r2, r3, lr}\n"
	"	mov	r1, sp\n"
	"	bl	__minrt_semihost_block\n"
	"	add	sp, #12\n"
	"	pop	{pc}\n"

	/* __minrt_semihost_block(op, block): r0 and r1 are already the
	 * call's registers. The label on the bkpt is not a function (no
	 * Thumb bit): the trap compares it with a stacked pc. */
	"	.globl	__minrt_semihost_block\n"
	"	.type	__minrt_semihost_block, %function\n"
	"	.thumb_func\n"
	"__minrt_semihost_block:\n"
	"	ldr	r2, =absent\n"
	"	ldrb	r2, [r2]\n"
	"	cmp	r2, #0\n"
	"	bne	1f\n"
	"__minrt_semihost_bkpt:\n"
	"	bkpt	0xab\n"
	"	bx	lr\n"
	"1:	movs	r0, #0\n"
	"	mvns	r0, r0\n"			/* -1: nobody answered */
	"	bx	lr\n"

	/* The probe: SYS_ERRNO changes nothing on the host; what matters
	 * is whether the trap ran. A .minrt_init entry: startup runs it in
	 * Thread mode before any constructor. */
	"	.type	__minrt_semihost_probe, %function\n"
	"	.thumb_func\n"
	"__minrt_semihost_probe:\n"
	"	movs	r0, #0x13\n"			/* SYS_ERRNO */
	"	movs	r1, #0\n"
	"	b	__minrt_semihost_bkpt\n"

	/*
	 * __minrt_hardfault: the HardFault vector when this object is
	 * linked (vectors.c names it weakly; sections.ld makes it
	 * HardFault_Handler otherwise). Our bkpt: stacked r0 = -1, stacked
	 * pc past the 2-byte bkpt, the flag set, and back. Anything else
	 * goes on to HardFault_Handler (the program's, or minrt's) with lr
	 * and sp as the exception entry left them.
	 * The frame is on the stack EXC_RETURN's bit 2 names. A main-stack
	 * frame below __minrt_stack_limit was never written (a stack
	 * overflow, fault.c's case) and may be unmapped memory, where a bus
	 * error here would lock the core up: left alone. (HFSR.DEBUGEVT
	 * would say "a bkpt" on ARMv7-M silicon, but QEMU sets FORCED
	 * instead, and ARMv6-M has no HFSR.)
	 */
	"	.globl	__minrt_hardfault\n"
	"	.type	__minrt_hardfault, %function\n"
	"	.thumb_func\n"
	"__minrt_hardfault:\n"
	"	mov	r0, lr\n"
	"	lsls	r0, r0, #29\n"			/* EXC_RETURN bit 2 -> N */
	"	mrs	r0, psp\n"
	"	bmi	2f\n"
	"	mrs	r0, msp\n"
	"	ldr	r1, =__minrt_stack_limit\n"
	"	cmp	r0, r1\n"
	"	blo	3f\n"
	"2:	ldr	r1, [r0, #24]\n"		/* stacked pc */
	"	ldr	r2, =__minrt_semihost_bkpt\n"
	"	cmp	r1, r2\n"
	"	bne	3f\n"
	"	adds	r1, #2\n"
	"	str	r1, [r0, #24]\n"
	"	movs	r1, #0\n"
	"	mvns	r1, r1\n"
	"	str	r1, [r0]\n"			/* stacked r0 */
	"	ldr	r2, =absent\n"
	"	strb	r1, [r2]\n"
#if MINRT_ARMV7M
	/* HFSR.DEBUGEVT (bit 31, write-one-to-clear), which silicon sets
	 * for the bkpt: a later fault report would show it. */
	"	ldr	r2, =0xe000ed2c\n"
	"	lsls	r1, r1, #31\n"
	"	str	r1, [r2]\n"
#endif
	"	bx	lr\n"
	"3:	ldr	r0, =HardFault_Handler\n"	/* b's 2 KiB reach on ARMv6-M may not do */
	"	bx	r0\n"
	"	.ltorg\n"

	"	.section .minrt_init,\"a\",%progbits\n"
	"	.p2align 2\n"
	"	.word	__minrt_semihost_probe\n"
	"	.text\n");
