/*
 * minrt_exit: exit_group, not exit, so that every thread ends (exit ends
 * only the calling one). Nothing is flushed: minrt never buffers output.
 */
#include "minrt.h"
#include "syscall.h"

_Noreturn void minrt_exit(int status)
{
	minrt_sys_exit_group(status);
}
