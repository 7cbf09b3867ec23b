/*
 * The standard C names of the heap functions, over minrt's allocator, for C
 * code and libraries that call malloc & co. Opt-in: this file is not in
 * libminrt.a but in its own archive, so a program that also links a libc
 * (newlib-nano on Cortex-M, say) keeps that libc's malloc and nothing
 * clashes. To use minrt's heap under these names, link the archive before
 * the runtime:
 *
 *     cc ... main.o -lminrt-stdmalloc -lminrt
 *
 * Each function is its own section, so --gc-sections keeps only those used.
 */
#include "minrt.h"

void *malloc(size_t len)
{
	return minrt_malloc(len);
}

void free(void *p)
{
	minrt_free(p);
}

void *calloc(size_t n, size_t len)
{
	return minrt_calloc(n, len);
}

void *realloc(void *p, size_t len)
{
	return minrt_realloc(p, len);
}

/* C11 asks no more of align than minrt does: a power of two, else NULL. */
void *aligned_alloc(size_t align, size_t len)
{
	return minrt_aligned_alloc(align, len);
}

/* POSIX: align must be a power of two multiple of sizeof(void *). */
int posix_memalign(void **out, size_t align, size_t len)
{
	void *p;

	if (align % sizeof(void *) || align & (align - 1))
		return 22; /* EINVAL */
	if (!(p = minrt_aligned_alloc(align, len)))
		return 12; /* ENOMEM */
	*out = p;
	return 0;
}
