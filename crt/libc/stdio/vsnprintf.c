#include "../internal/stdio_impl.h"

int vsnprintf(char *__restrict buf, size_t n, const char *__restrict fmt, va_list ap)
{
	struct __minrt_out o;
	char dummy;
	int r;

	/* n == 0: nothing is written, not even the NUL; buf may be NULL. */
	if (!n) {
		buf = &dummy;
		n = 1;
	}
	o.put = __minrt_out_str;
	o.p = buf;
	o.lim = buf + n - 1;
	r = __minrt_vfmt(&o, fmt, ap);
	*o.p = 0;
	return r;
}
