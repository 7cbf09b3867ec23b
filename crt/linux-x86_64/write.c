#include "minrt.h"
#include "syscall.h"

long minrt_write(int fd, const void *buf, size_t len)
{
	return minrt_sys_write(fd, buf, len);
}
