/*
 * minrt_cortex_m.h - what minrt adds on Cortex-M to the portable API of
 * minrt.h. Include both.
 *
 * Interrupt and exception handlers: define a function with the vector's
 * name (Reset_Handler, NMI_Handler, HardFault_Handler, MemManage_Handler,
 * BusFault_Handler, UsageFault_Handler, SVC_Handler, DebugMon_Handler,
 * PendSV_Handler, SysTick_Handler, and the chip's <Peripheral>_Handler
 * names listed in crt/cortex-m/chips/<chip>.c) and it replaces minrt's weak
 * default. Device interrupts without a handler go to Default_Handler; every
 * unhandled exception ends the run with status 1, after the fault report
 * below if it is linked.
 */
#ifndef MINRT_CORTEX_M_H
#define MINRT_CORTEX_M_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * A fault (or an exception nobody handles), as the default handler saw it.
 * r0-xpsr are the frame the core stacked on entry (ARMv7-M ARM B1.5.6);
 * when `stacked` is 0 the stack had overflowed, the frame was never written
 * and they read 0. cfsr-bfar are the System Control Block's fault status
 * and address registers (0 on ARMv6-M, which has none).
 */
struct minrt_fault {
	uint32_t exception; /* IPSR: 3 HardFault, 4 MemManage, ..., 16 + n for IRQ n */
	uint32_t stacked;
	union {
		struct {
			uint32_t r0, r1, r2, r3, r12, lr, pc, xpsr;
			uint32_t cfsr, hfsr, mmfar, bfar;
		};
		uint32_t reg[12];
	};
};

/*
 * The fault report's exception entry, linked into every program
 * (sections.ld names it): every exception nobody handles, HardFault first,
 * prints the report below before exiting 1. It costs about 470 bytes of
 * flash; linking build/<target>/opt/no-fault-report.o leaves it out. A
 * program's own HardFault_Handler may also tail-call it (`b` with lr and
 * sp untouched).
 */
void minrt_fault_handler(void);

/*
 * Reports a fault; the default writes it to stderr (semihosting). Define
 * your own to log it elsewhere (a UART, a flash page kept across reset).
 * It runs in the fault handler, at HardFault priority, on the main stack.
 * After it returns, minrt_exit(1): under a debugger or QEMU the run ends
 * with status 1; without one, in minrt_halt's state.
 */
void minrt_fault_report(const struct minrt_fault *f);

/*
 * Where every run ends when no debugger takes minrt_exit's semihosting
 * call (a board on a desk; a semihosting call without a debugger returns
 * an error instead of faulting): by default interrupts are masked and the
 * core sleeps in wfi for good, RAM intact for a probe to read. Linking
 * build/<target>/opt/exit-reset.o makes it a system reset (SYSRESETREQ)
 * instead; a program may define its own (it must not return).
 */
_Noreturn void minrt_halt(void);

/*
 * Copies the command line the debugger holds for the program into buf
 * (NUL-terminated; QEMU: the -kernel path, a space, the -append text) and
 * returns its length, or -errno. Firmware has no argv; this is the way in.
 */
long minrt_cmdline(char *buf, size_t len);

/*
 * Makes the lowest 32 bytes of the main stack's region no-access with the
 * MPU (ARMv7-M; nothing on ARMv6-M), so an overflow faults, and the fault
 * report says "stack overflow". Opt-in: link with -Wl,-u,minrt_stack_guard
 * and startup calls it before any constructor.
 */
void minrt_stack_guard(void);

/*
 * The deepest the main stack has been, in bytes. Linking this function
 * makes startup paint the stack region with a pattern first; a program
 * that never calls it pays nothing.
 */
size_t minrt_stack_high_water(void);

#ifdef __cplusplus
}
#endif

#endif
