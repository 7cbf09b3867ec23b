/*
 * strerror_r under the name glibc gives its POSIX variant (returning an
 * int, not a char *): the Rust libc crate links strerror_r to it on
 * linux-gnu, and getrandom's Error formats with it. The message is
 * strerror's, truncated to fit: ERANGE then, as POSIX asks.
 */
#ifdef __linux__
#include <errno.h>
#include <string.h>

int __xpg_strerror_r(int e, char *buf, size_t len)
{
	const char *s = strerror(e);
	size_t n = strlen(s);

	if (!len)
		return ERANGE;
	if (n >= len) {
		memcpy(buf, s, len - 1);
		buf[len - 1] = 0;
		return ERANGE;
	}
	memcpy(buf, s, n + 1);
	return 0;
}
#endif
