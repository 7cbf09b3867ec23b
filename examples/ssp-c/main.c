/*
 * Built with -fstack-protector-strong. `ssp-c safe` fills a local array
 * within bounds and prints "ok"; `ssp-c smash` writes 48 bytes past it,
 * which the canary check must catch before copy() returns:
 * "stack smashing detected" on stderr, then SIGABRT.
 * noipa keeps gcc from proving the calls useless and deleting them.
 */
#include "minrt.h"

__attribute__((noipa)) static void fill(char *buf, size_t n)
{
	for (size_t i = 0; i < n; i++)
		buf[i] = 'A';
}

__attribute__((noipa)) static long copy(size_t n)
{
	char buf[16];

	fill(buf, n);
	return minrt_write(1, buf, 0);
}

int main(int argc, char **argv)
{
	copy(argc > 1 && argv[1][0] == 's' && argv[1][1] == 'm' ? 64 : 16);
	minrt_puts(1, "ok\n");
	return 0;
}
