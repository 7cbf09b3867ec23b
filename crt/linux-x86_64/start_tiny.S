/*
 * __minrt_start_tiny: the entry of the tiny layout (linux-x86_64-tiny.ld).
 *
 * It calls main(argc, argv, envp) and passes main's value to exit_group,
 * and does nothing else: no constructors (the tiny script refuses to link
 * a program that has any), no stack realignment (the kernel enters with rsp
 * 16-aligned, which the psABI guarantees at process entry, so `call` leaves
 * main with rsp+8 aligned as it expects), no frame-pointer reset.
 */
	.text
	.globl	__minrt_start_tiny
	.type	__minrt_start_tiny, @function
__minrt_start_tiny:
	mov	(%rsp), %edi		/* argc */
	lea	8(%rsp), %rsi		/* argv: right above argc */
	lea	8(%rsi,%rdi,8), %rdx	/* envp: past argv[argc], the NULL */
	call	__minrt_tiny_main	/* main, or main then exit() (see the script) */
	mov	%eax, %edi		/* main's value is the exit status */
	mov	$231, %eax		/* exit_group (231 > 127: push/pop would not be shorter) */
	syscall
	.size	__minrt_start_tiny, . - __minrt_start_tiny

	.section .note.GNU-stack, "", @progbits
