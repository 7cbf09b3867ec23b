/* The FILE output of the formatting core (printf, fprintf). */
#include "../internal/stdio_impl.h"

void __minrt_out_file(struct __minrt_out *o, const char *s, size_t n)
{
	o->count += n;
	__minrt_fwrite(s, n, o->f);
}
