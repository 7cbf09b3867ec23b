#include "minrt.h"
#include "syscall.h"

long minrt_read(int fd, void *buf, size_t len)
{
	return minrt_sys_read(fd, buf, len);
}
