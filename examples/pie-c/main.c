/*
 * A static PIE: prints where main was loaded, then text reached only
 * through pointers stored in data, which hold the right addresses only if
 * startup applied the relocations; a constructor must have run too.
 */
#include "minrt.h"

static const char greeting[] = "relocated";
static const char *const table[] = { greeting, "pointers" };
static int constructed;

__attribute__((constructor)) static void init(void)
{
	constructed = 1;
}

int main(void)
{
	minrt_print_hex(1, (uintptr_t)&main);
	minrt_puts(1, "\n");
	minrt_puts(1, table[0]);
	minrt_puts(1, " ");
	minrt_puts(1, table[1]);
	minrt_puts(1, constructed ? " constructed\n" : " NOT constructed\n");
	return 0;
}
