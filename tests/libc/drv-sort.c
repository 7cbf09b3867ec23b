/*
 * Differential driver: qsort and bsearch. Arrays of several element sizes
 * (1 to 24 bytes, aligned and not) and shapes (random, sorted, reversed,
 * all equal, few distinct values, organ pipe, quicksort-adversarial
 * "median of three killer"); each is sorted with a comparison of the
 * whole element, a total order, so every correct sort gives the same
 * bytes whether or not it is stable. Then bsearch for keys present and
 * absent in a sorted array of distinct keys. And the comparison count
 * stays within 4 n log2 n + 4n (musl's smoothsort needs more than
 * 2 n log2 n on keys with many duplicates): no quadratic case. See drv.h.
 *   drv-sort [-v] [MAXN [BIGN]]   arrays of up to MAXN elements (default
 *                                 1000), then one shape set at BIGN
 *                                 (default 0: none; the suite uses 10^6)
 */
#include <stdlib.h>
#include <string.h>
#include "drv.h"

static size_t elem_size;
static unsigned long compares;

static int cmp_bytes(const void *a, const void *b)
{
	compares++;
	return memcmp(a, b, elem_size);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	compares++;
	return (x > y) - (x < y);
}

/* The key of element i of a shape, as a number. */
static uint32_t key(int shape, size_t i, size_t n)
{
	switch (shape) {
	case 0: return (uint32_t)drv_rand();
	case 1: return (uint32_t)i;
	case 2: return (uint32_t)(n - i);
	case 3: return 7;
	case 4: return (uint32_t)drv_below(4);
	case 5: return (uint32_t)(i < n / 2 ? i : n - i);
	default:
		/* Median-of-3 killer (Musser): defeats quicksorts that pick
		 * the median of first, middle and last. */
		if (i < n / 2)
			return (uint32_t)(i % 2 ? n / 2 + i : i + 1);
		return (uint32_t)(2 * (i - n / 2 + 1));
	}
}

static unsigned long log2_ceil(size_t n)
{
	unsigned long l = 0;

	while (((size_t)1 << l) < n)
		l++;
	return l;
}

static void sort_case(unsigned char *buf, size_t n, size_t size, size_t offset, int shape)
{
	unsigned char *a = buf + offset;
	size_t i, j;
	uint32_t k;

	for (i = 0; i < n; i++) {
		k = key(shape, i, n);
		/* Big-endian key first, so memcmp orders by key; then filler
		 * bytes that differ between equal keys. */
		for (j = 0; j < size; j++)
			a[i * size + j] = j < 4 ? (unsigned char)(k >> (24 - 8 * j)) : (unsigned char)drv_below(3);
	}
	elem_size = size;
	compares = 0;
	qsort(a, n, size, cmp_bytes);
	drv_case_begin();
	drv_str("n=");
	drv_u64(n);
	drv_str(" size=");
	drv_u64(size);
	drv_str(" offset=");
	drv_u64(offset);
	drv_str(" shape=");
	drv_u64((unsigned)shape);
	for (i = 1; i < n && memcmp(a + (i - 1) * size, a + i * size, size) <= 0; i++)
		;
	drv_str(i < n ? " UNSORTED" : " sorted");
	drv_str(compares <= 4 * n * log2_ceil(n) + 4 * n ? " bounded" : " TOO-MANY-COMPARES");
	/* The bytes, hashed: a wrong permutation shows. */
	{
		uint64_t h = 14695981039346656037ULL;
		for (i = 0; i < n * size; i++)
			h = (h ^ a[i]) * 1099511628211ULL;
		drv_str(" ");
		drv_hex(h);
	}
	drv_case_end();
}

static void search_case(uint32_t *a, size_t n)
{
	size_t i;
	uint32_t k, *p;

	/* Distinct, increasing keys with gaps: a[i] = 3i + 1. */
	for (i = 0; i < n; i++)
		a[i] = (uint32_t)(3 * i + 1);
	drv_case_begin();
	drv_str("bsearch n=");
	drv_u64(n);
	for (k = 0; k <= 3 * n + 1; k++) {
		p = bsearch(&k, a, n, sizeof *a, cmp_u32);
		drv_str(" ");
		drv_i64(p ? (int64_t)(p - a) : -1);
	}
	drv_case_end();
}

int main(int argc, char **argv)
{
	int v = drv_init(argc, argv);
	size_t maxn = argc > 1 + v ? (size_t)strtol(argv[1 + v], NULL, 10) : 1000;
	size_t bign = argc > 2 + v ? (size_t)strtol(argv[2 + v], NULL, 10) : 0;
	static const size_t sizes[] = { 1, 2, 3, 4, 8, 12, 24 };
	static const size_t ns[] = { 0, 1, 2, 3, 4, 5, 7, 8, 16, 31, 100, 257, 1000 };
	unsigned char *buf = malloc(maxn * 24 + 8 > bign * 4 + 8 ? maxn * 24 + 8 : bign * 4 + 8);
	size_t s, n, off;
	int shape;

	if (!buf)
		return 1;
	for (s = 0; s < sizeof sizes / sizeof sizes[0]; s++)
		for (n = 0; n < sizeof ns / sizeof ns[0] && ns[n] <= maxn; n++)
			for (shape = 0; shape < 7; shape++)
				for (off = 0; off < (sizes[s] % 4 ? 1 : 2); off++)
					sort_case(buf, ns[n], sizes[s], off, shape);
	drv_group("qsort");
	for (n = 0; n <= 40 && n <= maxn; n++)
		search_case((uint32_t *)(void *)buf, n);
	search_case((uint32_t *)(void *)buf, maxn);
	drv_group("bsearch");
	if (bign) {
		for (shape = 0; shape < 7; shape++)
			sort_case(buf, bign, 4, 0, shape);
		drv_group("qsort big");
	}
	drv_flush();
	return 0;
}
