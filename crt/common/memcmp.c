/*
 * memcmp, and bcmp on top of it: bcmp only promises zero or non-zero,
 * which memcmp's answer also is, and LLVM emits bcmp calls for equality
 * tests (Rust slices' ==), so both names must exist. bcmp is a function,
 * not an alias, so the unit tests can rename both; it compiles to a jump.
 */
#include <stddef.h>

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *x = a, *y = b;

	for (; n; n--, x++, y++)
		if (*x != *y)
			return *x - *y;
	return 0;
}

int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n);
}
