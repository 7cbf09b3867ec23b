/*
 * A compression round trip: an LZ77 coder (a hash of the next 4 bytes finds
 * an earlier match; literals and matches as byte tokens) over generated
 * text, then the decoder, then a check that the round trip is exact.
 * Exercises memcpy/memmove of short runs, memset of the hash table,
 * memcmp, and large mallocs. argv[1]: input KiB.
 */
#include "bench.h"

#define HBITS 16

static uint32_t rd32(const unsigned char *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* Token: 0LLLLLLL literal run of L+1 bytes; 1MMMMMMM + 2-byte offset: a match of M+4 bytes. */
static size_t compress(const unsigned char *in, size_t n, unsigned char *out)
{
	uint32_t *table = malloc(sizeof(uint32_t) << HBITS);
	size_t i = 0, lit = 0, o = 0;
	memset(table, 0xff, sizeof(uint32_t) << HBITS);
	while (i + 4 <= n) {
		uint32_t h = rd32(in + i) * 2654435761u >> (32 - HBITS), c = table[h];
		table[h] = (uint32_t)i;
		if (c != 0xffffffff && i - c < 65536 && rd32(in + c) == rd32(in + i)) {
			size_t m = 4;
			while (m < 131 && i + m < n && in[c + m] == in[i + m])
				m++;
			for (size_t k = lit; k < i;) {
				size_t run = i - k > 128 ? 128 : i - k;
				out[o++] = (unsigned char)(run - 1);
				memcpy(out + o, in + k, run);
				o += run, k += run;
			}
			out[o++] = (unsigned char)(0x80 | (m - 4));
			out[o++] = (unsigned char)(i - c), out[o++] = (unsigned char)((i - c) >> 8);
			i += m, lit = i;
		} else {
			i++;
		}
	}
	for (size_t k = lit; k < n;) {
		size_t run = n - k > 128 ? 128 : n - k;
		out[o++] = (unsigned char)(run - 1);
		memcpy(out + o, in + k, run);
		o += run, k += run;
	}
	free(table);
	return o;
}

static size_t decompress(const unsigned char *in, size_t n, unsigned char *out)
{
	size_t i = 0, o = 0;
	while (i < n) {
		unsigned t = in[i++];
		if (t < 0x80) {
			memcpy(out + o, in + i, t + 1);
			i += t + 1, o += t + 1;
		} else {
			size_t m = (t & 0x7f) + 4, off = in[i] | (size_t)in[i + 1] << 8;
			i += 2;
			if (off >= m) {
				memcpy(out + o, out + o - off, m);
			} else {
				for (size_t k = 0; k < m; k++)
					out[o + k] = out[o - off + k];
			}
			o += m;
		}
	}
	return o;
}

int main(int argc, char **argv)
{
	size_t kib = 1024, n;
	if (argc > 1)
		for (kib = 0; *argv[1]; argv[1]++)
			kib = kib * 10 + (size_t)(*argv[1] - '0');
	n = kib << 10;
	unsigned char *text = (unsigned char *)bench_text(n, 20000);
	uint64_t total = 0;
	for (int round = 0; round < 3; round++) {
		unsigned char *z = malloc(n + n / 64 + 16), *back = malloc(n);
		size_t zn = compress(text, n, z);
		z = realloc(z, zn);
		if (decompress(z, zn, back) != n || memcmp(back, text, n))
			return 1;
		total += zn;
		free(z);
		free(back);
	}
	bench_result("lz-compressed-bytes", total);
	free(text);
	return 0;
}
