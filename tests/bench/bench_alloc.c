/*
 * bench_alloc.c - replays the trace of trace.h against one allocator and
 * prints one line:
 *   NAME ops=N secs=S ops_per_sec=X peak_rss=B peak_live=B
 * Built three times: -DMINRT over crt/common/alloc.c, plain with glibc's
 * malloc, and with musl-gcc -static for musl's.
 *
 * The program's own memory (trace, slot table) comes from mmap and is all
 * touched before the replay, so peak RSS growth during the replay is the
 * heap's. Every block is written at its first byte, every 4 KiB and its
 * last byte, as a program would, so untouched pages don't flatter anyone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>

#include "trace.h"

#ifdef MINRT
#include "minrt.h"
static const char NAME[] = "minrt";
static void *xmalloc(size_t n) { return minrt_malloc(n); }
static void xfree(void *p) { minrt_free(p); }
static void *xrealloc(void *p, size_t n) { return minrt_realloc(p, n); }
#else
#ifdef __GLIBC__
static const char NAME[] = "glibc";
#else
static const char NAME[] = "musl";
#endif
static void *xmalloc(size_t n) { return malloc(n); }
static void xfree(void *p) { free(p); }
static void *xrealloc(void *p, size_t n) { return realloc(p, n); }
#endif

static void *map(size_t len)
{
	void *p = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED) {
		perror("mmap");
		exit(1);
	}
	return p;
}

static long max_rss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static void touch(unsigned char *p, size_t n)
{
	for (size_t k = 0; k < n; k += 4096)
		p[k] = (unsigned char)k;
	p[n - 1] = 1;
}

int main(int argc, char **argv)
{
	size_t n = argc > 1 ? strtoul(argv[1], 0, 10) : 10000000;
	uint64_t seed = argc > 2 ? strtoull(argv[2], 0, 10) : 1;
	struct op *ops = map(n * sizeof *ops);
	uint32_t *size = map(NSLOT * sizeof *size);
	unsigned char **slot = map(NSLOT * sizeof *slot);
	size_t peak_live = trace_generate(ops, n, seed, size);
	struct timespec t0, t1;
	long rss0;
	double secs;

	memset(slot, 0, NSLOT * sizeof *slot);
	rss0 = max_rss_kb();
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (size_t i = 0; i < n; i++) {
		uint32_t s = ops[i].slot_op >> 2, sz = ops[i].size;

		switch (ops[i].slot_op & 3) {
		case OP_MALLOC:
			slot[s] = xmalloc(sz);
			break;
		case OP_FREE:
			xfree(slot[s]);
			slot[s] = NULL;
			continue;
		default:
			slot[s] = xrealloc(slot[s], sz);
			break;
		}
		if (!slot[s]) {
			fprintf(stderr, "%s: out of memory at op %zu\n", NAME, i);
			return 1;
		}
		touch(slot[s], sz);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("%s ops=%zu secs=%.3f ops_per_sec=%.0f peak_rss=%ld peak_live=%zu\n", NAME, n, secs,
	       (double)n / secs, (max_rss_kb() - rss0) * 1024, peak_live);
	for (size_t i = 0; i < NSLOT; i++)
		xfree(slot[i]);
	return 0;
}
