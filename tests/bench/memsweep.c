/*
 * memsweep: minrt's memory and string functions against glibc's and musl's,
 * in one process so the three meet the same machine state. minrt's are
 * built from crt/common with the runtime's flags and renamed minrt_*,
 * musl's are its libc.a members renamed musl_* (mk/bench.mk); glibc's are
 * the real ones, reached through the PLT as any program reaches them.
 *
 * For each function, size (64 B to 1 MiB) and alignment case, every
 * implementation runs in turn, REPS rounds, and keeps its best time (the
 * least disturbed run on a shared machine). Prints a table, then one line
 * per function and alignment with the worst ratio over the sizes:
 *   bench: mem-<fn>-<aligned|misaligned> minrt/glibc=<r> minrt/musl=<r>
 * Ratios are throughputs (time of the other / time of minrt): above 1
 * means minrt is faster.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef void *(*cpy_fn)(void *, const void *, size_t);
typedef void *(*set_fn)(void *, int, size_t);
typedef int (*cmp_fn)(const void *, const void *, size_t);
typedef size_t (*len_fn)(const char *);

void *minrt_memcpy(void *, const void *, size_t), *musl_memcpy(void *, const void *, size_t);
void *minrt_memmove(void *, const void *, size_t), *musl_memmove(void *, const void *, size_t);
void *minrt_memset(void *, int, size_t), *musl_memset(void *, int, size_t);
int minrt_memcmp(const void *, const void *, size_t), musl_memcmp(const void *, const void *, size_t);
size_t minrt_strlen(const char *), musl_strlen(const char *);

enum { MINRT, GLIBC, MUSL, NIMPL };
static const char *const impl_name[NIMPL] = { "minrt", "glibc", "musl" };

struct fn {
	const char *name;
	int kind; /* 0 copy, 1 move (overlapping, backwards), 2 set, 3 cmp, 4 len */
	void *impl[NIMPL];
};

static struct fn fns[] = {
	{ "memcpy", 0, { (void *)minrt_memcpy, (void *)memcpy, (void *)musl_memcpy } },
	{ "memmove", 1, { (void *)minrt_memmove, (void *)memmove, (void *)musl_memmove } },
	{ "memset", 2, { (void *)minrt_memset, (void *)memset, (void *)musl_memset } },
	{ "memcmp", 3, { (void *)minrt_memcmp, (void *)memcmp, (void *)musl_memcmp } },
	{ "strlen", 4, { (void *)minrt_strlen, (void *)strlen, (void *)musl_strlen } },
};

#define MAXN (1 << 20)
static unsigned char *bufa, *bufb;
static volatile size_t sink;

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec * 1e-9;
}

/* One timed round: enough calls to move about 4 MiB (at least 4 calls). */
static double round_time(const struct fn *f, void *impl, size_t n, size_t ao, size_t bo)
{
	size_t calls = ((size_t)4 << 20) / n;
	unsigned char *a = bufa + ao, *b = bufb + bo;
	size_t acc = 0;
	double t;

	if (calls < 4)
		calls = 4;
	if (f->kind == 3)
		memcpy(a, b, n); /* equal: the whole length is compared */
	if (f->kind == 4)
		a[n] = 0;
	t = now();
	for (size_t i = 0; i < calls; i++) {
		switch (f->kind) {
		case 0: ((cpy_fn)impl)(a, b, n); break;
		case 1: ((cpy_fn)impl)(a + 8, a, n); break;
		case 2: ((set_fn)impl)(a, (int)i, n); break;
		case 3: acc += (size_t)((cmp_fn)impl)(a, b, n); break;
		case 4: acc += ((len_fn)impl)((const char *)a); break;
		}
		__asm__ volatile("" ::: "memory");
	}
	t = now() - t;
	if (f->kind == 4)
		a[n] = 'x';
	sink += acc;
	return t / (double)calls;
}

int main(int argc, char **argv)
{
	int reps = argc > 1 ? atoi(argv[1]) : 7;
	static const size_t sizes[] = { 64, 256, 1024, 4096, 16384, 65536, 262144, 1 << 20 };
	double worst_g = 1e9, worst_m = 1e9;

	/* Room for the move's 8-byte shift and the misaligned offsets. */
	if (posix_memalign((void **)&bufa, 4096, MAXN + 4096) || posix_memalign((void **)&bufb, 4096, MAXN + 4096))
		return 1;
	memset(bufa, 'x', MAXN + 4096);
	memset(bufb, 'x', MAXN + 4096);

	printf("%-8s %-10s %8s %10s %10s %10s  (ns per call, best of %d)\n", "function", "alignment", "bytes",
	       impl_name[0], impl_name[1], impl_name[2], reps);
	for (size_t k = 0; k < sizeof fns / sizeof *fns; k++) {
		for (int mis = 0; mis < 2; mis++) {
			double rg = 1e9, rm = 1e9;
			/* Misaligned: a 3 bytes past a cache line, b 17 (or 8 apart for memmove). */
			size_t ao = mis ? 3 : 0, bo = mis ? 17 : 0;
			for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
				double best[NIMPL] = { 1e9, 1e9, 1e9 };
				for (int r = 0; r < reps; r++)
					for (int i = 0; i < NIMPL; i++) {
						double t = round_time(&fns[k], fns[k].impl[i], sizes[s], ao, bo);
						if (t < best[i])
							best[i] = t;
					}
				printf("%-8s %-10s %8zu %10.1f %10.1f %10.1f\n", fns[k].name, mis ? "misaligned" : "aligned",
				       sizes[s], best[0] * 1e9, best[1] * 1e9, best[2] * 1e9);
				if (best[GLIBC] / best[MINRT] < rg)
					rg = best[GLIBC] / best[MINRT];
				if (best[MUSL] / best[MINRT] < rm)
					rm = best[MUSL] / best[MINRT];
			}
			printf("bench: mem-%s-%s minrt/glibc=%.2f minrt/musl=%.2f\n", fns[k].name,
			       mis ? "misaligned" : "aligned", rg, rm);
			fflush(stdout);
			if (rg < worst_g)
				worst_g = rg;
			if (rm < worst_m)
				worst_m = rm;
		}
	}
	return 0;
}
