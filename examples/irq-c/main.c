/*
 * Handlers by name (Cortex-M only): this program defines SysTick_Handler,
 * PendSV_Handler and SVC_Handler, which replace minrt's weak defaults in
 * the vector table. It takes 3 SysTick interrupts, pends PendSV, calls
 * svc, and prints the counts. With the command line "nmi" it pends an NMI
 * instead, which nobody handles: the fault report (in every program)
 * says "unhandled exception", IPSR 2.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"

#define SYST_CSR (*(volatile uint32_t *)0xE000E010) /* SysTick control */
#define SYST_RVR (*(volatile uint32_t *)0xE000E014) /* reload value */
#define SYST_CVR (*(volatile uint32_t *)0xE000E018) /* current value */
#define ICSR (*(volatile uint32_t *)0xE000ED04)	    /* interrupt control/state */

static volatile unsigned ticks, pendsv, svc;

void SysTick_Handler(void)
{
	ticks++;
}

void PendSV_Handler(void)
{
	pendsv++;
}

void SVC_Handler(void)
{
	svc++;
}

static int is_nmi(void)
{
	char line[128], *p = line;

	if (minrt_cmdline(line, sizeof line) < 0)
		return 0;
	while (*p && *p != ' ')
		p++;
	return p[0] == ' ' && p[1] == 'n' && p[2] == 'm' && p[3] == 'i';
}

int main(void)
{
	if (is_nmi())
		ICSR = 1u << 31; /* NMIPENDSET: taken at once */
	SYST_RVR = 10000 - 1;
	SYST_CVR = 0;
	SYST_CSR = 7; /* ENABLE, TICKINT, the processor clock */
	while (ticks < 3)
		__asm__ volatile("wfi");
	SYST_CSR = 0;
	ICSR = 1u << 28; /* PENDSVSET */
	__asm__ volatile("dsb\n\tisb" ::: "memory");
	__asm__ volatile("svc #0" ::: "memory");
	minrt_puts(1, "ticks ");
	minrt_print_u64(1, ticks);
	minrt_puts(1, ", pendsv ");
	minrt_print_u64(1, pendsv);
	minrt_puts(1, ", svc ");
	minrt_print_u64(1, svc);
	minrt_puts(1, "\n");
	return 0;
}
