#include "../internal/stdio_impl.h"

size_t fwrite(const void *__restrict p, size_t size, size_t n, FILE *__restrict f)
{
	size_t len = size * n, done;

	if (!size || !n)
		return 0;
	done = __minrt_fwrite(p, len, f);
	/* A flush error at the end of the call: the bytes were accepted but
	 * did not all go out; count only the ones before the buffer. */
	if (__minrt_fend(f) && done == len)
		done = 0;
	return done / size;
}
