/*
 * no-fault-report.o: link this object (beside the chip's vectors) to leave
 * the fault report out of a program, saving about 470 bytes of flash.
 *
 * sections.ld names minrt_fault_handler with EXTERN, which pulls the report
 * (fault.c) out of libminrt.a. An object on the link line that already
 * defines the symbol satisfies that name first, so the archive member is
 * never pulled. This definition keeps the promise of the name: an
 * exception nobody handles still ends the run with status 1, through the
 * default handler's body (vectors.c's __minrt_fault_exit: a fresh stack,
 * then minrt_exit(1)), only without the report.
 * Not in libminrt.a: there it would compete with fault.c for the name.
 */
__attribute__((naked)) void minrt_fault_handler(void)
{
#if __ARM_ARCH_ISA_THUMB >= 2
	__asm__ volatile("	b.w	__minrt_fault_exit\n");
#else
	/* ARMv6-M's b reaches only 2 KiB */
	__asm__ volatile("	ldr	r0, =__minrt_fault_exit\n	bx	r0\n	.ltorg\n");
#endif
}
