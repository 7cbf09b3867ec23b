/*
 * The stack protector (-fstack-protector-strong), without a libc.
 *
 * gcc and clang on x86_64 Linux read the canary at %fs:0x28, the slot
 * glibc's thread control block keeps it in. A program without a libc has
 * no %fs base, so that read would fault; when this object is linked
 * (because compiled code references __stack_chk_fail) its .preinit_array
 * entry gives the one thread a tiny TCB before anything else runs:
 *   %fs:0     the TCB's own address (the TLS ABI's self pointer)
 *   %fs:0x28  the canary, from the kernel's 16 random bytes (AT_RANDOM)
 * with its lowest byte zeroed, as glibc does: a string overflow that copies
 * up to a NUL cannot then reproduce the canary, nor print it.
 * A program that never uses the protector pays nothing.
 */
#include "minrt.h"
#include "stack.h"
#include "syscall.h"

#define ARCH_SET_FS 0x1002

static unsigned long tcb[8] __attribute__((aligned(64)));

static void seed_canary(int argc, char **argv, char **envp)
{
	const unsigned char *r = (const unsigned char *)__minrt_auxv_get(__minrt_auxv_of(envp), AT_RANDOM);
	unsigned long c = 0;

	(void)argc;
	(void)argv;
	if (r)
		memcpy(&c, r, sizeof c);
	else
		minrt_sys_getrandom(&c, sizeof c, 0);
	tcb[0] = (unsigned long)tcb;
	tcb[5] = c & ~0xffUL;
	__minrt_sys_arch_prctl(ARCH_SET_FS, (unsigned long)tcb);
}

__attribute__((used, section(".preinit_array"))) static void (*const seed_entry)(int, char **, char **) = seed_canary;

_Noreturn void __stack_chk_fail(void)
{
	minrt_write_all(2, "stack smashing detected\n", 24);
	minrt_abort();
}
