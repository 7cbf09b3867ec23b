/*
 * libFuzzer harness for crt/common/alloc.c (built with -DMINRT_HEAP_CHECK).
 * Each input starts from an empty heap (__minrt_heap_reset), so a finding
 * replays alone. Its first byte sets how the memory source behaves, the
 * rest is a program of 4-byte steps:
 *
 *   op   slot   size (16 bits, little-endian)
 *
 * op picks malloc / calloc / free / realloc / aligned_alloc on one of
 * NSLOT slots, or a wild pointer; size is mostly small, sometimes up to
 * 2 MiB (so big blocks take their own mappings). A wild pointer is given
 * to free or realloc: an unmapped address, a pointer into a live block,
 * or the pointer a slot held before it was freed (a stale big block's
 * mapping is gone); the allocator must call its invalid-pointer abort
 * (caught here) without reading unmapped memory, and change nothing. Every live block is filled with a pattern of
 * its slot and generation, verified before it is freed or resized; after
 * every step the heap's invariant checker must pass and count exactly the
 * live blocks that are not mapped. At the end everything is freed and the
 * heap must have coalesced into one free block per run of chunks.
 *
 * The memory source: mappings of their own (BIG and up) are real mmaps;
 * heap chunks come from a reserved arena, placed as the first byte says:
 * bit 0 refuses whole 1 MiB chunks, so the heap grows by exact sizes in
 * many small chunks; bits 1-6 say, for successive chunks, whether each
 * lands right above the heap, right below it, or apart (above or below),
 * so every way of merging chunks, and of not merging them, is exercised.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "minrt.h"

long __minrt_heap_check(long out[2]);
void __minrt_heap_reset(void);

enum { CHUNK = 1 << 20, MAPPING_MIN = 260 << 10, ARENA = 1 << 30 };

static char *arena;
static uintptr_t alo, ahi; /* what the arena handed out so far */
static unsigned mode, calls;
static int refused;

void *__minrt_os_alloc(size_t len)
{
	unsigned where = mode >> (1 + 2 * (calls++ % 3)) & 3;
	uintptr_t p;

	if (len >= MAPPING_MIN && len != CHUNK) {
		void *m = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		return m == MAP_FAILED ? NULL : m;
	}
	/*
	 * A mapping CHUNK bytes long is refused too: the source cannot tell it
	 * from a heap chunk. The step that asked for it may then fail (refused).
	 */
	if (len == CHUNK && mode & 1) {
		refused = 1;
		return NULL;
	}
	if (alo == ahi)
		p = alo;
	else if (where == 0)
		p = ahi;			/* right above */
	else if (where == 1)
		p = alo - len;			/* right below */
	else if (where == 2)
		p = ahi + 4096;			/* above, apart */
	else
		p = alo - len - 4096;		/* below, apart */
	/* What may be a mapping must start on a page, as internal.h promises. */
	if (len == CHUNK)
		p = where & 1 ? p & -4096UL : (p + 4095) & -4096UL;
	if (p < (uintptr_t)arena || p + len > (uintptr_t)arena + ARENA)
		return NULL;
	if (p < alo || alo == ahi)
		alo = p;
	if (p + len > ahi)
		ahi = p + len;
	return (void *)p;
}

/* Only mappings come back (a CHUNK-long one from the arena stays there). */
void __minrt_os_free(void *p, size_t len)
{
	if ((char *)p < arena || (char *)p >= arena + ARENA)
		munmap(p, len);
}

/* A fresh heap and arena for each input. Chunks start mid-arena, 16-aligned
 * like the Cortex-M source, not page-aligned (but see above). */
static void start(unsigned m)
{
	if (!arena && (arena = mmap(0, ARENA, PROT_READ | PROT_WRITE,
				    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)) == MAP_FAILED)
		abort();
	if (ahi > alo) {
		uintptr_t a = alo & -4096UL, b = (ahi + 4095) & -4096UL;

		madvise((void *)a, b - a, MADV_DONTNEED); /* zero again */
	}
	alo = ahi = (uintptr_t)arena + ARENA / 2 + 16;
	mode = m;
	calls = 0;
	__minrt_heap_reset();
}

enum { NSLOT = 64, MAPPED = 4 };

static struct {
	unsigned char *p, *old; /* old: what p was before its last free */
	size_t n;
	unsigned char pat;
} slot[NSLOT];
static unsigned char gen;

/*
 * The invalid-pointer abort, caught: minrt_abort returns to the wild step
 * while one is under way, and is a real abort otherwise. Its message is
 * swallowed (and counted) then, so the log stays readable.
 */
static jmp_buf wild_out;
static int wild, wild_said;

_Noreturn void minrt_abort(void)
{
	if (wild)
		longjmp(wild_out, 1);
	abort();
}

