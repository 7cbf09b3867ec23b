/*
 * A 64 KiB local array, 16 pages below the caller's frame. Windows commits
 * the stack one guard page at a time, so the compiler calls ___chkstk_ms
 * to touch each page on the way down; without it (or with a broken one)
 * the first write lands past the guard page and the process dies.
 * Prints the sum of the array, 65536 * 3 = 196608, and exits 0.
 * noipa keeps gcc from folding the array away.
 */
#include "minrt.h"

__attribute__((noipa)) static uint64_t sum(size_t n)
{
	volatile unsigned char big[65536];
	uint64_t s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		big[i] = 3;
	for (i = 0; i < n; i++)
		s += big[i];
	return s;
}

int main(void)
{
	minrt_print_u64(1, sum(65536));
	minrt_puts(1, "\n");
	return 0;
}
