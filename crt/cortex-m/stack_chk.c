/*
 * The stack protector (-fstack-protector*), for firmware that turns it on.
 * The compiler reads the canary from __stack_chk_guard. A chip has no
 * common source of randomness at reset, so the value is a fixed
 * "terminator" canary (StackGuard's): NUL, CR, LF and 0xff stop the string
 * functions that cause most overflows from writing it back. Programs with
 * a random source may store a fresh value before main (an .init_array
 * function, not in main's own protected frame).
 */
#include "minrt.h"

unsigned long __stack_chk_guard = 0x000a0dffUL;

_Noreturn void __stack_chk_fail(void)
{
	minrt_write_all(2, "stack smashing detected\n", 24);
	minrt_abort();
}
