/*
 * Prints argc, then every argv[i] from argv[0] on, each in [brackets] on
 * its own line, byte for byte: the tests compare a program's view of its
 * command line with what Microsoft's C runtime would make of it.
 */
#include "minrt.h"

int main(int argc, char **argv)
{
	int i;

	minrt_print_i64(1, argc);
	minrt_puts(1, "\n");
	for (i = 0; i < argc; i++) {
		minrt_puts(1, "[");
		minrt_puts(1, argv[i]);
		minrt_puts(1, "]\n");
	}
	return argv[argc] != 0; /* the array ends in NULL */
}
