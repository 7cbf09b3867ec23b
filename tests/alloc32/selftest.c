/*
 * The allocator's 32-bit build (4-byte words, 8-byte alignment, no direct
 * mappings) on a Cortex-M core under qemu-system-arm, with nothing but
 * semihosting underneath: its own vector table, reset and memory source,
 * so it depends on no other part of the Cortex-M runtime.
 *
 * A seeded random run of malloc/calloc/realloc/aligned_alloc/free over a
 * small arena (handed out upwards in pieces, as a Cortex-M heap region is),
 * every block filled with a pattern and verified, the heap checker run
 * after every step; then running out of memory, then everything freed and
 * coalesced. Each stage prints "ok - ..." or "not ok - ...". Last, a double
 * free, which must print minrt's message and abort (exit 134): the suite
 * checks that line and the exit status.
 */
#include <stddef.h>
#include <stdint.h>

#include "minrt.h"

long __minrt_heap_check(long out[2]);

/* --- semihosting: bkpt 0xab, operation in r0, argument in r1 ------------ */

static long semihost(long op, const void *arg)
{
	register long r0 __asm__("r0") = op;
	register const void *r1 __asm__("r1") = arg;

	__asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
	return r0;
}

static void put(const char *s)
{
	semihost(0x04, s); /* SYS_WRITE0 */
}

_Noreturn static void quit(int code)
{
	/* SYS_EXIT_EXTENDED: QEMU passes the code on as its exit status. */
	const long block[2] = {0x20026, code};

	for (;;)
		semihost(0x20, block);
}

/* What the allocator needs from a target. */
long minrt_write(int fd, const void *buf, size_t len)
{
	char line[80];
	size_t n = len < sizeof line - 1 ? len : sizeof line - 1;

	(void)fd;
	memcpy(line, buf, n);
	line[n] = 0;
	put(line);
	return (long)n;
}

_Noreturn void minrt_abort(void)
{
	quit(134);
}

/* The memory source: an arena handed out upwards, 8-aligned like the
 * Cortex-M one, never given back. */
static _Alignas(8) char arena[ARENA];
static size_t arena_used;

void *__minrt_os_alloc(size_t len)
{
	char *p = arena + arena_used;

	if (len > sizeof arena - arena_used)
		return 0;
	arena_used += len;
	return memset(p, 0, len);
}

void __minrt_os_free(void *p, size_t len)
{
	(void)p;
	(void)len;
}

/* --- the test ------------------------------------------------------------ */

enum { NSLOT = 48 };
static struct {
	unsigned char *p;
	size_t n;
	unsigned char pat;
} slot[NSLOT];
static uint32_t seed;
static int failed;

static uint32_t rnd(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 17;
	seed ^= seed << 5;
	return seed;
}

static void report(int good, const char *what)
{
	put(good ? "ok - " : "not ok - ");
	put(what);
	put("\n");
	failed |= !good;
}

static int intact(int i, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (slot[i].p[k] != slot[i].pat)
			return 0;
	return 1;
}

static void fill(int i)
{
	slot[i].pat = (unsigned char)rnd();
	memset(slot[i].p, slot[i].pat, slot[i].n);
}

static long live_blocks(void)
{
	long n = 0;

	for (int i = 0; i < NSLOT; i++)
		n += slot[i].p != 0;
	return n;
}

/*
 * The arena is small: NULL is a fair answer, and must leave the heap (and,
 * for realloc, the old block) as it was.
 */
static int run(int steps)
{
	for (int step = 0; step < steps; step++) {
		int i = (int)(rnd() % NSLOT);
		uint32_t r = rnd();
		size_t n = r & 0x100 ? r % 700 : r % 64;
		size_t align = (size_t)1 << (r >> 28) % 10; /* 1..512 */
		unsigned char *p;

		if (slot[i].p && !intact(i, slot[i].n))
			return 0;
		if (slot[i].p && (r & 0x600) != 0x600) {
			minrt_free(slot[i].p);
			slot[i].p = 0;
		} else if (slot[i].p) {
			if ((p = minrt_realloc(slot[i].p, n))) {
				if ((uintptr_t)p % 8)
					return 0;
				slot[i].p = p;
				if (!intact(i, n < slot[i].n ? n : slot[i].n))
					return 0;
				slot[i].n = n;
				fill(i);
			}
		} else {
			p = r & 0x1000 ? minrt_aligned_alloc(align, n) : r & 0x2000 ? minrt_calloc(n, 1) : minrt_malloc(n);
			if (p) {
				if ((uintptr_t)p % (align > 8 && r & 0x1000 ? align : 8))
					return 0;
				if (r & 0x2000 && !(r & 0x1000))
					for (size_t k = 0; k < n; k++)
						if (p[k])
							return 0;
				slot[i].p = p;
				slot[i].n = n;
				fill(i);
			}
		}
		if (__minrt_heap_check(0) != live_blocks())
			return 0;
	}
	return 1;
}

static int all_freed(void)
{
	long out[2];

	for (int i = 0; i < NSLOT; i++) {
		if (slot[i].p && !intact(i, slot[i].n))
			return 0;
		minrt_free(slot[i].p);
		slot[i].p = 0;
	}
	/* One free block per run of chunks: the arena's pieces all merged. */
	return __minrt_heap_check(out) == 0 && out[0] == 1 && out[1] == 1;
}

static int out_of_memory(void)
{
	void *p[400];
	int n = 0;

	while (n < 400 && (p[n] = minrt_malloc(200)))
		n++;
	if (n == 400 || sizeof arena - arena_used >= 208 + 8 ||
	    minrt_malloc(1 << 26) || minrt_calloc(1 << 16, 1 << 16) || __minrt_heap_check(0) != n)
		return 0;
	while (n)
		minrt_free(p[--n]);
	return 1;
}

void reset(void)
{
	extern char __bss_start__[], __bss_end__[], __data_start[], __data_end[], __data_load[];
	char *p;

	for (p = __data_start; p < __data_end; p++)
		*p = __data_load[p - __data_start];
	for (p = __bss_start__; p < __bss_end__; p++)
		*p = 0;
	seed = 2463534242u;
	report(run(20000), "alloc32 random steps with heap check");
	report(all_freed(), "alloc32 everything freed and coalesced");
	report(out_of_memory(), "alloc32 out of memory, to the arena's end");
	report(run(1000) && all_freed(), "alloc32 after running out");
	if (failed)
		quit(1);
	p = minrt_malloc(24);
	minrt_print_hex(1, (uintptr_t)p);
	put("\n");
	minrt_free(p);
	minrt_free(p);
	put("not ok - alloc32 double free went unnoticed\n");
	quit(1);
}

/* Initial SP and reset vector: all QEMU needs to start the core. */
extern char __stack_top[];
__attribute__((section(".vectors"), used)) static void *const vectors[2] = {__stack_top, reset};
