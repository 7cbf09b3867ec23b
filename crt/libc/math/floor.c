/* floor: the largest integral value not above x (floor(-0.0) is -0.0). */
#include <math.h>

double floor(double x)
{
	double t = trunc(x);

	return t > x ? t - 1 : t;
}
