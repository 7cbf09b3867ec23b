/*
 * stderr: unbuffered, as the standard asks. The buffer only gathers the
 * pieces of one call (a printf's padding, digits and text), which then go
 * out in one write: interleaving with other writers stays per call.
 */
#include "../internal/stdio_impl.h"

static unsigned char buf[256];
static FILE f = { buf, 0, 0, sizeof buf, 2, _IONBF, 0 };
FILE *const stderr = &f;
