/*
 * exit: the atexit handlers (most recent first), then stdio's buffers,
 * then minrt_exit, as C11 7.22.4.4 orders them.
 *
 * Returning from main comes here too when this object is linked: the
 * startup code calls __minrt_exit, which every linker script defines as
 * `DEFINED(exit) ? exit : minrt_exit`. A program that neither calls exit
 * nor uses atexit or stdio does not link this object, and main's value
 * goes straight to minrt_exit. Something that needs the exit path (stdio,
 * atexit) pulls this object by referencing its hooks.
 */
#include <stdlib.h>
#include "minrt.h"
#include "../internal/exit.h"

void (*__minrt_atexit_hook)(void);
void (*__minrt_stdio_exit_hook)(void);

void exit(int status)
{
	if (__minrt_atexit_hook)
		__minrt_atexit_hook();
	if (__minrt_stdio_exit_hook)
		__minrt_stdio_exit_hook();
	minrt_exit(status);
}

/*
 * The tiny layouts' entries call main and make the exit system call
 * inline, which leaves no __minrt_exit call to redirect; they call
 * __minrt_tiny_main instead, which their scripts define as
 * `DEFINED(exit) ? __minrt_main_exit : main`: no extra bytes when exit is
 * not linked. Here because it must be linked exactly when exit is.
 */
int main(int, char **, char **);

__attribute__((__noreturn__)) void __minrt_main_exit(int argc, char **argv, char **envp)
{
	exit(main(argc, argv, envp));
}
