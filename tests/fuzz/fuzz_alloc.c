/*
 * libFuzzer harness for crt/common/alloc.c (built with -DMINRT_HEAP_CHECK
 * over the Linux mmap source). Each input is a program of 4-byte steps:
 *
 *   op   slot   size (16 bits, little-endian)
 *
 * op picks malloc / calloc / free / realloc / aligned_alloc on one of
 * NSLOT slots; size is mostly small, sometimes up to a few MiB (so big
 * blocks take their own mappings). Every live block is filled with a
 * pattern of its slot and generation, verified before it is freed or
 * resized; after every step the heap's invariant checker must pass and
 * count exactly the live blocks that are not mapped. At the end everything
 * is freed and the heap must have coalesced into one free block a region.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "minrt.h"

long __minrt_heap_check(long out[2]);

enum { NSLOT = 64, MAPPED = 4 };

static struct {
	unsigned char *p;
	size_t n;
	unsigned char pat;
} slot[NSLOT];
static unsigned char gen;

static void fail(const char *what, long v)
{
	fprintf(stderr, "fuzz_alloc: %s (%ld)\n", what, v);
	abort();
}

static void fill(int i)
{
	slot[i].pat = (unsigned char)(++gen * 31 + i);
	memset(slot[i].p, slot[i].pat, slot[i].n);
}

/* The first n bytes of slot i still hold its pattern (page by page: fast). */
static void verify(int i, size_t n)
{
	static unsigned char page[4096];

	memset(page, slot[i].pat, sizeof page);
	for (size_t k = 0; k < n; k += sizeof page)
		if (memcmp(slot[i].p + k, page, n - k < sizeof page ? n - k : sizeof page))
			fail("pattern overwritten near", (long)k);
}

static int mapped(const void *p)
{
	return ((const size_t *)p)[-1] & MAPPED;
}

static void check_heap(void)
{
	long live = 0, r;

	for (int i = 0; i < NSLOT; i++)
		live += slot[i].p && !mapped(slot[i].p);
	if ((r = __minrt_heap_check(NULL)) != live)
		fail(r < 0 ? "heap invariant broken at alloc.c line" : "used blocks", r < 0 ? -r : r);
}

static size_t pick_size(unsigned v)
{
	/* 1/32 of sizes large (up to 2 MiB), the rest up to 4 KiB, skewed small. */
	if ((v & 0xf800) == 0xf800)
		return (size_t)(v & 0x7ff) << 10;
	return (v & 0x8000) ? v & 0xfff : v & 0xff;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (; size >= 4; data += 4, size -= 4) {
		int i = data[1] % NSLOT;
		size_t n = pick_size(data[2] | (unsigned)data[3] << 8);
		size_t align = (size_t)1 << (data[1] >> 6 | (data[3] & 3) << 2); /* 1..4096 */
		unsigned char *p;

		switch (data[0] % 6) {
		case 0: case 1: case 2:
			if (slot[i].p)
				goto free_it;
			p = data[0] % 6 == 1 ? minrt_calloc(1, n) : data[0] % 6 == 2
				? minrt_aligned_alloc(align, n) : minrt_malloc(n);
			if (!p)
				fail("out of memory", (long)n);
			if ((uintptr_t)p % (data[0] % 6 == 2 && align > 16 ? align : 16))
				fail("misaligned", (long)(uintptr_t)p);
			slot[i].p = p;
			slot[i].n = n;
			slot[i].pat = 0;
			if (data[0] % 6 == 1)
				verify(i, n); /* calloc's zeroes */
			fill(i);
			break;
		case 3:
		free_it:
			if (slot[i].p) {
				verify(i, slot[i].n);
				minrt_free(slot[i].p);
				slot[i].p = NULL;
				slot[i].n = 0;
			}
			break;
		default:
			verify(i, slot[i].n);
			if (!(p = minrt_realloc(slot[i].p, n)))
				fail("realloc out of memory", (long)n);
			if ((uintptr_t)p % 16)
				fail("misaligned", (long)(uintptr_t)p);
			slot[i].p = p;
			verify(i, n < slot[i].n ? n : slot[i].n);
			slot[i].n = n;
			fill(i);
			break;
		}
		check_heap();
	}
	for (int i = 0; i < NSLOT; i++)
		if (slot[i].p) {
			verify(i, slot[i].n);
			minrt_free(slot[i].p);
			slot[i].p = NULL;
			slot[i].n = 0;
		}
	{
		long out[2], r = __minrt_heap_check(out);

		if (r != 0 || out[0] != out[1])
			fail("not all coalesced after freeing everything", r);
	}
	return 0;
}
