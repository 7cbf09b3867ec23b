/* labs: |n| (undefined for the most negative value, as the standard says). */
#include <stdlib.h>

long labs(long n)
{
	return n < 0 ? -n : n;
}
