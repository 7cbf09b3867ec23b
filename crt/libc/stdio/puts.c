#include <string.h>
#include "../internal/stdio_impl.h"

int puts(const char *s)
{
	size_t n = strlen(s);

	if (__minrt_fwrite(s, n, stdout) != n || __minrt_fwrite("\n", 1, stdout) != 1 ||
	    __minrt_fend(stdout))
		return EOF;
	return n < 0x7fffffff ? (int)n + 1 : 0x7fffffff;	/* glibc's value */
}
