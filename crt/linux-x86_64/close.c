#include "minrt.h"

long minrt_close(int fd)
{
	return minrt_sys_close(fd);
}
