/*
 * The C half of startup, shared by the default and static-PIE entries.
 * Built with -fno-stack-protector: the canary is not set up yet.
 */
#include "minrt.h"
#include "stack.h"
#include "internal.h"

typedef void (*__minrt_init_fn)(int, char **, char **);

int main(int, char **, char **);

/*
 * The linker script places .preinit_array and .init_array back to back
 * between these two symbols, so one loop runs both, in order. Empty arrays
 * cost a compare and a branch. Like glibc, each function gets argc, argv
 * and envp, which lets an initialiser (the stack protector's) find auxv.
 */
extern __minrt_init_fn __minrt_init_start[] __attribute__((visibility("hidden")));
extern __minrt_init_fn __minrt_init_end[] __attribute__((visibility("hidden")));

/* Defined by environ.c only when something reads the environment. Not
 * hidden: in a static PIE, gcc must load a weak address from the GOT (0
 * when undefined), not compute it relative to rip. */
extern char **__minrt_environ __attribute__((weak));

_Noreturn void __minrt_start_c(long *sp)
{
	struct __minrt_start_args a = __minrt_parse_stack(sp);
	__minrt_init_fn *f;

	if (&__minrt_environ)
		__minrt_environ = a.envp;
	for (f = __minrt_init_start; f < __minrt_init_end; f++)
		(*f)(a.argc, a.argv, a.envp);
	__minrt_exit(main(a.argc, a.argv, a.envp));
}
