/* free: minrt_free (NULL is a no-op; a foreign pointer aborts with a message). */
#include <stdlib.h>
#include "minrt.h"

void free(void *p)
{
	minrt_free(p);
}
