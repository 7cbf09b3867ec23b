/*
 * syscall(2), glibc's generic entry, for code built against a libc (the
 * Rust getrandom crate calls SYS_getrandom through it). Six arguments are
 * always read: a variadic callee cannot know how many were passed, and on
 * x86-64 the missing ones are whatever the registers held, harmless to a
 * system call that ignores them (glibc's does the same).
 */
#ifdef __linux__
#include <stdarg.h>
#include "minrt.h"
#include "../internal/syscall_ret.h"

long syscall(long n, ...)
{
	va_list ap;
	long a, b, c, d, e, f;

	va_start(ap, n);
	a = va_arg(ap, long);
	b = va_arg(ap, long);
	c = va_arg(ap, long);
	d = va_arg(ap, long);
	e = va_arg(ap, long);
	f = va_arg(ap, long);
	va_end(ap);
	return __minrt_syscall_ret(minrt_syscall6(n, a, b, c, d, e, f));
}
#endif
