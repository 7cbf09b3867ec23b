/*
 * minrt_random: RtlGenRandom, the system's CSPRNG, exported by advapi32.dll
 * as SystemFunction036 (the name mingw-w64's libadvapi32.a and wine know).
 * It needs no handle and nothing to free, unlike BCryptGenRandom, and is
 * there on every Windows since XP. It counts in a 32-bit ULONG, so larger
 * requests go in pieces. Programs link -ladvapi32 (the glue crate names it
 * itself); one that never asks for randomness imports nothing from it.
 */
#include "minrt.h"

__attribute__((dllimport)) unsigned char SystemFunction036(void *buf, unsigned long len);

long minrt_random(void *buf, size_t len)
{
	char *p = buf;

	while (len) {
		unsigned long n = len > 0x40000000 ? 0x40000000 : (unsigned long)len;

		if (!SystemFunction036(p, n))
			return -5; /* EIO */
		p += n;
		len -= n;
	}
	return 0;
}
