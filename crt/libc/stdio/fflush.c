#include "../internal/stdio_impl.h"

/* fflush(NULL) flushes every output stream: stdout is the only buffered one. */
int fflush(FILE *f)
{
	return __minrt_fflush(f ? f : stdout);
}
