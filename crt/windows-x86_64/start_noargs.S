/*
 * __minrt_start_argc0: an entry that calls main(0, {NULL}, NULL) and
 * leaves the command line alone. Building argv (args.c, cmdline.c, the
 * UTF-16 to UTF-8 conversion) is most of a small program; this entry
 * carries none of it.
 *
 * A tiny-layout C program whose main takes no arguments links it with
 * -Wl,-e,__minrt_start_argc0; one that reads them, -Wl,-e,__minrt_start.
 * The tiny script makes the choice explicit (no default C entry), so no
 * program gets argc 0 without asking. (A Rust program defines the tiny
 * script's entry, __minrt_start_noargs, itself, with no argv either:
 * minrt::args() builds argv through __minrt_args when first called.)
 *
 * In assembly because it is most of a tiny program's startup, and C
 * cannot put argv's one NULL on the stack and call ExitProcess directly.
 * The loader calls the entry like a function: rsp is 8 past a 16-byte
 * boundary, as in any Win64 callee.
 */
	.section .text$__minrt_start_argc0,"x0"
	.globl	__minrt_start_argc0
	.def	__minrt_start_argc0; .scl 2; .type 32; .endef
__minrt_start_argc0:
	xor	%ecx, %ecx		/* argc = 0 */
	push	%rcx			/* argv[0] = NULL, on the stack; rsp now 16-aligned */
	mov	%rsp, %rdx		/* argv */
	xor	%r8d, %r8d		/* envp = NULL */
	sub	$32, %rsp		/* shadow space for main; keeps the alignment */
	call	__minrt_tiny_main	/* main, or main then exit() (see the script) */
	mov	%eax, %ecx		/* main's value is the exit status */
	call	*__imp_ExitProcess(%rip)	/* never returns */

