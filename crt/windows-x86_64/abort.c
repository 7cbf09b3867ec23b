/*
 * minrt_abort: exit status 3, what the Microsoft C runtime's abort() ends
 * a process with, so scripts written for MSVC-built tools read it the same.
 * There is no signal to raise and no handler to run.
 */
#include "minrt.h"
#include "kernel32.h"

_Noreturn void minrt_abort(void)
{
	ExitProcess(3);
}
