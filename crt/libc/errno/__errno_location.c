/*
 * __errno_location: glibc's name for errno's address. The Rust libc crate
 * (and code compiled against glibc's headers) reads errno through it.
 */
#include <errno.h>

int *__errno_location(void)
{
	return &errno;
}
