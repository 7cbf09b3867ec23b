/*
 * abort: ends the process abnormally, as minrt_abort does on each target
 * (SIGABRT on Linux, status 3 on Windows, 134 on Cortex-M). No stdio
 * flush and no atexit handler: the standard asks for neither.
 *
 * A definition of its own, not the weak alias of minrt_abort the targets
 * once had: PE ld leaves a weak alias that lives in an archive
 * unresolved, so `abort` did not link on Windows at all.
 */
#include <stdlib.h>
#include "minrt.h"

void abort(void)
{
	minrt_abort();
}
