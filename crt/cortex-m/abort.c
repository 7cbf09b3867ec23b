/* minrt_abort: status 134, what a POSIX shell shows for a SIGABRT death. */
#include "minrt.h"

_Noreturn void minrt_abort(void)
{
	minrt_exit(134);
}
