#include "../internal/stdio_impl.h"

/*
 * Changes the mode, and the buffer when one is given (of at least 2 bytes);
 * as the standard asks, before any other operation on the stream.
 */
int setvbuf(FILE *__restrict f, char *__restrict buf, int mode, size_t size)
{
	if ((unsigned)mode > _IONBF || f->pos)
		return -1;
	f->mode = (unsigned char)mode;
	f->flags &= ~F_TTY;
	if (buf && size >= 2) {
		f->buf = (unsigned char *)buf;
		f->size = size > 0x7fffffff ? 0x7fffffff : (unsigned)size;
	}
	return 0;
}
