/*
 * The stack high-water mark. Linking minrt_stack_high_water() links the
 * painter too: its entry in .minrt_init, which startup runs before any
 * constructor, fills the free part of the stack region with a pattern.
 * Later, the lowest word that no longer holds it marks the deepest the
 * stack has been.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"

#define PAINT 0xa5a5a5a5u

/* From the MPU guard's top (stack_guard.c): painting it would fault. */
extern uint32_t __minrt_stack_limit[], __minrt_stack_top[];

/* Everything below the caller's frame is free this early in startup. */
static void paint(void)
{
	uint32_t *p = __minrt_stack_limit, *sp;

	__asm__ volatile("mov %0, sp" : "=r"(sp));
	while (p < sp - 8) /* margin: this frame's own pushes */
		*p++ = PAINT;
}

__attribute__((used, section(".minrt_init"))) static void (*const paint_entry)(void) = paint;

size_t minrt_stack_high_water(void)
{
	const uint32_t *p = __minrt_stack_limit;

	while (p < __minrt_stack_top && *p == PAINT)
		p++;
	return (size_t)((char *)__minrt_stack_top - (char *)p);
}
