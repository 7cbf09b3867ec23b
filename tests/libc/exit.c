/*
 * The exit path of the C library, on every target and layout:
 *   exit-test          registers two handlers (a, then b), returns 3
 *   exit-test exit     the same, then exit(5) from a nested call
 *   exit-test _Exit    the same, then _Exit(6): no handler runs
 *   exit-test nested   b registers c while exit runs: c runs next
 * Handlers print with minrt_puts (stdio's flush at exit is stdio's test).
 * Expected: "b\na\n" and 3 / 5; "" and 6; "b\nc\na\n" and 3.
 */
#include <stdlib.h>
#include "minrt.h"

static char mode;

static void a(void) { minrt_puts(1, "a\n"); }
static void c(void) { minrt_puts(1, "c\n"); }
static void b(void)
{
	minrt_puts(1, "b\n");
	if (mode == 'n')
		atexit(c);
}

static void leave(void)
{
	if (mode == 'e')
		exit(5);
	if (mode == '_')
		_Exit(6);
}

int main(int argc, char **argv)
{
	mode = argc > 1 ? argv[1][0] : 0;
	if (atexit(a) || atexit(b))
		return 99;
	leave();
	return 3;
}
