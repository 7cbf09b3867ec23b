/*
 * bench workload: decimal to double. argv[1] thousand numbers, a mix of
 * what parsers meet: short decimals ("123.456"), integers, and 17-digit
 * round-trip strings of random doubles (the hard case); each is formatted
 * once, then parsed 4 times. Prints a checksum of the bits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
	long n = 200, i;
	unsigned long long sum = 0, x = 88172645463325252ull;
	char buf[64];

	if (argc > 1)	/* not atol: only stdio and strtod are measured */
		for (n = 0; *argv[1] >= '0' && *argv[1] <= '9'; argv[1]++)
			n = n * 10 + (*argv[1] - '0');
	n *= 1000;

	for (i = 0; i < n; i++) {
		double d;
		int r;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		switch (i % 3) {
		case 0:
			snprintf(buf, sizeof buf, "%.3f", (double)(x % 100000000) / 1000);
			break;
		case 1:
			snprintf(buf, sizeof buf, "%lld", (long long)(x >> 20));
			break;
		default: {
			double v;
			unsigned long long b = (x & 0x800fffffffffffffull) | (unsigned long long)(1023 - 300 + x % 600) << 52;

			memcpy(&v, &b, sizeof v);
			snprintf(buf, sizeof buf, "%.17g", v);
		}
		}
		for (r = 0; r < 4; r++) {
			unsigned long long bits;

			d = strtod(buf, 0);
			memcpy(&bits, &d, sizeof bits);
			sum += bits ^ (unsigned long long)r;
		}
	}
	printf("%llu\n", sum);
	return 0;
}
