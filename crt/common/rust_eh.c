/*
 * Symbols a no_std Rust program references at link time but never uses,
 * since minrt programs are built with panic=abort:
 * - rust_eh_personality: debug (non-LTO) builds of core still carry
 *   unwinding landing pads that name it;
 * - _Unwind_Resume: the same landing pads jump to it.
 * Both abort: reaching them would mean an unwind, which cannot happen.
 * Weak, so a program that brings a real unwinder keeps its own.
 */
#include "minrt.h"

__attribute__((weak)) void rust_eh_personality(void)
{
	minrt_abort();
}

__attribute__((weak)) void _Unwind_Resume(void)
{
	minrt_abort();
}
