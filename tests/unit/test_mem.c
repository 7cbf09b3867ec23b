/*
 * The mem functions against byte-by-byte references, for every length
 * 0..300, every source and destination misalignment 0..15, and (memmove)
 * every overlap from one side to the other. They are built renamed
 * (t_memcpy, ...) so the host libc's own stay in use by cmocka.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

void *t_memcpy(void *restrict, const void *restrict, size_t);
void *t_memmove(void *, const void *, size_t);
void *t_memset(void *, int, size_t);
int t_memcmp(const void *, const void *, size_t);
int t_bcmp(const void *, const void *, size_t);
size_t t_strlen(const char *);

#define MAXLEN 300
#define SLACK 64
#define BUF (MAXLEN + 2 * SLACK + 16) /* room for the 15-byte offsets too */

static unsigned char src[BUF], dst[BUF], ref[BUF];

static void pattern(unsigned char *p, size_t n, unsigned seed)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(seed + i * 7 + (i >> 3));
}

static void ref_move(unsigned char *d, const unsigned char *s, size_t n)
{
	unsigned char tmp[BUF];

	for (size_t i = 0; i < n; i++)
		tmp[i] = s[i];
	for (size_t i = 0; i < n; i++)
		d[i] = tmp[i];
}

static int same(const unsigned char *a, const unsigned char *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

static void test_memcpy(void **state)
{
	(void)state;
	for (size_t len = 0; len <= MAXLEN; len++)
		for (size_t so = 0; so < 16; so++)
			for (size_t d = 0; d < 16; d++) {
				pattern(src, BUF, (unsigned)len);
				pattern(dst, BUF, 99);
				pattern(ref, BUF, 99);
				ref_move(ref + SLACK + d, src + so, len);
				assert_ptr_equal(t_memcpy(dst + SLACK + d, src + so, len), dst + SLACK + d);
				if (!same(dst, ref, BUF))
					fail_msg("memcpy len %zu src+%zu dst+%zu", len, so, d);
			}
}

static void test_memmove_overlap(void **state)
{
	(void)state;
	for (size_t len = 0; len <= MAXLEN; len++)
		for (size_t base = 0; base < 16; base++)
			for (int delta = -SLACK; delta <= SLACK; delta++) {
				unsigned char *s = dst + SLACK + base;
				pattern(dst, BUF, (unsigned)len + 3);
				pattern(ref, BUF, (unsigned)len + 3);
				ref_move(ref + SLACK + base + delta, ref + SLACK + base, len);
				assert_ptr_equal(t_memmove(s + delta, s, len), s + delta);
				if (!same(dst, ref, BUF))
					fail_msg("memmove len %zu base %zu delta %d", len, base, delta);
			}
}

static void test_memset(void **state)
{
	(void)state;
	for (size_t len = 0; len <= MAXLEN; len++)
		for (size_t d = 0; d < 16; d++)
			for (int c = 0; c < 0x200; c += 0xa5) {
				pattern(dst, BUF, 5);
				pattern(ref, BUF, 5);
				for (size_t i = 0; i < len; i++)
					ref[SLACK + d + i] = (unsigned char)c;
				assert_ptr_equal(t_memset(dst + SLACK + d, c, len), dst + SLACK + d);
				if (!same(dst, ref, BUF))
					fail_msg("memset len %zu dst+%zu c %d", len, d, c);
			}
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static void test_memcmp(void **state)
{
	(void)state;
	for (size_t len = 0; len <= MAXLEN; len += 1)
		for (size_t a = 0; a < 8; a++)
			for (size_t b = 0; b < 8; b++) {
				pattern(src + a, len, 1);
				pattern(dst + b, len, 1);
				assert_int_equal(t_memcmp(src + a, dst + b, len), 0);
				assert_int_equal(t_bcmp(src + a, dst + b, len), 0);
				if (!len)
					continue;
				/* A difference at each end, both ways: bytes compare unsigned. */
				size_t at = (a + b) % len;
				dst[b + at] = (unsigned char)(src[a + at] + 0x80);
				int want = src[a + at] < dst[b + at] ? -1 : 1;
				assert_int_equal(sign(t_memcmp(src + a, dst + b, len)), want);
				assert_int_equal(sign(t_memcmp(dst + b, src + a, len)), -want);
				assert_int_not_equal(t_bcmp(src + a, dst + b, len), 0);
			}
}

static void test_strlen(void **state)
{
	char s[MAXLEN + 16];

	(void)state;
	for (size_t off = 0; off < 8; off++)
		for (size_t len = 0; len < MAXLEN; len++) {
			for (size_t i = 0; i < len; i++)
				s[off + i] = (char)(0x80 | (i & 0x7f));
			s[off + len] = 0;
			assert_int_equal(t_strlen(s + off), len);
		}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memcpy),
		cmocka_unit_test(test_memmove_overlap),
		cmocka_unit_test(test_memset),
		cmocka_unit_test(test_memcmp),
		cmocka_unit_test(test_strlen),
	};
	return cmocka_run_group_tests_name("mem", tests, NULL, NULL);
}
