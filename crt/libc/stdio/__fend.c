#include "../internal/stdio_impl.h"

int __minrt_fend(FILE *f)
{
	if (f->mode == _IONBF || (f->mode == _IOLBF && (f->flags & F_NL)))
		return __minrt_fflush(f);
	return 0;
}
