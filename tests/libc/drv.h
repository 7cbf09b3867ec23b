/*
 * drv.h - what the differential drivers (drv-*.c) share. Each driver is
 * compiled three ways on the host (minrt, glibc, musl-gcc) and for minrt
 * on Windows and Cortex-M; every build must print the same bytes.
 *
 * Output goes through a buffer and one write function, minrt_write or
 * POSIX write: no stdio, whose own correctness is tested elsewhere.
 * Bulk cases are folded into an FNV-1a hash per group (small output, fast
 * under QEMU); `-v` as the first argument prints every case instead, to
 * find the first difference when two builds disagree.
 * Cases come from a fixed-seed xorshift generator: the same everywhere.
 */
#ifndef DRV_H
#define DRV_H

#include <stddef.h>
#include <stdint.h>

#ifdef DRV_MINRT	/* set by mk/libc.mk for the minrt builds */
#include "minrt.h"
#define drv_sys_write(p, n) minrt_write(1, p, n)
#else
#include <unistd.h>
#define drv_sys_write(p, n) write(1, p, n)
#endif

static char drv_buf[1024];
static size_t drv_len;
static __attribute__((unused)) int drv_verbose;
static __attribute__((unused)) uint64_t drv_hash = 14695981039346656037ULL, drv_cases;

static __attribute__((unused)) void drv_flush(void)
{
	size_t off = 0;
	long n;

	while (off < drv_len && (n = (long)drv_sys_write(drv_buf + off, drv_len - off)) > 0)
		off += (size_t)n;
	drv_len = 0;
}

static __attribute__((unused)) void drv_emit(const char *s, size_t n)
{
	while (n--) {
		if (drv_len == sizeof drv_buf)
			drv_flush();
		drv_buf[drv_len++] = *s++;
	}
}

/*
 * A case's result is text built between drv_case_begin and drv_case_end:
 * printed as a line with -v, else folded into the group's hash. Outside
 * a case, text goes straight to the output.
 */
static char drv_case_buf[1024];
static size_t drv_case_len;
static __attribute__((unused)) int drv_in_case;

static __attribute__((unused)) void drv_bytes(const char *s, size_t n)
{
	if (!drv_in_case) {
		drv_emit(s, n);
		return;
	}
	while (n-- && drv_case_len < sizeof drv_case_buf)
		drv_case_buf[drv_case_len++] = *s++;
}

static __attribute__((unused)) void drv_str(const char *s)
{
	while (*s)
		drv_bytes(s++, 1);
}

static __attribute__((unused)) void drv_u64(uint64_t v)
{
	char b[24], *p = b + sizeof b;

	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	drv_bytes(p, (size_t)(b + sizeof b - p));
}

static __attribute__((unused)) void drv_i64(int64_t v)
{
	if (v < 0) {
		drv_str("-");
		drv_u64(-(uint64_t)v);
	} else {
		drv_u64((uint64_t)v);
	}
}

static __attribute__((unused)) void drv_hex(uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	char b[16];
	int i;

	for (i = 15; i >= 0; i--, v >>= 4)
		b[i] = digits[v & 15];
	drv_bytes(b, 16);
}

/* A string with bytes outside printable ASCII as \xNN. */
static __attribute__((unused)) void drv_quoted(const char *s, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	char e[4] = { '\\', 'x' };
	unsigned char c;

	drv_str("\"");
	while (n--) {
		c = (unsigned char)*s++;
		if (c >= 32 && c < 127 && c != '"' && c != '\\') {
			drv_bytes((const char *)&c, 1);
		} else {
			e[2] = digits[c >> 4];
			e[3] = digits[c & 15];
			drv_bytes(e, 4);
		}
	}
	drv_str("\"");
}

static __attribute__((unused)) void drv_case_begin(void)
{
	drv_in_case = 1;
	drv_case_len = 0;
}

static __attribute__((unused)) void drv_case_end(void)
{
	size_t i;

	drv_in_case = 0;
	drv_cases++;
	if (drv_verbose) {
		drv_emit(drv_case_buf, drv_case_len);
		drv_emit("\n", 1);
	}
	for (i = 0; i < drv_case_len; i++)
		drv_hash = (drv_hash ^ (unsigned char)drv_case_buf[i]) * 1099511628211ULL;
	drv_hash = (drv_hash ^ '\n') * 1099511628211ULL;
}

/* Ends a group: its case count and hash (without -v). */
static __attribute__((unused)) void drv_group(const char *name)
{
	drv_str(name);
	drv_str(": ");
	drv_u64(drv_cases);
	drv_str(" cases");
	if (!drv_verbose) {
		drv_str(", hash ");
		drv_hex(drv_hash);
	}
	drv_str("\n");
	drv_hash = 14695981039346656037ULL;
	drv_cases = 0;
}

static __attribute__((unused)) uint64_t drv_rng = 0x9e3779b97f4a7c15ULL;

static __attribute__((unused)) uint64_t drv_rand(void)
{
	drv_rng ^= drv_rng << 13;
	drv_rng ^= drv_rng >> 7;
	drv_rng ^= drv_rng << 17;
	return drv_rng;
}

/* A number in [0, n). */
static __attribute__((unused)) unsigned drv_below(unsigned n)
{
	return (unsigned)(drv_rand() % n);
}

static __attribute__((unused)) int drv_init(int argc, char **argv)
{
	drv_verbose = argc > 1 && argv[1][0] == '-' && argv[1][1] == 'v';
	return drv_verbose;
}

#endif
