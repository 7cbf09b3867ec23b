/*
 * getenv: minrt_getenv (Windows: a UTF-8 copy of the UTF-16 value;
 * Cortex-M: no environment, always NULL).
 */
#include <stdlib.h>
#include "minrt.h"

char *getenv(const char *name)
{
	return minrt_getenv(name);
}
