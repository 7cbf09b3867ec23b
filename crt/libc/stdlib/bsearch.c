/*
 * bsearch: an element of the sorted array base[0..n) that cmp finds equal
 * to key, or NULL. Which one, when several are equal, is unspecified.
 */
#include <stdlib.h>

void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *))
{
	const char *lo = base;
	const char *mid;
	int c;

	while (n) {
		mid = lo + n / 2 * size;
		c = cmp(key, mid);
		if (!c)
			return (void *)mid;
		if (c > 0) {
			lo = mid + size;
			n -= n / 2 + 1;
		} else {
			n /= 2;
		}
	}
	return NULL;
}
