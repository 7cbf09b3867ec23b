#include "../internal/stdio_impl.h"

int fgetc(FILE *f)
{
	if (f->pos == f->end && !__minrt_frefill(f))
		return EOF;
	return f->buf[f->pos++];
}
