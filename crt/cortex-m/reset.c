/*
 * Reset_Handler: the core loads SP from vector 0 and jumps here (vector 1)
 * in Thread mode, privileged, on the main stack, with interrupts enabled
 * but none configured. RAM holds garbage. In order:
 *   1. VTOR -> our table, where the core has one: a bootloader that jumped
 *      here may have left it at its own.
 *   2. the FPU on, on hard-float builds, before any FP instruction.
 *   3. .data copied from its load image in flash, .bss zeroed.
 *   4. the init table: minrt's own entries (the MPU stack guard and the
 *      stack painting, each if linked: the optional high-water mark),
 *      then .preinit_array, then .init_array, as the linker script lays
 *      them out back to back.
 *   5. main, then __minrt_exit with its value (exit() when the C
 *      library's is linked, else minrt_exit: see internal.h).
 * Plain C: nothing here needs .data or .bss before step 3 writes them.
 */
#include "minrt.h"
#include "scb.h"
#include "internal.h"

typedef void (*__minrt_init_fn)(void);

/* Word-aligned by the linker script; .bss starts where .data ends. */
extern uint32_t __minrt_data_start[], __minrt_data_end[], __minrt_bss_end[];
extern const uint32_t __minrt_data_load[];
extern const __minrt_init_fn __minrt_init_end[];
extern char *__minrt_vectors[];

/* main, unless an object (opt/semihost-argv.o) defines this name to give
 * main arguments first: sections.ld PROVIDEs it as another name for main,
 * so a program without one pays nothing for the choice. */
int __minrt_main(int, char **, char **);

#ifdef __ARM_FP
/*
 * Full access for CP10 and CP11 (the FPU), then dsb/isb so no later
 * instruction runs with the old setting (ARMv7-M ARM B3.2.20). Inlined
 * into Reset_Handler's first instructions: gcc emits no FP instruction
 * before it (nothing here is floating point), and main may use them all.
 */
static inline void fpu_on(void)
{
	*__minrt_scb(SCB_CPACR) |= 0xfu << 20;
	__asm__ volatile("dsb\n\tisb" ::: "memory");
}
#endif

_Noreturn void Reset_Handler(void)
{
	uint32_t *d = __minrt_data_start;
	const uint32_t *s = __minrt_data_load;
	const __minrt_init_fn *f;

#if MINRT_ARMV7M
	*__minrt_scb(SCB_VTOR) = (uint32_t)__minrt_vectors;
#endif
#ifdef __ARM_FP
	fpu_on();
#endif
	while (d < __minrt_data_end)
		*d++ = *s++;
	while (d < __minrt_bss_end)
		*d++ = 0;
	/* The init table follows .data's image in flash (the linker script
	 * asserts it), so the copy ends where the table starts. */
	for (f = (const __minrt_init_fn *)s; f < __minrt_init_end; f++)
		(*f)();
	/* No arguments and no environment: argv and envp are empty lists. An
	 * empty list is a pointer to a null pointer; vector 7 is one (reserved
	 * by the architecture, always 0), so they cost no extra bytes. */
	__minrt_exit(__minrt_main(0, &__minrt_vectors[7], &__minrt_vectors[7]));
}
