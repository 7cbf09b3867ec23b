/*
 * Recurses without end (Cortex-M only), so the tests can check that a stack
 * overflow ends in the fault report, not in corrupted data. Linked with the
 * stack below .data (minrt_stack_below_data=1): the stack runs off the
 * start of RAM, the push faults, and the report says "stack overflow".
 * The counter in .data would be the first victim with the stack on top.
 */
#include "minrt.h"

static volatile unsigned depth = 1;

/* Each frame keeps 64 bytes alive across the call, so no tail call. */
__attribute__((noinline)) static unsigned dive(unsigned n)
{
	volatile char frame[64];

	frame[n % 64] = (char)n;
	depth++;
	return dive(n + 1) + frame[0];
}

int main(void)
{
	minrt_puts(1, "recursing\n");
	return (int)dive(0);
}
