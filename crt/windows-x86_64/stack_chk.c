/*
 * The stack protector (-fstack-protector*) on Windows. mingw's gcc reads
 * the canary from the global __stack_chk_guard (libssp's convention, not
 * MSVC's /GS cookie) and calls __stack_chk_fail when a frame's copy no
 * longer matches it. Both are here, so a protected program links without
 * libssp; a program that never uses the protector pulls none of it.
 *
 * The canary is set by a constructor, which __main (main_hook.c) runs from
 * the top of main: gcc emits that call ahead of main's own protector
 * prologue, so main's frame already copies the new value. The tiny layout
 * refuses constructors, and with them the protector (its script says so).
 *
 * Windows offers no random bytes without another DLL (advapi32's
 * RtlGenRandom); the cycle counter and two addresses that ASLR moves
 * (the stack and the image, with --dynamicbase --high-entropy-va) differ
 * from run to run and cost nothing to read. The lowest byte is zeroed, as
 * glibc does: a string overflow that copies up to a NUL cannot then write
 * the canary back, nor print it.
 */
#include "minrt.h"

uintptr_t __stack_chk_guard = 0x000a0dffUL;

static void seed_canary(void)
{
	unsigned lo, hi;
	uintptr_t c;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	c = ((uintptr_t)hi << 32 | lo) * 0x9e3779b97f4a7c15ULL;
	c ^= (uintptr_t)&c ^ (uintptr_t)&__stack_chk_guard << 17;
	__stack_chk_guard = c & ~(uintptr_t)0xff;
}

__attribute__((used, section(".ctors"))) static void (*const seed_entry)(void) = seed_canary;

__attribute__((__noreturn__)) void __stack_chk_fail(void)
{
	minrt_write_all(2, "stack smashing detected\n", 24);
	minrt_abort();
}
