/* getrandom(2) for code built against a libc: bytes filled, or -1 and errno. */
#ifdef __linux__
#include "minrt.h"
#include "../internal/syscall_ret.h"

long getrandom(void *buf, size_t len, unsigned flags)
{
	return __minrt_syscall_ret(minrt_sys_getrandom(buf, len, flags));
}
#endif
