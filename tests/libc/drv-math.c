/*
 * Differential driver: the small math.h. Special values (zeros, infinities,
 * NaN, subnormals, the largest finite), values at and near integers and
 * halves, and random bit patterns; every result's bits, so a wrong sign
 * of zero shows. Any NaN prints as "nan": its sign and payload are not
 * specified. See drv.h.
 *   drv-math [-v] [ROUNDS]
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "drv.h"

static uint64_t bits(double x)
{
	uint64_t u;

	memcpy(&u, &x, sizeof u);
	return u;
}

static double from(uint64_t u)
{
	double x;

	memcpy(&x, &u, sizeof x);
	return x;
}

static void val(const char *name, double x)
{
	drv_str(" ");
	drv_str(name);
	drv_str("=");
	if (isnan(x))
		drv_str("nan");
	else
		drv_hex(bits(x));
}

static void one(double x, double y)
{
	drv_case_begin();
	val("x", x);
	val("y", y);
	val("fabs", fabs(x));
	val("floor", floor(x));
	val("ceil", ceil(x));
	val("trunc", trunc(x));
	val("round", round(x));
	val("sqrt", sqrt(x));
	val("fmod", fmod(x, y));
	drv_str(" class=");
	drv_u64(!!isnan(x));
	drv_u64(!!isinf(x));
	drv_u64(!!signbit(x));
	drv_u64(!!isfinite(x));
	drv_case_end();
}

/* A double from a random sign, an exponent near `e` and a random fraction. */
static double near(int e)
{
	uint64_t u = drv_rand() & ((1ULL << 52) - 1);
	int ex = e + (int)drv_below(9) - 4;

	if (ex < 0)
		ex = 0;
	if (ex > 2046)
		ex = 2046;
	return from((drv_rand() & 1) << 63 | (uint64_t)ex << 52 | u);
}

int main(int argc, char **argv)
{
	int v = drv_init(argc, argv);
	long rounds = argc > 1 + v ? strtol(argv[1 + v], NULL, 10) : 20000, i;
	static const double special[] = {
		0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
		-0.49999999999999994, 4503599627370495.5, 4503599627370496.0, 9007199254740991.0,
		1e300, -1e300, 1e-300, 4.9406564584124654e-324, -4.9406564584124654e-324,
		2.2250738585072009e-308, 2.2250738585072014e-308, 1.7976931348623157e308,
		3.0, 10.0, 0.1, 0.3, 7.25, -7.25, 123456.789, 2.0, 4.0, 1e22,
	};
	size_t n = sizeof special / sizeof special[0], a, b;

	for (a = 0; a < n + 3; a++)
		for (b = 0; b < n + 3; b++) {
			/* The last three: inf, -inf, NaN. */
			double x = a < n ? special[a] : a == n ? HUGE_VAL : a == n + 1 ? -HUGE_VAL : NAN;
			double y = b < n ? special[b] : b == n ? HUGE_VAL : b == n + 1 ? -HUGE_VAL : NAN;
			one(x, y);
		}
	drv_group("math special");
	for (i = 0; i < rounds; i++) {
		/* Mostly near 2^0 to 2^60, where rounding happens; some anywhere. */
		int ex = drv_below(4) ? 1023 + (int)drv_below(60) : (int)drv_below(2047);
		int ey = drv_below(2) ? ex - (int)drv_below(60) : (int)drv_below(2047);
		/* In sequence: argument evaluation order differs between compilers. */
		double x = near(ex), y = near(ey);

		one(x, y);
	}
	drv_group("math random");
	drv_flush();
	return 0;
}
