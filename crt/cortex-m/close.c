#include "minrt.h"
#include "semihost.h"

long minrt_close(int fd)
{
	if (fd < 3 || __minrt_semihost(SYS_CLOSE, fd - 2, 0, 0))
		return -9; /* EBADF */
	return 0;
}
