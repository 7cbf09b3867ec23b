/*
 * What exit() runs before minrt_exit, as hooks that the parts which need
 * them set when first used, so that exit() alone pulls in neither.
 * Not weak symbols: the Windows linker resolves weak references poorly.
 */
#ifndef MINRT_LIBC_EXIT_H
#define MINRT_LIBC_EXIT_H

/* Runs the atexit handlers; set by the first atexit() call. */
extern void (*__minrt_atexit_hook)(void);
/* Flushes stdio's buffers; set by stdio when it first buffers output. */
extern void (*__minrt_stdio_exit_hook)(void);

#endif
