/*
 * __minrt_start_pie: the entry of a static-PIE program (link with
 * -static-pie -Wl,-e,__minrt_start_pie,-u,__minrt_start_pie).
 * The kernel loads such a program at a random address and applies no
 * relocations: start_pie.c does that before any C code reads a pointer.
 */
	.text
	.globl	__minrt_start_pie
	.type	__minrt_start_pie, @function
__minrt_start_pie:
	xor	%ebp, %ebp		/* outermost frame */
	mov	%rsp, %rdi		/* the initial stack: argc, argv, envp, auxv */
	and	$-16, %rsp		/* SysV call alignment, as in start.S */
	call	__minrt_start_pie_c	/* never returns */
	hlt
	.size	__minrt_start_pie, . - __minrt_start_pie

	.section .note.GNU-stack, "", @progbits
