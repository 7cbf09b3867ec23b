/*
 * The stack high-water mark (Cortex-M only): linking
 * minrt_stack_high_water() makes startup paint the stack, so the program
 * can see how deep it has been. Prints the mark before and after a
 * recursion 16 frames deep; the tests check that it grew, and by at least
 * the frames' size.
 */
#include "minrt.h"
#include "minrt_cortex_m.h"

__attribute__((noinline)) static unsigned dive(unsigned n)
{
	volatile char frame[32];

	frame[0] = (char)n;
	return n ? dive(n - 1) + frame[0] : 0;
}

int main(void)
{
	size_t before = minrt_stack_high_water(), after;

	dive(16);
	after = minrt_stack_high_water();
	minrt_print_u64(1, before);
	minrt_puts(1, " ");
	minrt_print_u64(1, after);
	minrt_puts(1, "\n");
	return 0;
}
