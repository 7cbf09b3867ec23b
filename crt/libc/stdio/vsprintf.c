#include <stdint.h>
#include "../internal/stdio_impl.h"

/* No limit but the end of the address space: the caller vouched for room. */
int vsprintf(char *__restrict buf, const char *__restrict fmt, va_list ap)
{
	return vsnprintf(buf, (size_t)(UINTPTR_MAX - (uintptr_t)buf), fmt, ap);
}
