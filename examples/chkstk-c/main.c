/*
 * Stack probes (Windows). A 64 KiB local array lies 16 pages below the
 * caller's frame; Windows commits a thread's stack one guard page at a
 * time, so gcc calls ___chkstk_ms to touch each page on the way down.
 * Without it (or with a broken one) the first write lands past the guard
 * page and the process dies. (wine commits stacks whole, so there only the
 * probe's contract below is checked: it must change no register and
 * leave rsp where it was.)
 *
 * Prints the sum of the array, 65536 * 3 = 196608, and exits 0; exits 1
 * if a probe changed rax, rcx or rsp.
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

/* Calls the probe as gcc does: size in rax; Win64 has no red zone, so the
 * bytes below rsp are free to touch. */
static int probe_keeps_registers(uint64_t size)
{
	uint64_t rax = size, rcx = 0x5a5a5a5a5a5a5a5a, before, after;

	__asm__ volatile("mov %%rsp, %2\n\t"
			 "call ___chkstk_ms\n\t"
			 "mov %%rsp, %3"
			 : "+a"(rax), "+c"(rcx), "=&r"(before), "=&r"(after)
			 :
			 : "memory", "cc");
	return rax == size && rcx == 0x5a5a5a5a5a5a5a5a && before == after;
}

int main(void)
{
	static const uint64_t sizes[] = { 0, 8, 4095, 4096, 4097, 3 * 4096 + 100, 65536 + 123 };
	size_t i;

	for (i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
		if (!probe_keeps_registers(sizes[i])) {
			minrt_puts(2, "chkstk-c: ___chkstk_ms changed a register\n");
			return 1;
		}
	minrt_print_u64(1, sum(65536));
	minrt_puts(1, "\n");
	return 0;
}
