/*
 * ___chkstk_ms: the stack probe gcc calls (and Rust's compiler_builtins
 * provides too) before a function lowers rsp by more than a page.
 *
 * Windows commits a thread's stack a page at a time: below the committed
 * part lies one guard page, and touching it commits it and moves the
 * guard down. Touching a page below the guard is an access violation.
 * So a frame that skips more than a page must touch every page on the way
 * down, in order; this does, from the caller's rsp to rsp - rax.
 *
 * gcc's contract: rax = bytes about to be allocated; every register,
 * rax included, is preserved; rsp is not changed (the caller subtracts rax
 * itself after the call).
 */
	.section .text$___chkstk_ms,"x0"
	.globl	___chkstk_ms
	.def	___chkstk_ms; .scl 2; .type 32; .endef
___chkstk_ms:
	push	%rcx
	push	%rax
	lea	24(%rsp), %rcx		/* the caller's rsp (past our 2 pushes and the return address) */
1:	cmp	$0x1000, %rax
	jb	2f			/* less than a page left: probe its end and finish */
	sub	$0x1000, %rcx
	orb	$0, (%rcx)		/* touch the next page down */
	sub	$0x1000, %rax
	jmp	1b
2:	sub	%rax, %rcx
	orb	$0, (%rcx)		/* the new stack top */
	pop	%rax
	pop	%rcx
	ret
