/* ceil: the smallest integral value not below x (ceil(-0.5) is -0.0). */
#include <math.h>

double ceil(double x)
{
	double t = trunc(x);

	return t < x ? t + 1 : t;
}
