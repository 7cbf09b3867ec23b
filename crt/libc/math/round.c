/*
 * round: the nearest integral value, halfway cases away from zero.
 * x - trunc(x) is exact (both share x's exponent and sign), so comparing
 * it with 0.5 decides; the sign of a zero result follows x's.
 */
#include <math.h>

double round(double x)
{
	double t = trunc(x);

	if (x - t >= 0.5)
		return t + 1;
	if (t - x >= 0.5)
		return t - 1;
	return t;
}
