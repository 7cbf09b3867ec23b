/*
 * The integer-only stand-in for __minrt_printf_fp, linked instead of
 * fmt_fp.c by -Wl,--defsym=__minrt_printf_fp=__minrt_printf_nofp: the
 * double is consumed (vfmt fetched it) and the conversion is printed as it
 * was written, as glibc prints a conversion it does not know. Nothing wrong
 * is printed silently: "%5.2f" shows up as "%5.2f".
 */
#include "../internal/stdio_impl.h"

void __minrt_printf_nofp(struct __minrt_out *o, double v, const struct __minrt_spec *sp)
{
	(void)v;
	o->put(o, sp->text, sp->text_len);
}
