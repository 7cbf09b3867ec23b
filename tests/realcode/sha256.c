/*
 * Real third-party code through minrt: libtomcrypt's SHA-256 (Debian's
 * libtomcrypt source, unmodified) on FIPS 180-2's "abc" test vector.
 * Built by tests/realcode/run.sh, never committed.
 */
#include <tomcrypt.h>
#include "minrt.h"

int main(void)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char digest[32];
	char line[80];
	hash_state md;
	int i;

	sha256_init(&md);
	sha256_process(&md, (const unsigned char *)"abc", 3);
	sha256_done(&md, digest);
	for (i = 0; i < 32; i++) {
		line[2 * i] = hex[digest[i] >> 4];
		line[2 * i + 1] = hex[digest[i] & 15];
	}
	line[64] = 0;
	minrt_puts(1, "sha256(\"abc\") = ");
	minrt_puts(1, line);
	minrt_puts(1, "\n");
	return 0;
}
