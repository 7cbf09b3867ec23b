/*
 * qsort: heapsort. In place, O(n log n) comparisons in the worst case
 * whatever the input (no quicksort worst case on sorted, reversed or
 * crafted input), no recursion, no allocation. Not stable; the standard
 * does not ask it to be.
 *
 * Bottom-up sift (Wegener): the hole at the root goes down along the
 * larger child to a leaf, then the displaced element climbs back up. An
 * element taken from the heap's end usually belongs near the bottom, so
 * this costs about n log n comparisons where the plain sift costs 2 n log n.
 * musl's smoothsort is adaptive (O(n) on sorted input) but four times the
 * code.
 */
#include <stddef.h>
#include <stdlib.h>

typedef int (*cmp_fn)(const void *, const void *);

/* Word by word when the elements allow it (qsort calls it n log n times). */
static void swap(char *a, char *b, size_t size)
{
	char t;
	long w, *x, *y;

	if (!(size % sizeof(long)) && !(((size_t)a | (size_t)b) % sizeof(long))) {
		for (x = (long *)a, y = (long *)b; size; size -= sizeof(long)) {
			w = *x;
			*x++ = *y;
			*y++ = w;
		}
		return;
	}
	while (size--) {
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

/*
 * Restores the heap property of base[0..n) below index i, where only
 * element i may be out of place.
 */
static void sift(char *base, size_t i, size_t n, size_t size, cmp_fn cmp)
{
	size_t top = i, c;

	/* Down to a leaf along the larger child, moving the hole. */
	while ((c = 2 * i + 1) < n) {
		if (c + 1 < n && cmp(base + c * size, base + (c + 1) * size) < 0)
			c++;
		swap(base + i * size, base + c * size, size);
		i = c;
	}
	/* The element that was at top is at i now: up while its parent is smaller. */
	while (i > top) {
		c = (i - 1) / 2;
		if (cmp(base + c * size, base + i * size) >= 0)
			break;
		swap(base + c * size, base + i * size, size);
		i = c;
	}
}

void qsort(void *base, size_t n, size_t size, cmp_fn cmp)
{
	size_t i;

	if (n < 2 || !size)
		return;
	for (i = n / 2; i-- > 0;)
		sift(base, i, n, size, cmp);
	for (i = n - 1; i > 0; i--) {
		swap(base, (char *)base + i * size, size);
		sift(base, 0, i, size, cmp);
	}
}
