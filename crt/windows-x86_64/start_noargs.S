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
 *
 * In assembly because it is most of a tiny program's startup, and C
 * cannot put argv's one NULL on the stack and call ExitProcess directly.
 * The loader calls the entry like a function: rsp is 8 past a 16-byte
 * boundary, as in any Win64 callee.
 */
	.section .text$__minrt_start_noargs,"x0"
	.globl	__minrt_start_noargs
	.def	__minrt_start_noargs; .scl 2; .type 32; .endef
__minrt_start_noargs:
	xor	%ecx, %ecx		/* argc = 0 */
	push	%rcx			/* argv[0] = NULL, on the stack; rsp now 16-aligned */
	mov	%rsp, %rdx		/* argv */
	xor	%r8d, %r8d		/* envp = NULL */
	sub	$32, %rsp		/* shadow space for main; keeps the alignment */
	call	main
	mov	%eax, %ecx		/* main's value is the exit status */
	call	*__imp_ExitProcess(%rip)	/* never returns */

/*
 * __minrt_nop: a function that does nothing. The tiny linker script makes
 * it gcc's __main (no constructors to run there), which saves main_hook.c.
 */
	.globl	__minrt_nop
	.def	__minrt_nop; .scl 2; .type 32; .endef
__minrt_nop:
	ret
