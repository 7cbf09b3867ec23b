/*
 * Frees a pointer the allocator did not hand out, as told by argv[1]:
 *   double  a block freed twice      stack   a local array
 *   static  a static array           inside  the middle of a block
 * It prints the pointer (0x...) on stdout first; minrt must then print
 * "minrt: free(): invalid pointer 0x..." on stderr and abort.
 */
#include "minrt.h"

static _Alignas(16) char data[64];

int main(int argc, char **argv)
{
	_Alignas(16) char local[64] = {0};
	char *p = minrt_malloc(40), *bad = p;
	char mode = argc > 1 ? argv[1][0] : 'd';

	if (mode == 's')
		bad = argv[1][1] == 't' && argv[1][2] == 'a' && argv[1][3] == 'c' ? local + 16 : data + 16;
	else if (mode == 'i')
		bad = (char *)minrt_calloc(1, 64) + 32;
	minrt_print_hex(1, (uintptr_t)bad);
	minrt_puts(1, "\n");
	if (mode == 'd')
		minrt_free(p);
	minrt_free(bad);
	return 0;
}
