/*
 * bench workload: formatting throughput. argv[1] thousand records, each
 * formatted with snprintf as a log line would be (integers, a string, hex,
 * fixed and shortest floating point, an exponent); prints a checksum of
 * every byte produced so that the three builds must agree.
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	long n = 300, i;
	unsigned long long sum = 0;
	unsigned long long x = 88172645463325252ull;
	char buf[256];

	if (argc > 1)	/* not atol: only stdio and strtod are measured */
		for (n = 0; *argv[1] >= '0' && *argv[1] <= '9'; argv[1]++)
			n = n * 10 + (*argv[1] - '0');
	n *= 1000;

	for (i = 0; i < n; i++) {
		int len, k;
		double d;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		d = (double)(x >> 11) / 9007199254740992.0 * 1e6;
		len = snprintf(buf, sizeof buf, "%ld %-8s %08x %.2f %g %.6e %lld|", i, "req", (unsigned)x,
			       d, d / 1000, d * 1e-300, (long long)(x >> 3));
		for (k = 0; k < len; k++)
			sum = sum * 31 + (unsigned char)buf[k];
	}
	printf("%llu\n", sum);
	return 0;
}
