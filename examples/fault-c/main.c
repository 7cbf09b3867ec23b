/*
 * Faults on purpose (Cortex-M only), so the tests can check the fault
 * report: prints a line, then runs an undefined instruction in trap()
 * with r0 = 0xc0ffee00 (a UsageFault escalated to HardFault on ARMv7-M,
 * a HardFault on ARMv6-M). The report is in every program by default.
 * The report shows r0 = 0xc0ffee00, pc = trap's address, lr = back in
 * main, and on ARMv7-M CFSR.UNDEFINSTR (0x00010000), HFSR.FORCED.
 * An undefined instruction rather than a bad pointer: QEMU's boards read
 * most unmapped addresses as zero instead of raising a bus fault.
 */
#include "minrt.h"

__attribute__((noinline, naked)) static void trap(unsigned r0)
{
	(void)r0;
	__asm__ volatile("udf #0");
}

int main(void)
{
	minrt_puts(1, "about to fault\n");
	trap(0xc0ffee00u);
	return 0;
}
