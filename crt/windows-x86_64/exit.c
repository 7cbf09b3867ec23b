/*
 * minrt_exit: ExitProcess, which ends every thread and tells loaded DLLs
 * (kernel32 and whatever it pulled in) that the process detaches.
 * Nothing is flushed: minrt never buffers output.
 * The status is a 32-bit value on Windows; a POSIX parent (wine under a
 * shell) sees its low 8 bits.
 */
#include "minrt.h"
#include "kernel32.h"

_Noreturn void minrt_exit(int status)
{
	ExitProcess((unsigned)status);
}
