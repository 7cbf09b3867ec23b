/*
 * __minrt_nop: a function that does nothing. The tiny linker script makes
 * it gcc's __main, which there has no constructors to run (the script
 * refuses them): one byte instead of main_hook.c's loop. Its own file, so
 * that pulling it in brings nothing else.
 */
	.section .text$__minrt_nop,"x0"
	.globl	__minrt_nop
	.def	__minrt_nop; .scl 2; .type 32; .endef
__minrt_nop:
	ret
