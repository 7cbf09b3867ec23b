#include "../internal/stdio_impl.h"

/*
 * Returns the count, or -1 when any byte could not be written (errno from
 * the failed write): the standard asks for a negative value on an output
 * error, not the count of bytes that made it.
 */
int vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap)
{
	struct __minrt_out o;
	unsigned char err = f->flags & F_ERR;
	int r;

	f->flags &= ~F_ERR;
	o.put = __minrt_out_file;
	o.f = f;
	r = __minrt_vfmt(&o, fmt, ap);
	if (__minrt_fend(f) || (f->flags & F_ERR))
		r = -1;
	f->flags |= err;
	return r;
}
