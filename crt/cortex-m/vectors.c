/*
 * The core's 16 vector table entries (ARMv7-M ARM B1.5.2; ARMv6-M has the
 * subset without MemManage, BusFault, UsageFault and DebugMonitor) and the
 * entry of every exception minrt handles itself.
 *
 * Each system handler is a weak alias of __minrt_exception: an exception
 * nobody handles ends the run (with the fault report, if linked), never
 * silently ignored or spun on.
 */
#include "minrt.h"
#include "vectors.h"
#include "scb.h"

extern char __minrt_stack_top[];
void Reset_Handler(void);
/* The HardFault vector: semihost.c's trap (a semihosting call with no
 * debugger to answer it), which goes on to HardFault_Handler; weak, and
 * sections.ld makes it HardFault_Handler itself when the trap is not
 * linked, so the choice costs nothing. */
void __minrt_hardfault(void) __attribute__((weak));

#define WEAK_DEFAULT __attribute__((weak, alias("__minrt_exception")))
void Default_Handler(void) WEAK_DEFAULT;
void NMI_Handler(void) WEAK_DEFAULT;
void HardFault_Handler(void) WEAK_DEFAULT;
void MemManage_Handler(void) WEAK_DEFAULT;
void BusFault_Handler(void) WEAK_DEFAULT;
void UsageFault_Handler(void) WEAK_DEFAULT;
void SVC_Handler(void) WEAK_DEFAULT;
void DebugMon_Handler(void) WEAK_DEFAULT;
void PendSV_Handler(void) WEAK_DEFAULT;
void SysTick_Handler(void) WEAK_DEFAULT;

__attribute__((used, section(".vectors.core"))) const union __minrt_vector __minrt_vectors[16] = {
	{.sp = __minrt_stack_top},
	{Reset_Handler},
	{NMI_Handler},
	{__minrt_hardfault},
#if MINRT_ARMV7M
	{MemManage_Handler},
	{BusFault_Handler},
	{UsageFault_Handler},
#else
	{.reserved = 0}, {.reserved = 0}, {.reserved = 0},
#endif
	/* 7-10 reserved; reset.c relies on 7 being 0 */
	{.reserved = 0}, {.reserved = 0}, {.reserved = 0}, {.reserved = 0},
	{SVC_Handler},
#if MINRT_ARMV7M
	{DebugMon_Handler},
#else
	{.reserved = 0},
#endif
	{.reserved = 0},
	{PendSV_Handler},
	{SysTick_Handler},
};

/*
 * The default for every exception nobody handles: end the run with status
 * 1 (minrt_exit: under a debugger or QEMU the run ends there; without
 * one, in minrt_halt's state). Weak: linking the fault report
 * (fault.c, which sections.ld links into every program) replaces it with
 * one that prints the registers first. Programs that leave the report out
 * (opt/no-fault-report.o) reach this body under its second name,
 * __minrt_fault_exit, which only this object defines: naming
 * __minrt_fault_entry there would pull fault.c out of the archive again.
 */
__attribute__((weak, naked)) void __minrt_fault_entry(void)
{
	/* A fresh stack first: after a stack overflow SP points past its
	 * region, and minrt_exit's pushes would fault again (a lock-up). */
	__asm__ volatile(
		"	ldr	r0, =__minrt_stack_top\n"
		"	mov	sp, r0\n"
		"	movs	r0, #1\n"
#if __ARM_ARCH_ISA_THUMB >= 2
		"	b.w	minrt_exit\n"
#else
		"	ldr	r1, =minrt_exit\n"	/* ARMv6-M's b reaches only 2 KiB */
		"	bx	r1\n"
#endif
		"	.ltorg\n");
}

void __minrt_fault_exit(void) __attribute__((alias("__minrt_fault_entry")));

/*
 * A branch, where an alias would not do: the aliases above are bound to
 * this body when it is assembled, but a branch to __minrt_fault_entry is
 * a relocation the linker resolves to the fault report's strong definition
 * when that is linked. Naked: the fault report needs lr and sp as the
 * exception entry left them.
 */
__attribute__((naked)) void __minrt_exception(void)
{
#if __ARM_ARCH_ISA_THUMB >= 2
	__asm__ volatile("b.w	__minrt_fault_entry");
#else
	/* ARMv6-M's b reaches only 2 KiB */
	__asm__ volatile("ldr	r0, =__minrt_fault_entry\n\tbx	r0\n\t.ltorg");
#endif
}
