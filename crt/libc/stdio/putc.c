#include "../internal/stdio_impl.h"

int putc(int c, FILE *f)
{
	return fputc(c, f);
}
