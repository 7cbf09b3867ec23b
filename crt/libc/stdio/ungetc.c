#include "../internal/stdio_impl.h"

/*
 * One byte of pushback is guaranteed, as the standard asks: after any read
 * pos is past at least one byte, and at the start of the stream (nothing
 * read yet) the byte goes into an empty buffer.
 */
int ungetc(int c, FILE *f)
{
	if (c == EOF)
		return EOF;
	if (!f->pos) {
		if (f->end)
			return EOF;
		f->end = 1;
		f->pos = 1;
	}
	f->buf[--f->pos] = (unsigned char)c;
	f->flags &= ~F_EOF;
	return (unsigned char)c;
}
