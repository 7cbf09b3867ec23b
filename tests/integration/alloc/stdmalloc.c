/*
 * The opt-in standard names (libminrt-stdmalloc.a) in a minrt program:
 * each does what minrt_* does. Prints "stdmalloc ok" or what failed.
 */
#include "minrt.h"

void *malloc(size_t len);
void free(void *p);
void *calloc(size_t n, size_t len);
void *realloc(void *p, size_t len);
void *aligned_alloc(size_t align, size_t len);
int posix_memalign(void **out, size_t align, size_t len);

static int fail(const char *what)
{
	minrt_puts(1, what);
	minrt_puts(1, " failed\n");
	return 1;
}

int main(void)
{
	unsigned char *p = malloc(100), *q;
	void *r = 0;

	if (!p || (uintptr_t)p % 16)
		return fail("malloc");
	memset(p, 7, 100);
	if (!(p = realloc(p, 100000)) || p[99] != 7)
		return fail("realloc");
	if (!(q = calloc(1000, 10)) || q[9999])
		return fail("calloc");
	free(q);
	free(p);
	free(0);
	if (!(p = aligned_alloc(256, 10)) || (uintptr_t)p % 256)
		return fail("aligned_alloc");
	free(p);
	if (posix_memalign(&r, 4096, 10) || (uintptr_t)r % 4096)
		return fail("posix_memalign");
	free(r);
	if (posix_memalign(&r, 12, 10) != 22 || calloc((size_t)-1, 2))
		return fail("bad arguments");
	minrt_puts(1, "stdmalloc ok\n");
	return 0;
}
