/* mmap(2) for code built against a libc: MAP_FAILED ((void *)-1) and errno on failure. */
#ifdef __linux__
#include "minrt.h"
#include "../internal/syscall_ret.h"

void *mmap(void *addr, size_t len, int prot, int flags, int fd, long off)
{
	return (void *)__minrt_syscall_ret(minrt_sys_mmap(addr, len, prot, flags, fd, off));
}
#endif
