#include "../internal/stdio_impl.h"

int sprintf(char *__restrict buf, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsprintf(buf, fmt, ap);
	va_end(ap);
	return r;
}
