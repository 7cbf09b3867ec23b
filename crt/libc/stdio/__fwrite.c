#include <errno.h>
#include "minrt.h"
#include "../internal/stdio_impl.h"
#include "../internal/exit.h"

/*
 * Copies into the buffer, flushing it each time it fills. A piece at least
 * as large as the buffer, once the buffer is empty, is written directly
 * rather than copied through it.
 */
size_t __minrt_fwrite(const void *s, size_t n, FILE *f)
{
	const unsigned char *p = s;
	size_t left = n;

	/* Whatever stays buffered goes out at exit (crt/libc/exit/exit.c);
	 * this reference is also what links exit() into a stdio program. */
	__minrt_stdio_exit_hook = __minrt_stdio_exit;

#if STDIO_ASKS_TTY
	if (f->flags & F_TTY)
		__minrt_ftty(f);
#endif
	while (left) {
		size_t room = f->size - f->pos, k;

		if (!f->pos && left >= f->size && f->mode == _IOFBF) {
			long r = minrt_write_all(f->fd, p, left);

			if (r < 0) {
				f->flags |= F_ERR;
				errno = (int)-r;
				return n - left;
			}
			return n;
		}
		k = left < room ? left : room;
		for (size_t i = 0; i < k; i++) {
			unsigned char c = p[i];

			f->buf[f->pos + i] = c;
			if (c == '\n')
				f->flags |= F_NL;
		}
		f->pos += (unsigned)k;
		p += k;
		left -= k;
		if (f->pos == f->size && __minrt_fflush(f))
			return n - left;
	}
	return n;
}
