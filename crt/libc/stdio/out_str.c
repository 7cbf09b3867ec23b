/*
 * The string output of the formatting core (snprintf, sprintf): copies what
 * fits before lim, the byte kept for the terminating NUL, and counts the
 * rest, so that snprintf returns the would-be length and never writes past
 * its n.
 */
#include "../internal/stdio_impl.h"

void __minrt_out_str(struct __minrt_out *o, const char *s, size_t n)
{
	/* As integers: vsprintf's limit can be further than a ptrdiff_t reaches. */
	size_t room = (size_t)((uintptr_t)o->lim - (uintptr_t)o->p);

	o->count += n;
	if (n > room)
		n = room;
	while (n--)
		*o->p++ = *s++;
}
