/*
 * __minrt_start_noargs: an entry that calls main(0, {NULL}, NULL) and
 * leaves the command line alone. Building argv (args.c, cmdline.c, the
 * UTF-16 to UTF-8 conversion) is most of a small program; this entry
 * carries none of it.
 *
 * Used by the tiny layout (a C program there that reads its arguments
 * links with -Wl,-e,__minrt_start instead) and by every Rust program, in
 * both layouts: minrt::main! makes this the entry, and minrt::args()
 * builds argv through __minrt_args when it is first called.
 */
#include "minrt.h"

int main(int, char **, char **);

_Noreturn void __minrt_start_noargs(void)
{
	static char *const none;

	minrt_exit(main(0, (char **)&none, 0));
}
