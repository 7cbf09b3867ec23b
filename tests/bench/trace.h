/*
 * trace.h - the allocator benchmark's trace: a seeded generator, so every
 * allocator replays exactly the same operations.
 *
 * Operations work on slots; a slot holds one live block or nothing.
 *   - Mixed lifetimes: half the operations touch one of HOT slots (a block
 *     there lives a few hundred operations), the rest one of all NSLOT
 *     slots (a block there lives about a hundred thousand).
 *   - An empty slot gets a malloc; a full one is freed (3/4) or realloc'd
 *     (1/4: half the time grown by half, like a vector, else resized at
 *     random).
 *   - Sizes 8 B to 64 KiB, mostly small with a long tail: 70% 8-128 B,
 *     25% 129 B-2 KiB, 5% 2-64 KiB (log-uniform by power of two).
 * The generator also tracks the live bytes, so the driver can report the
 * peak independent of the allocator.
 */
#ifndef TRACE_H
#define TRACE_H

#include <stddef.h>
#include <stdint.h>

enum { NSLOT = 1 << 16, HOT = 256, OP_MALLOC = 0, OP_FREE = 1, OP_REALLOC = 2 };

struct op {
	uint32_t slot_op; /* slot << 2 | OP_* */
	uint32_t size;
};

/* splitmix64: tiny, fast, and good enough to drive a workload. */
static uint64_t trace_rand(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15u);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static uint32_t trace_size(uint64_t *s)
{
	uint64_t r = trace_rand(s);
	unsigned pct = (unsigned)(r % 100);

	r >>= 8;
	if (pct < 70)
		return 8 + (uint32_t)(r % 121);
	if (pct < 95)
		return 129 + (uint32_t)(r % 1920);
	{
		uint32_t base = 2048u << (r % 5); /* 2 KiB .. 32 KiB */

		return base + (uint32_t)((r >> 8) % (base + 1)); /* up to 64 KiB */
	}
}

/*
 * Writes n operations to ops; size[] (NSLOT entries, zeroed by the caller)
 * is scratch. Returns the peak of live bytes over the trace.
 */
static size_t trace_generate(struct op *ops, size_t n, uint64_t seed, uint32_t *size)
{
	size_t live = 0, peak = 0;
	uint64_t s = seed;

	for (size_t i = 0; i < n; i++) {
		uint64_t r = trace_rand(&s);
		uint32_t slot = (uint32_t)(r & 1 ? (r >> 1) % HOT : (r >> 1) % NSLOT);
		uint32_t op, sz;

		if (!size[slot]) {
			op = OP_MALLOC;
			sz = trace_size(&s);
		} else if ((r >> 40) % 4) {
			op = OP_FREE;
			sz = 0;
		} else {
			op = OP_REALLOC;
			sz = (r >> 42) & 1 ? size[slot] + size[slot] / 2 : trace_size(&s);
			if (sz > 65536)
				sz = 65536;
		}
		live = live + sz - size[slot];
		size[slot] = sz;
		if (live > peak)
			peak = live;
		ops[i].slot_op = slot << 2 | op;
		ops[i].size = sz;
	}
	return peak;
}

#endif
