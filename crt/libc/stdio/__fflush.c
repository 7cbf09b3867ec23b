#include <errno.h>
#include "minrt.h"
#include "../internal/stdio_impl.h"

int __minrt_fflush(FILE *f)
{
	unsigned done = 0;

	f->flags &= ~F_NL;
	while (done < f->pos) {
		long r = minrt_write(f->fd, f->buf + done, f->pos - done);

		if (r <= 0) {
			/* Drop what cannot be written, as musl does: keeping it
			 * would make every later call fail again. */
			f->pos = 0;
			f->flags |= F_ERR;
			errno = r < 0 ? (int)-r : EIO;
			return EOF;
		}
		done += (unsigned)r;
	}
	f->pos = 0;
	return 0;
}
