/*
 * An MPU guard under the main stack (ARMv7-M): the lowest 32 bytes of the
 * stack region become no-access, so a stack that outgrows its region
 * faults on the guard even where the memory beyond does not: below RAM on
 * chips that map something there (STM32F1's system memory, QEMU's
 * boards), or above the heap with the stack at the top of RAM. Opt-in:
 * link with -Wl,-u,minrt_stack_guard; its .minrt_init entry runs it before
 * any constructor. ARMv6-M has no MPU: there it does nothing, and only the
 * end of RAM stops the stack (minrt_stack_below_data).
 *
 * The fault handler (fault.c) treats a main-stack frame below the guard's
 * top (__minrt_stack_limit) as an overflow. HardFault runs with the MPU
 * off (MPU_CTRL.HFNMIENA stays 0), so the report itself is not stopped.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"
#include "scb.h"

extern char __minrt_stack_bottom[];

void minrt_stack_guard(void)
{
#if MINRT_ARMV7M
	/* Region 0 (lowest priority: a program's own regions win), at the
	 * stack's bottom (32-aligned: the linker script asserts it).
	 * RASR: XN, AP = 000 (no access at any privilege), SIZE = 4 (2^(4+1)
	 * = 32 bytes), ENABLE. CTRL: ENABLE, PRIVDEFENA (the default memory
	 * map everywhere else). dsb/isb: the new map applies from the next
	 * instruction on (ARMv7-M ARM B3.5). */
	*__minrt_scb(MPU_RNR) = 0;
	*__minrt_scb(MPU_RBAR) = (uint32_t)__minrt_stack_bottom;
	*__minrt_scb(MPU_RASR) = 1u << 28 | 4u << 1 | 1u;
	*__minrt_scb(MPU_CTRL) = 1u << 2 | 1u;
	__asm__ volatile("dsb\n\tisb" ::: "memory");
#endif
}

__attribute__((used, section(".minrt_init"))) static void (*const guard_entry)(void) = minrt_stack_guard;
