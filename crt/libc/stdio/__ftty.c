#include "../internal/stdio_impl.h"

void __minrt_ftty(FILE *f)
{
	f->flags &= ~F_TTY;
	if (__minrt_isatty(f->fd))
		f->mode = _IOLBF;
}
