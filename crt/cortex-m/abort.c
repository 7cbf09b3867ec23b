/* minrt_abort: status 134, what a POSIX shell shows for a SIGABRT death. */
#include "minrt.h"

_Noreturn void minrt_abort(void)
{
	minrt_exit(134);
}

/* C code (and compilers' __builtin_trap fallbacks) call abort by that name. */
_Noreturn void abort(void) __attribute__((weak, alias("minrt_abort")));
