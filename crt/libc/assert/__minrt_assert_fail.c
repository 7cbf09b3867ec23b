/*
 * __minrt_assert_fail: what a failed assert() calls (assert.h). Writes
 *     file:line: func: Assertion 'expr' failed.
 * on stderr, then ends the process as abort() does. minrt_abort rather
 * than abort(): the same thing here (no signal handlers to run), and it
 * links on every target.
 */
#include <assert.h>
#include "minrt.h"

void __minrt_assert_fail(const char *expr, const char *file, unsigned line, const char *func)
{
	minrt_puts(2, file);
	minrt_puts(2, ":");
	minrt_print_u64(2, line);
	minrt_puts(2, ": ");
	minrt_puts(2, func);
	minrt_puts(2, ": Assertion '");
	minrt_puts(2, expr);
	minrt_puts(2, "' failed.\n");
	minrt_abort();
}
