/*
 * _Exit: ends the process at once: no atexit handlers, no stdio flush.
 */
#include <stdlib.h>
#include "minrt.h"

void _Exit(int status)
{
	minrt_exit(status);
}
