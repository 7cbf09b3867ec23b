/*
 * Real third-party code through minrt: LZ4 (Debian's lz4 source, lib/lz4.c,
 * unmodified) compresses a generated text and decompresses it again; the
 * program prints both sizes and whether the round trip gave back the
 * same bytes. Built by tests/realcode/run.sh, never committed.
 *   expected: "lz4: 8192 -> N -> 8192 bytes, same", N what LZ4 1.9.4 gives (glibc build: the same)
 */
#include <stdlib.h>
#include <string.h>
#include "lz4.h"
#include "minrt.h"

#define SIZE 8192

int main(void)
{
	static const char *const words[] = { "minrt ", "runtime ", "tiny ", "C ", "library ", "\n" };
	char *in = malloc(SIZE), *packed = malloc(LZ4_compressBound(SIZE)), *out = malloc(SIZE);
	unsigned seed = 1;
	int i = 0, n, m;

	if (!in || !packed || !out)
		return 2;
	while (i < SIZE) {
		const char *w;

		seed = seed * 1103515245 + 12345;
		w = words[(seed >> 16) % 6];
		while (*w && i < SIZE)
			in[i++] = *w++;
	}
	n = LZ4_compress_default(in, packed, SIZE, LZ4_compressBound(SIZE));
	m = LZ4_decompress_safe(packed, out, n, SIZE);
	minrt_puts(1, "lz4: ");
	minrt_print_u64(1, SIZE);
	minrt_puts(1, " -> ");
	minrt_print_u64(1, (uint64_t)n);
	minrt_puts(1, " -> ");
	minrt_print_u64(1, (uint64_t)(m < 0 ? 0 : m));
	minrt_puts(1, m == SIZE && !memcmp(in, out, SIZE) ? " bytes, same\n" : " bytes, DIFFERENT\n");
	free(in);
	free(packed);
	free(out);
	return m == SIZE ? 0 : 1;
}
