#include "../internal/stdio_impl.h"

/* exit()'s last flush: stdout is the one stream that keeps bytes between
 * calls (stderr flushes at the end of each, stdin has nothing to write). */
void __minrt_stdio_exit(void)
{
	__minrt_fflush(stdout);
}
