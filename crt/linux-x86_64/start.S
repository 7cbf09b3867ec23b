/*
 * _start: the process entry for the default layout.
 *
 * The kernel enters here with nothing but a stack (see start_c.c for its
 * layout). rdx holds a function to register with atexit when a dynamic
 * loader ran first; in a static program it is 0 and we ignore it.
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xor	%ebp, %ebp		/* outermost frame: ends a debugger's backtrace */
	mov	%rsp, %rdi		/* arg 1: the initial stack pointer (argc is at it) */
	/* The psABI guarantees rsp 16-aligned at entry, but only the kernel
	 * promises it: a custom loader or emulator may not. The C code below is
	 * compiled assuming the SysV call ABI (rsp+8 16-aligned at entry, so
	 * SSE spills of aligned locals are safe), so align before calling. */
	and	$-16, %rsp
	call	__minrt_start_c		/* never returns */
	hlt				/* if it did, fault rather than run on */
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
