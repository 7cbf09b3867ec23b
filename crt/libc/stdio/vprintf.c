#include "../internal/stdio_impl.h"

int vprintf(const char *__restrict fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}
