/* Firmware has no environment: every variable is unset. */
#include "minrt.h"

char *minrt_getenv(const char *name)
{
	(void)name;
	return 0;
}
