/*
 * Floating point on every core (Cortex-M only): FPU instructions on the
 * hard-float M4F, which fault unless startup enabled the FPU (CPACR)
 * first; libgcc's soft-float routines elsewhere. Prints 1000 * 1.5 * 2.25
 * and a division, as integers.
 */
#include "minrt.h"

int main(void)
{
	volatile float a = 1.5f, b = 2.25f, c = 3.0f;
	float x = a * b;

	minrt_print_i64(1, (long long)(x * 1000.0f));
	minrt_puts(1, " ");
	minrt_print_i64(1, (long long)(1000000.0f / c));
	minrt_puts(1, "\n");
	return 0;
}
