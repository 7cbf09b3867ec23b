/*
 * __minrt_start: the process entry of the default layout (the PE header's
 * AddressOfEntryPoint), taking the place of the mingw CRT's mainCRTStartup.
 *
 * The loader calls it like a Win64 function (kernel32's thread-start thunk
 * is the caller), so the stack is aligned as any callee expects and C code
 * can run at once; rcx holds a pointer to the PEB, which is not needed.
 * Returning would end the process through the thunk's ExitThread path with
 * the return value as status; exiting explicitly says what is meant.
 *
 * envp is NULL: Windows keeps the environment in UTF-16 and minrt_getenv
 * asks it. A Rust program's minrt::main! defines its own __minrt_start,
 * which leaves argv to minrt::args(); this one is linked into C programs.
 */
#include "minrt.h"
#include "internal.h"

int main(int, char **, char **);
char **__minrt_args(int *argc);

/* __minrt_exit is minrt_exit unless exit() is linked (see the linker
 * scripts), and a name in a script expression pulls nothing from an
 * archive: this undefined reference pulls minrt_exit's object. (The tiny
 * script cannot EXTERN it: its own entry has no use for it.) */
__asm__(".globl minrt_exit");

_Noreturn void __minrt_start(void)
{
	int argc;
	char **argv = __minrt_args(&argc);

	__minrt_exit(main(argc, argv, 0));
}
