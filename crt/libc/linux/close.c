/* close(2) for code built against a libc: -1 and errno on failure. */
#ifdef __linux__
#include "minrt.h"
#include "../internal/syscall_ret.h"

int close(int fd)
{
	return (int)__minrt_syscall_ret(minrt_sys_close(fd));
}
#endif
