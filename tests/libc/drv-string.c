/*
 * Differential driver: string.h and strings.h. Random short strings over
 * a small alphabet (so that searches hit), with bytes above 127 (signed
 * char traps) and case pairs; every function's result as an offset, a
 * sign or the bytes it wrote (padding included). See drv.h.
 *   drv-string [-v] [ROUNDS]
 */
#include <string.h>
#include <strings.h>
#include <stdlib.h>
#include "drv.h"

static const char alphabet[] = "abcaAB-,\x80\xff";

static size_t rand_str(char *s, size_t max)
{
	size_t n = drv_below((unsigned)max + 1), i;

	for (i = 0; i < n; i++)
		s[i] = alphabet[drv_below(sizeof alphabet - 1)];
	s[n] = 0;
	return n;
}

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

/* An offset into s, or -1 for NULL. */
static void off(const char *name, const void *p, const void *s)
{
	drv_str(" ");
	drv_str(name);
	drv_str("=");
	drv_i64(p ? (const char *)p - (const char *)s : -1);
}

static void num(const char *name, int64_t v)
{
	drv_str(" ");
	drv_str(name);
	drv_str("=");
	drv_i64(v);
}

static void search_case(void)
{
	char s[48], t[8];
	size_t n = rand_str(s, 40), k = drv_below(48);
	int c = (unsigned char)alphabet[drv_below(sizeof alphabet)]; /* 0 too */

	rand_str(t, 3);
	drv_case_begin();
	drv_quoted(s, n);
	drv_str(" c=");
	drv_u64((unsigned)c);
	drv_str(" t=");
	drv_quoted(t, strlen(t));
	num("k", (int64_t)k);
	num("strlen", (int64_t)strlen(s));
	num("strnlen", (int64_t)strnlen(s, k));
	off("memchr", memchr(s, c, k < n + 1 ? k : n + 1), s);
	off("memrchr", memrchr(s, c, k < n + 1 ? k : n + 1), s);
	off("strchr", strchr(s, c), s);
	off("strrchr", strrchr(s, c), s);
	off("strstr", strstr(s, t), s);
	num("strspn", (int64_t)strspn(s, t));
	num("strcspn", (int64_t)strcspn(s, t));
	off("strpbrk", strpbrk(s, t), s);
	drv_case_end();
}

static void compare_case(void)
{
	char a[24], b[24];
	size_t k = drv_below(24);

	/* memcmp below reads past the NULs: make those bytes defined. */
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	rand_str(a, 20);
	/* Half the time b starts as a copy of a, so long common prefixes occur. */
	if (drv_below(2)) {
		strcpy(b, a);
		if (b[0] && drv_below(2)) {
			size_t at = drv_below((unsigned)strlen(b));

			b[at] = alphabet[drv_below(sizeof alphabet - 1)];
		}
	} else {
		rand_str(b, 20);
	}
	drv_case_begin();
	drv_quoted(a, strlen(a));
	drv_quoted(b, strlen(b));
	num("k", (int64_t)k);
	num("strcmp", sign(strcmp(a, b)));
	num("strncmp", sign(strncmp(a, b, k)));
	num("strcasecmp", sign(strcasecmp(a, b)));
	num("strncasecmp", sign(strncasecmp(a, b, k)));
	num("memcmp", sign(memcmp(a, b, k < 21 ? k : 21)));
	num("strcoll", sign(strcoll(a, b)));
	drv_case_end();
}

/* The whole destination buffer after a copy, so stray writes show. */
static void dump(const char *name, const char *buf, size_t n, const char *ret)
{
	drv_str(" ");
	drv_str(name);
	off("ret", ret, buf);
	drv_str(" ");
	drv_quoted(buf, n);
}

static void copy_case(void)
{
	char src[24], dst[64], *r;
	size_t n = rand_str(src, 20), k = drv_below(26), d;

	drv_case_begin();
	drv_quoted(src, n);
	num("k", (int64_t)k);
	memset(dst, '#', sizeof dst);
	r = strcpy(dst, src);
	dump("strcpy", dst, 32, r);
	memset(dst, '#', sizeof dst);
	r = stpcpy(dst, src);
	dump("stpcpy", dst, 32, r);
	memset(dst, '#', sizeof dst);
	r = strncpy(dst, src, k);
	dump("strncpy", dst, 32, r);
	memset(dst, '#', sizeof dst);
	d = drv_below(8);
	memcpy(dst, "xyzxyzxy", d);
	dst[d] = 0;
	r = strcat(dst, src);
	dump("strcat", dst, 40, r);
	memset(dst + d, '#', sizeof dst - d);
	dst[d] = 0;
	r = strncat(dst, src, k);
	dump("strncat", dst, 40, r);
	r = strdup(src);
	drv_str(" strdup ");
	drv_quoted(r, strlen(r) + 1);
	free(r);
	r = strndup(src, k);
	drv_str(" strndup ");
	drv_quoted(r, strlen(r) + 1);
	free(r);
	drv_case_end();
}

static void token_case(void)
{
	char s[48], delim[4], *save, *tok;
	size_t n = rand_str(s, 40);

	rand_str(delim, 2);
	drv_case_begin();
	drv_quoted(s, n);
	drv_quoted(delim, strlen(delim));
	for (tok = strtok_r(s, delim, &save); tok; tok = strtok_r(NULL, delim, &save)) {
		off(" tok", tok, s);
		drv_quoted(tok, strlen(tok));
	}
	drv_case_end();
}

int main(int argc, char **argv)
{
	int v = drv_init(argc, argv);
	long rounds = argc > 1 + v ? strtol(argv[1 + v], NULL, 10) : 3000, i;

	for (i = 0; i < rounds; i++)
		search_case();
	drv_group("search");
	for (i = 0; i < rounds; i++)
		compare_case();
	drv_group("compare");
	for (i = 0; i < rounds; i++)
		copy_case();
	drv_group("copy");
	for (i = 0; i < rounds; i++)
		token_case();
	drv_group("strtok_r");
	drv_flush();
	return 0;
}
