/*
 * atexit: up to 32 handlers, the number C11 7.22.4.2 guarantees. A fixed
 * table (256 bytes of .bss on 64-bit targets), so registering never
 * allocates and cannot fail but by number.
 */
#include <stdlib.h>
#include "../internal/exit.h"

#define MAX_HANDLERS 32

static void (*handlers[MAX_HANDLERS])(void);
static int count;

/* A handler may call atexit itself: the new one runs next. */
static void run_handlers(void)
{
	while (count > 0)
		handlers[--count]();
}

int atexit(void (*fn)(void))
{
	if (count == MAX_HANDLERS)
		return -1;
	handlers[count++] = fn;
	__minrt_atexit_hook = run_handlers;
	return 0;
}
