#include <string.h>
#include "../internal/stdio_impl.h"

int fputs(const char *__restrict s, FILE *__restrict f)
{
	size_t n = strlen(s);

	if (__minrt_fwrite(s, n, f) != n || __minrt_fend(f))
		return EOF;
	return 1;	/* any non-negative value; glibc's */
}
