/* fabs: x with its sign bit cleared (NaN's payload kept). */
#include <math.h>
#include <stdint.h>

double fabs(double x)
{
	union { double d; uint64_t u; } v = { x };

	v.u &= ~0ULL >> 1;
	return v.d;
}
