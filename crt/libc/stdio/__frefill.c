#include <errno.h>
#include "minrt.h"
#include "../internal/stdio_impl.h"

/*
 * Reading from a terminal should show what was asked first: a line-buffered
 * stdout is flushed before stdin waits, as glibc and musl do.
 */
int __minrt_frefill(FILE *f)
{
	long r;

	if (f->flags & F_EOF)
		return 0;
	if (stdout->mode == _IOLBF)
		__minrt_fflush(stdout);
	r = minrt_read(f->fd, f->buf, f->size);
	if (r <= 0) {
		f->flags |= r ? F_ERR : F_EOF;
		if (r)
			errno = (int)-r;
		return 0;
	}
	f->pos = 0;
	f->end = (unsigned)r;
	return 1;
}
