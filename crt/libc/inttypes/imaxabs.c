/* imaxabs: |n| (undefined for INTMAX_MIN, as for abs). */
#include <inttypes.h>

intmax_t imaxabs(intmax_t n)
{
	return n < 0 ? -n : n;
}
