/*
 * x86_cpu.c - whether the mem functions may use AVX2 (see word.h). The CPU
 * must have it (cpuid leaf 7, EBX bit 5) and the OS must save the ymm
 * registers on a context switch (cpuid leaf 1 ECX bit 27 OSXSAVE, then
 * XCR0 bits 1 and 2, SSE and AVX state); Linux and Windows 7 SP1 on do.
 */
#if defined(__x86_64__)
#include "word.h"

signed char __minrt_avx2_state;

int __minrt_avx2_probe(void)
{
	unsigned a, b, c, d, lo, hi;
	int yes = 0;

	__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0));
	if (a >= 7) {
		__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1));
		if (c & 1u << 27) {
			__asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
			__asm__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(7), "c"(0));
			yes = (lo & 6) == 6 && (b & 1u << 5);
		}
	}
	__minrt_avx2_state = (signed char)(1 + yes);
	return yes;
}
#endif
