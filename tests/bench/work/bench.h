/*
 * bench.h - what a bench workload needs beyond the C it computes with,
 * the same three ways (mk/bench.mk): minrt (-DMINRT, malloc & co from
 * libminrt-stdmalloc), glibc and musl. Its text generator makes the same
 * input everywhere, and bench_result prints a checksum the runner compares
 * across the three builds.
 */
#ifndef BENCH_H
#define BENCH_H
#include <stddef.h>
#include <stdint.h>

void *malloc(size_t);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
void free(void *);
void *memcpy(void *, const void *, size_t);
void *memmove(void *, const void *, size_t);
void *memset(void *, int, size_t);
int memcmp(const void *, const void *, size_t);
size_t strlen(const char *);
void *aligned_alloc(size_t, size_t);

#ifdef MINRT
long minrt_write(int fd, const void *buf, size_t len);
#define bench_write minrt_write
#else
long write(int fd, const void *buf, size_t len);
#define bench_write write
#endif

static uint64_t bench_rng = 88172645463325252ull;

static inline uint64_t bench_next(void)
{
	bench_rng ^= bench_rng << 13;
	bench_rng ^= bench_rng >> 7;
	bench_rng ^= bench_rng << 17;
	return bench_rng;
}

/* n bytes of text: words from a vocabulary of `vocab` made-up words, drawn
 * with a skew toward the first ones (as real text is), spaces and newlines. */
static char *bench_text(size_t n, unsigned vocab)
{
	char *t = malloc(n + 1), *p = t, *end = t + n;
	while (p < end) {
		uint64_t r = bench_next();
		unsigned w = (unsigned)((r % vocab) * ((r >> 32) % vocab) / vocab);
		unsigned len = 2 + w % 9;
		uint64_t h = w * 0x9e3779b97f4a7c15ull;
		for (unsigned i = 0; i < len && p < end; i++, h >>= 5)
			*p++ = (char)('a' + h % 26);
		if (p < end)
			*p++ = (r >> 20) % 13 ? ' ' : '\n';
	}
	*p = 0;
	return t;
}

static void bench_result(const char *name, uint64_t v)
{
	char buf[64], *p = buf + sizeof buf;
	*--p = '\n';
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	*--p = ' ';
	size_t n = strlen(name);
	p -= n;
	memcpy(p, name, n);
	bench_write(1, p, (size_t)(buf + sizeof buf - p));
}
#endif
