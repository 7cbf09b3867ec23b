/* abs: |n| (undefined for the most negative value, as the standard says). */
#include <stdlib.h>

int abs(int n)
{
	return n < 0 ? -n : n;
}
