/*
 * Differential driver: strtol & co. Inputs assembled from the pieces the
 * standard's grammar has (white space, sign, 0x/0X/0 prefix, digits of
 * various bases, junk after) plus lengths that overflow every type, in
 * bases 0, 2-36 and invalid ones; for each, every function's value,
 * endptr offset and errno. See drv.h.
 *
 * `long` is 64 bits on Linux, 32 on Windows and Cortex-M. So that all
 * targets print the same text, strtol/strtoul/atol results are printed
 * only when strtoll/strtoull say the value fits 32 bits; strtoll, strtoull,
 * strtoimax and strtoumax (64 bits everywhere) always.
 *   drv-strtol [-v] [ROUNDS]
 */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include "drv.h"

static const char *const spaces[] = { "", "", "", " ", "\t\n\v\f\r ", "  " };
static const char *const signs[] = { "", "", "-", "+", "--", "+-" };
static const char *const prefixes[] = { "", "", "", "0", "0x", "0X", "00x", "0x0", "0b" };
static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char *const tails[] = { "", "", " ", "g", "z!", "\xff", ".5" };

#define PICK(a) a[drv_below(sizeof a / sizeof a[0])]

static size_t build(char *s)
{
	size_t n = 0, k, i;
	const char *parts[3];

	parts[0] = PICK(spaces);
	parts[1] = PICK(signs);
	parts[2] = PICK(prefixes);
	for (i = 0; i < 3; i++) {
		strcpy(s + n, parts[i]);
		n += strlen(parts[i]);
	}
	/* Short numbers mostly; up to 70 digits, past every type's range. */
	k = drv_below(4) ? drv_below(12) : drv_below(70);
	for (i = 0; i < k; i++)
		s[n++] = drv_below(3) ? digits[drv_below(10)] : digits[drv_below(sizeof digits - 1)];
	strcpy(s + n, PICK(tails));
	return n + strlen(s + n);
}

/* With no number (end == s), POSIX lets errno be EINVAL (musl sets it,
 * glibc and minrt do not): that case prints as 0. */
static void result(const char *name, const char *s, const char *end, int err, int is_signed, uint64_t v)
{
	if (end == s && err == EINVAL)
		err = 0;
	drv_str(" ");
	drv_str(name);
	drv_str("=");
	if (is_signed)
		drv_i64((int64_t)v);
	else
		drv_u64(v);
	drv_str(",");
	drv_i64(end - s);
	drv_str(",");
	drv_str(err == ERANGE ? "ERANGE" : err == EINVAL ? "EINVAL" : err ? "other" : "0");
}

static void one(const char *s, size_t n, int base)
{
	char *end;
	long long ll;
	unsigned long long ull;
	uint64_t v;
	int ell, eull;

	drv_case_begin();
	drv_quoted(s, n);
	drv_str(" base ");
	drv_i64(base);

	/* An invalid base: C leaves it undefined, and glibc and musl differ
	 * on endptr; the value 0 and EINVAL are common ground. */
	if (base == 1 || base > 36) {
		errno = 0;
		ll = strtoll(s, NULL, base);
		drv_str(" strtoll=");
		drv_i64(ll);
		drv_str(errno == EINVAL ? ",EINVAL" : ",other");
		drv_case_end();
		return;
	}
	errno = 0;
	ll = strtoll(s, &end, base);
	ell = end == s && errno == EINVAL ? 0 : errno;
	result("strtoll", s, end, ell, 1, (uint64_t)ll);
	errno = 0;
	ull = strtoull(s, &end, base);
	eull = end == s && errno == EINVAL ? 0 : errno;
	result("strtoull", s, end, eull, 0, ull);
	errno = 0;
	v = (uint64_t)strtoimax(s, &end, base);
	result("strtoimax", s, end, errno, 1, v);
	errno = 0;
	v = (uint64_t)strtoumax(s, &end, base);
	result("strtoumax", s, end, errno, 0, v);
	if (!ell && ll >= INT32_MIN && ll <= INT32_MAX) {
		errno = 0;
		v = (uint64_t)(int64_t)strtol(s, &end, base);
		result("strtol", s, end, errno, 1, v);
		if (base == 10) {
			drv_str(" atoi=");
			drv_i64(atoi(s));
			drv_str(" atol=");
			drv_i64(atol(s));
			drv_str(" atoll=");
			drv_i64(atoll(s));
		}
	}
	/* strtoul of a negative number wraps in the type: 32-bit safe only
	 * for a non-negative value that fits. */
	if (!eull && ull <= UINT32_MAX && !strchr(s, '-')) {
		errno = 0;
		v = (uint64_t)strtoul(s, &end, base);
		result("strtoul", s, end, errno, 0, v);
	}
	drv_case_end();
}

static const char *const fixed[] = {
	"", "-", "+", " ", "0", "-0", "0x", "0X", "-0x", "0x ", "0xg", "0x1", "00", "08", "0b1",
	"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
	"18446744073709551615", "18446744073709551616", "-18446744073709551615", "-18446744073709551616",
	"2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296",
	"0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000",
	"777777777777777777777", "1777777777777777777777", "2000000000000000000000",
	"zzzzzzzzzzzzz", "3w5e11264sgsf", "3w5e11264sgsg", " \t\n 42abc", "1e10", "12 34",
};

int main(int argc, char **argv)
{
	int v = drv_init(argc, argv);
	long rounds = argc > 1 + v ? strtol(argv[1 + v], NULL, 10) : 20000, i;
	size_t f;
	int base;
	char s[128];

	for (f = 0; f < sizeof fixed / sizeof fixed[0]; f++)
		for (base = 0; base <= 37; base++)
			one(fixed[f], strlen(fixed[f]), base);
	drv_group("strtol fixed");
	for (i = 0; i < rounds; i++) {
		static const int bases[] = { 0, 0, 10, 10, 16, 16, 8, 2, 36 };
		base = drv_below(4) ? bases[drv_below(sizeof bases / sizeof bases[0])] : (int)drv_below(38);
		one(s, build(s), base);
	}
	drv_group("strtol random");
	drv_flush();
	return 0;
}
