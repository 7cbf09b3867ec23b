/*
 * Frees (or reallocs) a pointer the allocator did not hand out, or handed
 * out and took back, as told by argv[1]:
 *   double   a block freed twice          stack    a local array
 *   static   a static array               inside   the middle of a block
 *   wild     free((void *)0x1000)          rewild   realloc((void *)0x1000, 10)
 *   bigtwice a big block freed twice      aligned  an aligned_alloc block freed twice
 *   dangling a pointer into a freed big block
 * "Big" is a block with a mapping of its own on 64-bit targets (from 256
 * KiB); on 32-bit ones, where the heap is all there is, a 2 KiB block.
 * It prints the pointer (0x...) on stdout first; minrt must then print
 * "minrt: free(): invalid pointer 0x..." on stderr and abort, never fault.
 */
#include "minrt.h"

static _Alignas(16) char data[64];

static int is(const char *s, const char *t)
{
	while (*s && *s == *t)
		s++, t++;
	return *s == *t;
}

int main(int argc, char **argv)
{
	_Alignas(16) char local[64] = {0};
	size_t big = sizeof(void *) == 8 ? 300 << 10 : 2048;
	const char *mode = argc > 1 ? argv[1] : "double";
	char *p = minrt_malloc(40), *bad = p;
	int re = 0;

	if (is(mode, "stack"))
		bad = local + 16;
	else if (is(mode, "static"))
		bad = data + 16;
	else if (is(mode, "inside"))
		bad = (char *)minrt_calloc(1, 64) + 32;
	else if (is(mode, "wild") || (re = is(mode, "rewild")))
		bad = (char *)0x1000;
	else if (is(mode, "bigtwice"))
		minrt_free(bad = minrt_malloc(big));
	else if (is(mode, "aligned"))
		minrt_free(bad = minrt_aligned_alloc(64, sizeof(void *) == 8 ? 1 << 20 : 1024));
	else if (is(mode, "dangling")) {
		minrt_free(p = minrt_malloc(big));
		bad = p + 1024;
	} else if (is(mode, "double"))
		minrt_free(p);
	else
		return 2;
	minrt_print_hex(1, (uintptr_t)bad);
	minrt_puts(1, "\n");
	if (re)
		minrt_realloc(bad, 10);
	else
		minrt_free(bad);
	return 0;
}
