/* munmap(2) for code built against a libc: -1 and errno on failure. */
#ifdef __linux__
#include "minrt.h"
#include "../internal/syscall_ret.h"

int munmap(void *addr, size_t len)
{
	return (int)__minrt_syscall_ret(minrt_sys_munmap(addr, len));
}
#endif
