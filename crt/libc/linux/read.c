/* read(2) for code built against a libc: -1 and errno on failure. Linux only
 * (this area is empty on other targets, which have no such ABI to honour). */
#ifdef __linux__
#include "minrt.h"
#include "../internal/syscall_ret.h"

long read(int fd, void *buf, size_t len)
{
	return __minrt_syscall_ret(minrt_sys_read(fd, buf, len));
}
#endif
