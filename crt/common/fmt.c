/*
 * Number formatting for the printer and for panic messages, without format
 * strings: a program that prints one integer pays for these few loops only.
 */
#include "minrt.h"

/*
 * Digits are produced backwards into the end of a scratch buffer, then
 * moved to the front of buf. A byte loop, not memmove: at most 20 bytes,
 * and a program that prints one number should not pull in memmove.
 */
static size_t emit(char *buf, const char *end, const char *p)
{
	size_t n = (size_t)(end - p);

	while (p < end)
		*buf++ = *p++;
	return n;
}

size_t minrt_fmt_u64(char *buf, uint64_t v)
{
	char tmp[20], *p = tmp + sizeof tmp;

	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	return emit(buf, tmp + sizeof tmp, p);
}

size_t minrt_fmt_i64(char *buf, int64_t v)
{
	/* Negate in unsigned arithmetic: -INT64_MIN does not fit an int64_t. */
	if (v < 0) {
		buf[0] = '-';
		return 1 + minrt_fmt_u64(buf + 1, -(uint64_t)v);
	}
	return minrt_fmt_u64(buf, (uint64_t)v);
}

size_t minrt_fmt_hex(char *buf, uint64_t v)
{
	char tmp[18], *p = tmp + sizeof tmp;

	do
		*--p = "0123456789abcdef"[v & 15];
	while (v >>= 4);
	*--p = 'x';
	*--p = '0';
	return emit(buf, tmp + sizeof tmp, p);
}
