#include "../internal/stdio_impl.h"

int snprintf(char *__restrict buf, size_t n, const char *__restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	return r;
}
