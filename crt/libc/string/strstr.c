/*
 * strstr: the first occurrence of needle in haystack; haystack itself for
 * an empty needle. The plain quadratic search: O(n*m) in the worst case,
 * which the C parsers this library serves never approach (musl's
 * Two-Way search is linear, and ten times the size).
 */
#include <string.h>

char *strstr(const char *haystack, const char *needle)
{
	size_t i;

	for (;; haystack++) {
		for (i = 0; needle[i] && haystack[i] == needle[i]; i++)
			;
		if (!needle[i])
			return (char *)haystack;
		if (!haystack[i])
			return NULL;
	}
}
