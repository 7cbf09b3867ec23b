#include "../internal/stdio_impl.h"

int fputc(int c, FILE *f)
{
	unsigned char b = (unsigned char)c;

	if (__minrt_fwrite(&b, 1, f) != 1 || __minrt_fend(f))
		return EOF;
	return b;
}
