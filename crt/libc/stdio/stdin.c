/* stdin: read in blocks into a bss buffer. */
#include "../internal/stdio_impl.h"

#if defined(__arm__)
#define IN_BUF 128
#else
#define IN_BUF 4096
#endif

static unsigned char buf[IN_BUF];
static FILE f = { buf, 0, 0, sizeof buf, 0, _IOFBF, 0 };
FILE *const stdin = &f;
