/*
 * stack.h - the initial process stack, as the kernel lays it out for a
 * new program (fs/binfmt_elf.c, create_elf_tables), lowest address first:
 *
 *   sp ->  argc                 (8 bytes)
 *          argv[0] ... argv[argc-1]
 *          NULL
 *          envp[0] ... envp[n-1]
 *          NULL
 *          auxv: (type, value) pairs of 8-byte words ... (AT_NULL, 0)
 *          padding, then the strings argv/envp point into, AT_RANDOM's
 *          16 bytes, the executable's name ...   (higher addresses)
 *
 * Nothing is in registers: everything is found from sp.
 */
#ifndef MINRT_LINUX_STACK_H
#define MINRT_LINUX_STACK_H

#define AT_NULL 0
#define AT_PAGESZ 6
#define AT_RANDOM 25

struct __minrt_start_args {
	int argc;
	char **argv;
	char **envp;
};

static inline struct __minrt_start_args __minrt_parse_stack(long *sp)
{
	struct __minrt_start_args a;

	a.argc = (int)sp[0];
	a.argv = (char **)(sp + 1);
	a.envp = a.argv + a.argc + 1;
	return a;
}

/* auxv starts after envp's terminating NULL. */
static inline unsigned long *__minrt_auxv_of(char **envp)
{
	while (*envp)
		envp++;
	return (unsigned long *)(envp + 1);
}

/* The value of auxv entry type, or 0 when the kernel did not supply it. */
static inline unsigned long __minrt_auxv_get(const unsigned long *auxv, unsigned long type)
{
	for (; auxv[0] != AT_NULL; auxv += 2)
		if (auxv[0] == type)
			return auxv[1];
	return 0;
}

#endif
