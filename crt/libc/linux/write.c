/* write(2) for code built against a libc: -1 and errno on failure. */
#ifdef __linux__
#include "minrt.h"
#include "../internal/syscall_ret.h"

long write(int fd, const void *buf, size_t len)
{
	return __minrt_syscall_ret(minrt_sys_write(fd, buf, len));
}
#endif
