/* The semihosting call; see semihost.h. */
#include "semihost.h"

long __minrt_semihost(long op, long a, long b, long c)
{
	const long block[3] = {a, b, c};
	register long r0 __asm__("r0") = op;
	register const long *r1 __asm__("r1") = block;

	/* "memory": the host reads the block, so it must be stored first. */
	__asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
	return r0;
}

long __minrt_semihost_block(long op, long *block)
{
	register long r0 __asm__("r0") = op;
	register long *r1 __asm__("r1") = block;

	__asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
	return r0;
}
