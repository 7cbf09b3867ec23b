/*
 * Ends in the way its arguments ask, so the tests can check every exit path:
 *   exit-c N          main returns N
 *   exit-c exit N     minrt_exit(N) from inside a call
 *   exit-c abort      minrt_abort()
 *   exit-c panic      MINRT_PANIC with a message
 *   exit-c            returns 0
 */
#include "minrt.h"

static int number(const char *s)
{
	int n = 0;

	while (*s >= '0' && *s <= '9')
		n = n * 10 + (*s++ - '0');
	return n;
}

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		return 0;
	if (same(argv[1], "exit"))
		minrt_exit(argc > 2 ? number(argv[2]) : 0);
	if (same(argv[1], "abort"))
		minrt_abort();
	if (same(argv[1], "panic"))
		minrt_panic("exit-c.c", 31, 7, "asked to panic");
	return number(argv[1]);
}