long minrt_write(int fd, const void *buf, size_t len)
{
	if (wild && fd == 2) {
		wild_said += len >= 31 && !memcmp(buf, "minrt: free(): invalid pointer ", 31);
		return (long)len;
	}
	return write(fd, buf, len);
}

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
	/*
	 * 1/32 of sizes large (up to 2 MiB), the rest up to 4 KiB, skewed small.
	 */
	if ((v & 0xf800) == 0xf800)
		return (size_t)(v & 0x7ff) << 10;
	return (v & 0x8000) ? v & 0xfff : v & 0xff;
}

/*
 * Gives free or realloc (v's low bit) a pointer the allocator must refuse,
 * chosen by v: 0 an address nothing is mapped at, 1 a pointer into a live
 * block (16-byte steps, or off by one; v & 16: a mapped one), 2 slot i's
 * pointer from before its last free, 3 a pointer into a big block made
 * here, live or freed (its mapping gone). A stale pointer that is live
 * again (another slot holds it) is not wild: that step does nothing.
 */
static void wild_step(int i, unsigned v)
{
	unsigned char *p = NULL, *big = NULL;
	unsigned kind = v >> 1 & 3;
	void *volatile r = NULL;

	if (kind == 0)
		p = (unsigned char *)(uintptr_t)(v & 8 ? 0x1000 : 16);
	else if (kind == 1) {
		/* The first live block from slot i on; with v & 16, a mapped one. */
		for (int k = 0; k < NSLOT && !p; k++) {
			int j = (i + k) % NSLOT;

			if (slot[j].p && slot[j].n > 16 && (!(v & 16) || mapped(slot[j].p)))
				p = slot[j].p + (v & 8 ? 1 : 16 * (1 + (v >> 5) % (slot[j].n / 16)));
		}
	}
	else if (kind == 3) {
		/* A big block of its own: a pointer into it, or (v & 8) its
		 * pointer or one into it after it was freed. */
		if (!(big = minrt_malloc(300 << 10)))
			return;
		p = big + 16 * ((v >> 5) % 4096);
		if (v & 8) {
			minrt_free(big);
			big = NULL;
		} else if (p == big) {
			p += 16;
		}
	} else if (kind == 2 && slot[i].old) {
		p = slot[i].old;
		for (int k = 0; k < NSLOT; k++)
			if (slot[k].p == p)
				return;
	}
	if (!p)
		return;
	wild = 1;
	wild_said = 0;
	if (!setjmp(wild_out)) {
		if (v & 1)
			r = minrt_realloc(p, v >> 4);
		else
			minrt_free(p);
		wild = 0;
		fprintf(stderr, "wild pointer %p (kind %u) accepted, realloc gave %p\n", (void *)p, kind, r);
		fail("wild pointer accepted", (long)kind);
	}
	wild = 0;
	if (wild_said != 1)
		fail("invalid-pointer message printed this many times", wild_said);
	minrt_free(big);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	start(data[0]);
	for (data++, size--; size >= 4; data += 4, size -= 4) {
		int i = data[1] % NSLOT;
		size_t n = pick_size(data[2] | (unsigned)data[3] << 8);
		size_t align = (size_t)1 << (data[1] >> 6 | (data[3] & 3) << 2); /* 1..4096 */
		unsigned char *p;

		if (data[0] % 7 == 6) {
			wild_step(i, data[2] | (unsigned)data[3] << 8);
			check_heap();
			continue;
		}
		switch (data[0] % 6) {
		case 0: case 1: case 2:
			if (slot[i].p)
				goto free_it;
			refused = 0;
			p = data[0] % 6 == 1 ? minrt_calloc(1, n) : data[0] % 6 == 2
				? minrt_aligned_alloc(align, n) : minrt_malloc(n);
			if (!p && refused)
				break;
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
				slot[i].old = slot[i].p;
				slot[i].p = NULL;
				slot[i].n = 0;
			}
			break;
		default:
			verify(i, slot[i].n);
			refused = 0;
			if (!(p = minrt_realloc(slot[i].p, n)) && refused)
				break; /* the old block stays, as it was */
			if (!p)
				fail("realloc out of memory", (long)n);
			if ((uintptr_t)p % 16)
				fail("misaligned", (long)(uintptr_t)p);
			if (slot[i].p && p != slot[i].p)
				slot[i].old = slot[i].p; /* moved: the old one was freed */
			slot[i].p = p;
			verify(i, n < slot[i].n ? n : slot[i].n);
			slot[i].n = n;
			fill(i);
			break;
		}
		check_heap();
	}
	for (int i = 0; i < NSLOT; i++) {
		if (slot[i].p) {
			verify(i, slot[i].n);
			minrt_free(slot[i].p);
			slot[i].p = NULL;
			slot[i].n = 0;
		}
		slot[i].old = NULL; /* the next input starts a new heap */
	}
	{
		long out[2], r = __minrt_heap_check(out);

		if (r != 0 || out[0] != out[1])
			fail("not all coalesced after freeing everything", r);
	}
	return 0;
}
